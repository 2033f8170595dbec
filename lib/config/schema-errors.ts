// Turns ajv's errors into messages a person understands: what is wrong, where, and what is allowed.
import type { ConfigIssue, Segment } from './issues.js';
import { decodePointerPart } from './schema-file.js';
import { isSecretPath } from './secret-values.js';
import { closest } from './suggest.js';
import type { SchemaError } from './validate.js';
import type { YamlSource } from './yaml-source.js';

/** Stands for a secret's value in messages: its type, never its text. */
class Hidden {
  constructor(readonly type: string) {}
}

/** The pattern of project and backup names ($defs/name). */
const namePattern = '^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$';

export function schemaIssues(
  source: YamlSource,
  data: unknown,
  errors: readonly SchemaError[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = toIssue(source, data, error);
    if (!issue) continue;
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

function toIssue(source: YamlSource, data: unknown, error: SchemaError): ConfigIssue | undefined {
  const path = instancePath(error.instancePath);
  // A secret's value never goes into a message (parse.ts masks it elsewhere too, as a second line).
  const found = valueAt(data, path);
  // Scalars and lists are quoted in messages; mappings are only described by their keys.
  const quotable =
    Array.isArray(found) || (found !== null && found !== undefined && typeof found !== 'object');
  const value =
    isSecretPath(path) && quotable ? new Hidden(Array.isArray(found) ? 'list' : typeof found) : found;
  const params = error.params;
  const parent = error.parentSchema ?? {};
  switch (error.keyword) {
    case 'if':
      return undefined; // the failing branch reports its own errors
    case 'required':
      // Inside `contains`, every item fails `required`; the `contains` error says it once.
      if (error.schemaPath.includes('/contains/')) return undefined;
      return source.issue(path, `missing required key ${String(params.missingProperty)}`, { key: true });
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const suggestion = closest(key, allowed);
      const hint = suggestion ? `did you mean ${suggestion}?` : `allowed here: ${allowed.join(', ')}`;
      return source.issue([...path, key], `unknown key ${key}`, { key: true, hint });
    }
    case 'contains': {
      const required = (error.schema as { required?: string[] } | undefined)?.required ?? [];
      return source.issue(path, `missing required key ${required.join(', ')} (one list item must hold it)`, {
        key: true,
      });
    }
    case 'type':
      return typeIssue(source, path, value, String(params.type));
    case 'pattern':
      return patternIssue(source, path, value, parent);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = closest(String(value), allowed);
      return source.issue(path, `${show(value)} is not allowed: use one of ${allowed.join(', ')}`, {
        ...(suggestion ? { hint: `did you mean ${suggestion}?` } : {}),
      });
    }
    case 'minItems':
      return source.issue(
        path,
        params.limit === 1 ? 'must not be an empty list' : `needs at least ${String(params.limit)} items`,
      );
    case 'minLength':
      return source.issue(path, 'must not be empty');
    case 'minimum':
    case 'maximum': {
      // restic writes "no limit" as -1; a count here says it in words.
      const last = path[path.length - 1];
      const unlimited = typeof last === 'string' && last.startsWith('KEEP_') && value === -1;
      return source.issue(
        path,
        `${show(value)} is out of range: allowed ${String(parent.minimum)}–${String(parent.maximum)}`,
        unlimited ? { hint: "write unlimited for no limit, as restic's -1" } : {},
      );
    }
    case 'minProperties':
    case 'maxProperties':
      return propertyCountIssue(source, path, value, parent);
    default:
      return source.issue(path, error.message ?? `fails ${error.keyword}`);
  }
}

function typeIssue(source: YamlSource, path: Segment[], value: unknown, expected: string): ConfigIssue {
  const last = path[path.length - 1];
  const wanted = typeWords[expected] ?? expected;
  const message = `must be ${wanted}, found ${describe(value)}`;
  if (expected === 'array' && typeof value === 'string') {
    const example =
      last === 'INTERVALS' ? `${String(last)}: ["${value}"]` : `${String(last)}: [${JSON.stringify(value)}]`;
    return source.issue(path, message, { hint: `write it as a list: ${example}` });
  }
  return source.issue(path, message);
}

function patternIssue(
  source: YamlSource,
  path: Segment[],
  value: unknown,
  parent: Record<string, unknown>,
): ConfigIssue {
  const key = path[path.length - 1];
  const pattern = String(parent.pattern);
  if (pattern === namePattern) {
    return source.issue(path, `${show(value)} is not a valid name`, {
      hint: 'use letters, digits, "." and "-", starting with a letter or digit, at most 64 characters ("_" is reserved as the separator in archive names)',
    });
  }
  if (key === 'PASSWORD' || key === 'KEY_PASSPHRASE') {
    return source.issue(path, 'must be a single line (no newline)');
  }
  if (pattern.startsWith('^https?://')) {
    return source.issue(
      path,
      `${show(value)} is not an http:// or https:// URL without spaces or control characters`,
    );
  }
  if (pattern.startsWith('^[^\\u0000')) {
    return source.issue(path, 'must not contain control characters (newlines, tabs, …)');
  }
  const described = parent.description;
  return source.issue(path, `${show(value)} is not a valid ${String(key)}`, {
    ...(typeof described === 'string' ? { hint: described } : {}),
  });
}

function propertyCountIssue(
  source: YamlSource,
  path: Segment[],
  value: unknown,
  parent: Record<string, unknown>,
): ConfigIssue {
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  const found = keys.length ? `found ${keys.join(', ')}` : 'found none';
  if (parent.title === 'BACKUPS item') {
    return source.issue(path, `a backup holds exactly one of FILE_BACKUP or DB_BACKUPS; ${found}`);
  }
  if (parent.title === 'RETENTION') {
    return source.issue(path, 'names no rule, so it would keep nothing but the newest archive', {
      hint: 'add a rule such as KEEP_LAST: 7 or KEEP_DAILY: 14, or remove RETENTION to keep everything',
    });
  }
  return source.issue(path, `each item of this list holds exactly one key; ${found}`, {
    hint: 'in the list shape write one key per item: `- INTERVALS: [...]`, `- UPLOAD_TO: [...]`',
  });
}

const typeWords: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  integer: 'a whole number',
  boolean: 'true or false',
};

function describe(value: unknown): string {
  if (value instanceof Hidden)
    return `${value.type === 'object' ? 'a mapping' : `a ${value.type}`} (hidden: a secret)`;
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'the string' : `the ${typeof value}`} ${show(value)}`;
}

function show(value: unknown): string {
  if (value instanceof Hidden) return 'the value (hidden: a secret)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function instancePath(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map(decodePointerPart)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
