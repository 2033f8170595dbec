import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { generatedFiles } from '../../lib/config/codegen/outputs.js';
import { loadSchema } from '../../lib/config/schema-file.js';

describe('files generated from the schema', () => {
  for (const file of generatedFiles()) {
    it(`${file.path.replace(/.*\/(lib|docs)\//, '$1/')} is up to date (run npm run generate)`, () => {
      expect(readFileSync(file.path, 'utf8') === file.content, `${file.path} is stale`).to.equal(true);
    });
  }

  it('every property in the schema has a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: string; $ref?: string }> })
        .properties;
      for (const [key, prop] of Object.entries(properties ?? {})) {
        const referenced = prop.$ref
          ? (loadSchema().$defs as Record<string, { description?: string }>)[prop.$ref.split('/').pop()!]
          : undefined;
        if (!prop.description && !referenced?.description) missing.push(`${path}.${key}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    };
    walk(loadSchema(), '#');
    expect(missing).to.deep.equal([]);
  });
});
