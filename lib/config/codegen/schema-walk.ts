// A reader for the subset of JSON Schema our config schema uses, shared by the type and docs generators.
// Anything outside the subset throws, so a schema change the generators cannot express fails loudly.
import type { JsonSchema } from '../schema-file.js';

export type SchemaNode = JsonSchema;

export function defsOf(schema: SchemaNode): [string, SchemaNode][] {
  return Object.entries((schema.$defs ?? {}) as Record<string, SchemaNode>);
}

export function refName(node: SchemaNode): string | undefined {
  const ref = node.$ref;
  if (typeof ref !== 'string') return undefined;
  const match = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(ref);
  if (!match?.[1]) throw new Error(`unsupported $ref ${ref}`);
  return match[1];
}

export function propertiesOf(node: SchemaNode): [string, SchemaNode][] {
  return Object.entries((node.properties ?? {}) as Record<string, SchemaNode>);
}

export function requiredOf(node: SchemaNode): string[] {
  return (node.required ?? []) as string[];
}

export function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  const name = refName(node);
  if (name === undefined) return node;
  const target = (root.$defs as Record<string, SchemaNode> | undefined)?.[name];
  if (!target) throw new Error(`$ref to missing definition ${name}`);
  return target;
}

/** A human description of a node's type, for the docs. */
export function describeType(root: SchemaNode, node: SchemaNode): string {
  if (node.if !== undefined) {
    return `${describeType(root, node.else as SchemaNode)}, or ${describeType(root, node.then as SchemaNode)}`;
  }
  const name = refName(node);
  if (name !== undefined && node.type === undefined) {
    const target = resolve(root, node);
    return target.type === 'object' ? `mapping, see ${sectionLink(root, name)}` : describeType(root, target);
  }
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  switch (node.type) {
    case 'string':
      return 'string';
    case 'integer':
      return node.minimum !== undefined && node.maximum !== undefined
        ? `integer ${node.minimum as number}–${node.maximum as number}`
        : 'integer';
    case 'boolean':
      return 'boolean';
    case 'object':
      if (name !== undefined) return `mapping, see ${sectionLink(root, name)}`;
      return 'mapping';
    case 'array': {
      const items = node.items as SchemaNode | undefined;
      if (!items) return 'list';
      if (items.type === 'object' && refName(items) !== undefined && node.allOf !== undefined) {
        return `list of one-key mappings, see ${sectionLink(root, refName(items) ?? '')}`;
      }
      if (items.if !== undefined) {
        return `list of ${plural(describeType(root, items.else as SchemaNode))} or ${plural(describeType(root, items.then as SchemaNode))}`;
      }
      const itemRef = refName(items);
      const itemNode = itemRef === undefined ? items : resolve(root, items);
      if (itemRef !== undefined && itemNode.type === 'object')
        return `list of mappings, see ${sectionLink(root, itemRef)}`;
      return `list of ${plural(describeType(root, items))}`;
    }
    default:
      throw new Error(`unsupported schema node ${JSON.stringify(node).slice(0, 80)}`);
  }
}

function plural(text: string): string {
  if (text.startsWith('mapping')) return text.replace(/^mapping/, 'mappings');
  if (text === 'string') return 'strings';
  return text;
}

/** The heading of a definition's section in docs/configuration.md: its `title`, else its name. */
export function sectionTitle(root: SchemaNode, defName: string): string {
  const def = (root.$defs as Record<string, SchemaNode> | undefined)?.[defName];
  return typeof def?.title === 'string' ? def.title : defName;
}

/** A markdown link to that section, with GitHub's heading anchor. */
export function sectionLink(root: SchemaNode, defName: string): string {
  const title = sectionTitle(root, defName);
  const anchor = title
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
  return `[${title}](#${anchor})`;
}
