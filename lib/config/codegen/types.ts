// Generates TypeScript declarations of the raw config (as written in YAML) from the JSON Schema.
import type { JsonSchema } from '../schema-file.js';
import { defsOf, propertiesOf, refName, requiredOf, type SchemaNode } from './schema-walk.js';

export function typesSource(schema: JsonSchema): string {
  const out: string[] = [
    '// Generated from schemas/config.schema.json by `npm run generate`. Do not modify by hand.',
    '// The raw config as written in YAML, after ${VAR} substitution and schema validation.',
    '',
  ];
  out.push(declaration('RawConfig', schema));
  for (const [name, node] of defsOf(schema)) out.push(declaration(typeName(name), node));
  return out.join('\n');
}

export function typeName(defName: string): string {
  return 'Raw' + defName.charAt(0).toUpperCase() + defName.slice(1);
}

function declaration(name: string, node: SchemaNode): string {
  const doc = typeof node.description === 'string' ? `/** ${escapeComment(node.description)} */\n` : '';
  const base = refName(node);
  if (node.type === 'object' && base !== undefined) {
    // `$ref` + `required`: the referenced key list with some keys made mandatory.
    const required = requiredOf(node).map((key) => `'${key}'`);
    return `${doc}export type ${name} = ${typeName(base)} & Required<Pick<${typeName(base)}, ${required.join(' | ')}>>;\n`;
  }
  if (node.type === 'object') return `${doc}export interface ${name} ${objectBody(node)}\n`;
  return `${doc}export type ${name} = ${typeExpression(node)};\n`;
}

function objectBody(node: SchemaNode): string {
  if (node.additionalProperties !== false) throw new Error('objects must set additionalProperties: false');
  const required = new Set(requiredOf(node));
  const lines = propertiesOf(node).map(([key, prop]) => {
    const doc = typeof prop.description === 'string' ? `  /** ${escapeComment(prop.description)} */\n` : '';
    return `${doc}  ${key}${required.has(key) ? '' : '?'}: ${typeExpression(prop)};`;
  });
  return `{\n${lines.join('\n')}\n}`;
}

function typeExpression(node: SchemaNode): string {
  if (node.if !== undefined) {
    return `${typeExpression(node.then as SchemaNode)} | ${typeExpression(node.else as SchemaNode)}`;
  }
  const ref = refName(node);
  if (ref !== undefined) {
    if (node.type === 'object' && node.maxProperties === 1) return `Partial<${typeName(ref)}>`;
    return typeName(ref);
  }
  if (Array.isArray(node.enum)) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  switch (node.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `Array<${typeExpression(node.items as SchemaNode)}>`;
    case 'object':
      return objectBody(node);
    default:
      throw new Error(`unsupported schema node ${JSON.stringify(node).slice(0, 80)}`);
  }
}

function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
