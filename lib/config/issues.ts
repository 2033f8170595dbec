// A config problem with its place, and the error that carries all of them to the user.
import { ExitCode, UserError } from '../errors.js';

export type Segment = string | number;

export interface ConfigIssue {
  file: string;
  line: number;
  column: number;
  /** Where in the config, as `PROJECTS[0].BACKUPS[1].INTERVALS[0]`; empty for the document itself. */
  keyPath: string;
  message: string;
  hint?: string;
}

/** `['PROJECTS', 0, 'NAME']` → `PROJECTS[0].NAME`. */
export function formatKeyPath(path: readonly Segment[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

export function formatIssue(issue: ConfigIssue): string {
  const place = `${issue.file}:${issue.line}:${issue.column}`;
  const head = issue.keyPath ? `${place}: ${issue.keyPath}: ${issue.message}` : `${place}: ${issue.message}`;
  return issue.hint ? `${head}\n    hint: ${issue.hint}` : head;
}

export class ConfigError extends UserError {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const count = issues.length === 1 ? '1 error' : `${issues.length} errors`;
    super(`invalid config (${count}):\n${issues.map(formatIssue).join('\n')}`, { exitCode: ExitCode.usage });
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
