// Reading the config file and its .env as text, with the size and encoding checks. Light on purpose:
// sync-cron reads these on every run, and loads the parser only when they changed (see cron/block-cache.ts).
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { UserError } from '../errors.js';
import { ConfigError } from './issues.js';

export const maxConfigBytes = 1024 * 1024;

export interface ConfigSources {
  /** Absolute path of the config. */
  file: string;
  text: string;
  /** The .env file used, if one exists (the default one may be missing). */
  envFile: { path: string; text: string } | undefined;
  /** Variables for `${VAR}`: the process environment over the .env file. */
  env: Record<string, string | undefined>;
}

/** The config path to use: `-c`, else $BACKUP_CONFIG, else ./config.yaml, made absolute. */
export function configPathFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(option ?? env.BACKUP_CONFIG ?? 'config.yaml');
}

export function readConfigSources(
  configPath: string,
  envFile?: string,
  env: NodeJS.ProcessEnv = process.env,
): ConfigSources {
  const file = resolve(configPath);
  const text = readConfigText(file);
  const dotenv = readEnvFile(file, envFile);
  const fromFile = dotenv ? (parseEnv(dotenv.text) as Record<string, string>) : {};
  return { file, text, envFile: dotenv, env: { ...fromFile, ...env } };
}

export function readConfigText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile())
      throw new UserError(`${file} is not a file`, { hint: 'pass the config file with -c PATH' });
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cannot read the config ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      {
        hint: 'pass it with -c PATH or set BACKUP_CONFIG',
      },
    );
  }
  if (size > maxConfigBytes) {
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        keyPath: '',
        message: `the config is ${size} bytes; the limit is ${maxConfigBytes}`,
      },
    ]);
  }
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        keyPath: '',
        message: 'the config is not UTF-8 text',
        hint: 'save it as UTF-8',
      },
    ]);
  }
}

/**
 * The .env file: an explicit --env-file must exist; the default one (next to the config) may not. It has
 * the config's size limit: it is read on every sync-cron run, and parsed whole.
 */
function readEnvFile(configFile: string, envFile: string | undefined): ConfigSources['envFile'] {
  const path = envFile === undefined ? join(dirname(configFile), '.env') : resolve(envFile);
  if (envFile === undefined && !existsSync(path)) return undefined;
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxConfigBytes) throw tooLarge(path, size);
      // Read one byte more than allowed: a file that grew since fstat is still caught.
      bytes = Buffer.alloc(maxConfigBytes + 1);
      bytes = bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cannot read the env file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  if (bytes.length > maxConfigBytes) throw tooLarge(path, bytes.length);
  return { path, text: bytes.toString('utf8') };
}

function tooLarge(path: string, size: number): ConfigError {
  return new ConfigError([
    {
      file: path,
      line: 1,
      column: 1,
      keyPath: '',
      message: `the env file is ${size} bytes; the limit is ${maxConfigBytes}`,
      hint: 'a .env holds a few variables; keep large values elsewhere',
    },
  ]);
}
