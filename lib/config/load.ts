// Loading a config: read the sources, then parse them. The thin I/O layer around parseConfig.
import { homedir } from 'node:os';
import type { Config } from './model.js';
import { parseConfig } from './parse.js';
import { readConfigSources, type ConfigSources } from './sources.js';

export { configPathFrom } from './sources.js';

export interface LoadOptions {
  /** The config file as given (relative to the working directory). */
  configPath: string;
  /** `--env-file`; default `.env` next to the config, which may be missing. */
  envFile?: string;
  env?: NodeJS.ProcessEnv;
}

export function loadConfig(options: LoadOptions): Config {
  const env = options.env ?? process.env;
  return parseSources(readConfigSources(options.configPath, options.envFile, env), env);
}

export function parseSources(sources: ConfigSources, env: NodeJS.ProcessEnv = process.env): Config {
  return parseConfig(sources.text, { file: sources.file, env: sources.env, home: homeOf(env) });
}

export function homeOf(env: NodeJS.ProcessEnv): string {
  // Cron gives HOME from /etc/passwd; fall back to the OS when it is missing.
  return env.HOME ?? homedir();
}
