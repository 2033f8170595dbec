// parseConfig: text → typed config, or a ConfigError listing every problem. Pure apart from the injected
// `fileExists` (for KEY_PATH); reading files is load.ts's job.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { substituteDocument, type Environment } from './env-substitute.js';
import type { RawConfig } from './generated/config-types.js';
import { ConfigError, type ConfigIssue } from './issues.js';
import type { Config } from './model.js';
import { normalise } from './normalise.js';
import { rules } from './rules.js';
import { schemaIssues } from './schema-errors.js';
import { maskIssues, secretValues } from './secret-values.js';
import { schemaErrors } from './validate.js';
import { parseYaml } from './yaml-source.js';

export interface ParseOptions {
  /** Absolute path of the config file: named in messages, base of relative paths. */
  file: string;
  /** Variables for `${VAR}`: the process environment over `.env`. */
  env: Environment;
  /** The running user's home, for `~`. */
  home: string;
  fileExists?: (path: string) => boolean;
}

export function parseConfig(text: string, options: ParseOptions): Config {
  const parsed = parseYaml(options.file, text);
  if (!parsed.source) throw new ConfigError(parsed.issues);
  const source = parsed.source;
  const { issues, variables, secretVariables } = substituteDocument(source, options.env);
  const data: unknown = source.document.toJS({ maxAliasCount: 100 });
  // A value whose variable is unset already has its issue; its schema error would only repeat it.
  const unresolved = new Set(issues.map((issue) => issue.keyPath));
  issues.push(
    ...schemaIssues(source, data, schemaErrors(data)).filter((issue) => !unresolved.has(issue.keyPath)),
  );
  // Messages quote values; a secret (written in place, or brought by a variable) is never one of them.
  const secrets = [...secretValues(data, options.env), ...secretVariables.map((name) => options.env[name])];
  if (issues.length > 0) throw new ConfigError(maskIssues(byPosition(issues), secrets));
  const normalised = normalise(data as RawConfig, {
    file: options.file,
    directory: dirname(options.file),
    home: options.home,
    variables,
  });
  const context = { normalised, source, fileExists: options.fileExists ?? existsSync };
  const ruleIssues = rules.flatMap((rule) => rule.check(context));
  if (ruleIssues.length > 0) throw new ConfigError(maskIssues(byPosition(ruleIssues), secrets));
  return normalised.config;
}

function byPosition(issues: ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
