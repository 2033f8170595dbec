// Parses config text with yaml's Document API so that every value keeps its line and column.
// Hostile input (binary, huge, alias bombs, duplicate keys, tabs, several documents) becomes issues.
import {
  isCollection,
  isNode,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  visit,
} from 'yaml';
import { formatKeyPath, type ConfigIssue, type Segment } from './issues.js';
import { maxConfigBytes } from './sources.js';

const maxAliasCount = 100;

export interface Position {
  line: number;
  column: number;
}

export class YamlSource {
  constructor(
    readonly file: string,
    readonly document: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** The position of the value at `path`, or of its nearest ancestor that exists; `key: true` points at the key. */
  position(path: readonly Segment[], options: { key?: boolean } = {}): Position {
    const keyNode = options.key ? this.keyNode(path) : undefined;
    if (keyNode?.range) return this.at(keyNode.range[0]);
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.valueNode(path.slice(0, depth));
      if (node?.range) return this.at(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  issue(
    path: readonly Segment[],
    message: string,
    options: { key?: boolean; hint?: string } = {},
  ): ConfigIssue {
    const { line, column } = this.position(path, options);
    const issue: ConfigIssue = { file: this.file, line, column, keyPath: formatKeyPath(path), message };
    if (options.hint !== undefined) issue.hint = options.hint;
    return issue;
  }

  /** Whether the document holds a value at `path`. */
  has(path: readonly Segment[]): boolean {
    return this.valueNode(path) !== undefined;
  }

  at(offset: number): Position {
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  private valueNode(path: readonly Segment[]): Node | undefined {
    if (path.length === 0) return this.document.contents ?? undefined;
    const node: unknown = this.document.getIn(path, true);
    return isScalar(node) || isCollection(node) ? node : undefined;
  }

  private keyNode(path: readonly Segment[]): Node | undefined {
    const parent = this.valueNode(path.slice(0, -1));
    const key = path[path.length - 1];
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
}

export type ParsedYaml = { source: YamlSource; issues: [] } | { source: undefined; issues: ConfigIssue[] };

/** Parses one YAML document; any syntax error, warning or hostile construct is an issue. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const early = refuseHostileText(file, text);
  if (early) return { source: undefined, issues: [early] };
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    merge: false,
  });
  const source = new YamlSource(file, document, lines);
  const problems = [...document.errors, ...document.warnings].map((error) => {
    const { line, column } = source.at(error.pos[0]);
    const excerpt = /^[^\s:,\]}]{1,60}/.exec(text.slice(error.pos[0]))?.[0] ?? '';
    return { file, line, column, keyPath: '', message: yamlMessage(error.code, error.message, excerpt) };
  });
  if (problems.length > 0) return { source: undefined, issues: problems };
  const keyIssue = checkKeys(source);
  if (keyIssue) return { source: undefined, issues: [keyIssue] };
  const aliasIssue = checkAliases(source);
  if (aliasIssue) return { source: undefined, issues: [aliasIssue] };
  return { source, issues: [] };
}

function refuseHostileText(file: string, text: string): ConfigIssue | undefined {
  const where = { file, line: 1, column: 1, keyPath: '' };
  if (Buffer.byteLength(text, 'utf8') > maxConfigBytes) {
    return {
      ...where,
      message: `the config is larger than ${maxConfigBytes / 1024} KiB; refusing to read it`,
    };
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  const bad = text.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    return {
      ...where,
      line,
      message: 'the config holds binary data or invalid UTF-8 (control characters are not allowed)',
      hint: 'save it as UTF-8 text',
    };
  }
  return undefined;
}

/**
 * Mapping keys must be plain words. YAML allows a list or a mapping as a key (`? [a, b]: x`), which no
 * config key is, and which the YAML library would stringify with a process warning on the user's screen.
 */
function checkKeys(source: YamlSource): ConfigIssue | undefined {
  let found: ConfigIssue | undefined;
  visit(source.document, {
    Pair(_key, pair) {
      const key = pair.key;
      const plain =
        key === null ||
        (isScalar(key) && (key.value === null || ['string', 'number', 'boolean'].includes(typeof key.value)));
      if (found || plain) return undefined;
      const offset = isNode(key) ? (key.range?.[0] ?? 0) : 0;
      const { line, column } = source.at(offset);
      found = {
        file: source.file,
        line,
        column,
        keyPath: '',
        message: 'a key must be a plain word, not a list, a mapping or a tagged value',
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** Expands aliases once, bounded, so an alias bomb is refused before anything else walks the tree. */
function checkAliases(source: YamlSource): ConfigIssue | undefined {
  try {
    source.document.toJS({ maxAliasCount });
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const bomb = /excessive alias count/i.test(message);
    return {
      file: source.file,
      line: 1,
      column: 1,
      keyPath: '',
      message: bomb
        ? 'the YAML expands aliases too often (an "alias bomb"); refusing it'
        : `the YAML cannot be read: ${message}`,
      ...(bomb ? { hint: `use at most ${maxAliasCount} alias expansions` } : {}),
    };
  }
}

function yamlMessage(code: string, message: string, excerpt: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const clean = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key ${excerpt}: each key may appear once in a mapping`;
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML; use spaces';
    case 'TAG_RESOLVE_FAILED':
      return `unsupported YAML tag (${clean}): write plain values`;
    case 'MULTIPLE_DOCS':
      return 'the config must be one YAML document (found a second `---` document)';
    default:
      return `YAML syntax error: ${clean}`;
  }
}
