// Generates the precompiled ajv validator, so sync-cron does not compile the schema at every start.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from '../schema-file.js';

/** Options of the generated validator; tests that compile the schema at run time use the same. */
export const ajvOptions = {
  allErrors: true,
  // YAML writes `PORT: "22"` or `${PORT}` as strings; ajv turns such scalars into the declared type in place.
  coerceTypes: true,
  strict: true,
  // `required` names keys declared in a $ref'd schema (the two shapes of a backup share one key list).
  strictRequired: false,
  // Errors carry the schema they failed against, so messages can name the allowed keys and ranges.
  verbose: true,
} as const;

export function validatorSource(schema: JsonSchema): string {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true, lines: true } });
  // The CommonJS module's default export is the function itself; its `.default` names it for typings.
  const code = standalone.default(ajv, ajv.compile(schema));
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    '// Generated from schemas/config.schema.json by `npm run generate`. Do not modify by hand.',
    // ajv's ESM output still calls require() for its runtime helpers.
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
