// Parsing config sources read by sources.ts: the thin layer between file I/O and the pure parseConfig.
import { homedir } from 'node:os';
import type { Config } from './model.js';
import { parseConfig } from './parse.js';
import type { ConfigSources } from './sources.js';

export function parseSources(sources: ConfigSources, env: NodeJS.ProcessEnv = process.env): Config {
  return parseConfig(sources.text, { file: sources.file, env: sources.env, home: homeOf(env) });
}

export function homeOf(env: NodeJS.ProcessEnv): string {
  // Cron gives HOME from /etc/passwd; fall back to the OS when it is missing.
  return env.HOME ?? homedir();
}
