// Where the JSON Schema lives, and reading it: the single source of truth for the config.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of schemas/config.schema.json (compiled code sits in dist/lib/config, sources in lib/config). */
export const schemaFilePath: string = fileURLToPath(
  new URL(
    import.meta.url.includes('/dist/lib/')
      ? '../../../schemas/config.schema.json'
      : '../../schemas/config.schema.json',
    import.meta.url,
  ),
);

export type JsonSchema = { [key: string]: unknown };

let cached: JsonSchema | undefined;

/** The parsed schema; read lazily because only error reporting and code generation need it. */
export function loadSchema(): JsonSchema {
  cached ??= JSON.parse(readFileSync(schemaFilePath, 'utf8')) as JsonSchema;
  return cached;
}

/** The schema object at a JSON pointer such as `#/$defs/ssh/properties/PORT`, or undefined. */
export function schemaAt(pointer: string): unknown {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePointerPart);
  let node: unknown = loadSchema();
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function decodePointerPart(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}
