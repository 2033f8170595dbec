// Reading the config file and its .env: the thin I/O layer around parseConfig.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { UserError } from '../errors.js';
import { ConfigError } from './issues.js';
import type { Config } from './model.js';
import { parseConfig } from './parse.js';
import { maxConfigBytes } from './yaml-source.js';

export interface LoadOptions {
  /** The config file as given (relative to the working directory). */
  configPath: string;
  /** `--env-file`; default `.env` next to the config, which may be missing. */
  envFile?: string;
  env?: NodeJS.ProcessEnv;
}

/** The config path to use: `-c`, else $BACKUP_CONFIG, else ./config.yaml, made absolute. */
export function configPathFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(option ?? env.BACKUP_CONFIG ?? 'config.yaml');
}

export function loadConfig(options: LoadOptions): Config {
  const file = resolve(options.configPath);
  const text = readConfigText(file);
  const env = { ...readEnvFile(file, options.envFile), ...(options.env ?? process.env) };
  return parseConfig(text, { file, env, home: homeOf(options.env ?? process.env) });
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

/** Variables from the .env file; an explicit --env-file must exist, the default one may not. */
export function readEnvFile(configFile: string, envFile: string | undefined): Record<string, string> {
  const path = envFile === undefined ? join(dirname(configFile), '.env') : resolve(envFile);
  if (envFile === undefined && !existsSync(path)) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read the env file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  return parseEnv(text) as Record<string, string>;
}

function homeOf(env: NodeJS.ProcessEnv): string {
  // Cron gives HOME from /etc/passwd; fall back to the OS when it is missing.
  return env.HOME ?? homedir();
}
