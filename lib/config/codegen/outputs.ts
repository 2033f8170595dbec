// The generated files and how each is produced; shared by `npm run generate` and the staleness test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSchema, schemaFilePath } from '../schema-file.js';
import { docsSource } from './docs.js';
import { typesSource } from './types.js';
import { validatorSource } from './validator.js';

export const repoRoot: string = dirname(dirname(schemaFilePath));

export interface GeneratedFile {
  path: string;
  content: string;
}

export function generatedFiles(): GeneratedFile[] {
  const schema = loadSchema();
  const docsPath = join(repoRoot, 'docs/configuration.md');
  const docsPage = existsSync(docsPath) ? readFileSync(docsPath, 'utf8') : '';
  return [
    { path: join(repoRoot, 'lib/config/generated/config-types.ts'), content: typesSource(schema) },
    { path: join(repoRoot, 'lib/config/generated/validate-config.js'), content: validatorSource(schema) },
    { path: join(repoRoot, 'docs/configuration.md'), content: docsSource(schema, docsPage) },
  ];
}
