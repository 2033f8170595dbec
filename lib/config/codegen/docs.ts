// Generates the key reference in docs/configuration.md from the JSON Schema (between markers, so the
// hand-written prose around it stays).
import type { JsonSchema } from '../schema-file.js';
import {
  defsOf,
  describeType,
  sectionTitle,
  propertiesOf,
  refName,
  requiredOf,
  resolve,
  type SchemaNode,
} from './schema-walk.js';

export const beginMarker = '<!-- BEGIN GENERATED: key reference (npm run generate) -->';
export const endMarker = '<!-- END GENERATED: key reference -->';

/** Replaces the generated part of the docs page; the text outside the markers is kept as it is. */
export function docsSource(schema: JsonSchema, currentPage: string): string {
  const start = currentPage.indexOf(beginMarker);
  const end = currentPage.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error('docs/configuration.md lacks the generated-section markers');
  return (
    currentPage.slice(0, start) + beginMarker + '\n\n' + keyReference(schema) + '\n' + currentPage.slice(end)
  );
}

export function keyReference(schema: JsonSchema): string {
  const sections: string[] = [section(schema, 'top level', schema, requiredOf(schema))];
  for (const [name, node] of defsOf(schema)) {
    if (node.type !== 'object' || refName(node) !== undefined) continue;
    sections.push(section(schema, sectionTitle(schema, name), node, requiredBy(schema, name)));
  }
  return sections.join('\n');
}

/** Keys made mandatory for a definition, by itself or by a `$ref` + `required` wrapper of it. */
function requiredBy(schema: JsonSchema, defName: string): string[] {
  const keys = new Set<string>();
  for (const [, node] of defsOf(schema)) {
    if (refName(node) === defName && node.type === 'object') requiredOf(node).forEach((key) => keys.add(key));
  }
  const own = (schema.$defs as Record<string, SchemaNode>)[defName];
  if (own) requiredOf(own).forEach((key) => keys.add(key));
  return [...keys];
}

function section(root: SchemaNode, title: string, node: SchemaNode, required: string[]): string {
  const rows = propertiesOf(node).map(([key, prop]) => {
    const resolved = refName(prop) !== undefined ? resolve(root, prop) : prop;
    const description =
      [prop.description, resolved.description].find((text) => typeof text === 'string') ?? '';
    if (!description) throw new Error(`${title}.${key} has no description`);
    const fallback = prop.default ?? resolved.default;
    return [
      `\`${key}\``,
      describeType(root, prop),
      required.includes(key) ? 'yes' : 'no',
      fallback === undefined ? '' : `\`${JSON.stringify(fallback)}\``,
      cell(description),
    ];
  });
  const intro = typeof node.description === 'string' ? `${node.description}\n\n` : '';
  return [
    `### ${title}`,
    '',
    `${intro}| key | type | required | default | description |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
