// `npm run generate`: writes the files derived from schemas/config.schema.json.
// `npm run generate -- --check` writes nothing and exits 1 when one of them is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedFiles } from './outputs.js';

const check = process.argv.includes('--check');
let stale = 0;
for (const file of generatedFiles()) {
  const current = readFileSync(file.path, 'utf8');
  if (current === file.content) continue;
  stale++;
  if (check) console.error(`stale: ${file.path}`);
  else writeFileSync(file.path, file.content);
}
if (check && stale > 0) {
  console.error('run `npm run generate` and commit the result');
  process.exit(1);
}
