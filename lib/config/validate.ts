// Schema validation through the precompiled validator (lib/config/generated/validate-config.js).
import { validate } from './generated/validate-config.js';

/** The part of ajv's ErrorObject we read. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** The failing keyword's value and the schema object holding it (ajv's `verbose` option). */
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** All schema errors of `data` (empty when valid). Coerces scalars to the declared types in place. */
export function schemaErrors(data: unknown): SchemaError[] {
  const run = validate as unknown as Validator;
  return run(data) ? [] : [...(run.errors ?? [])];
}
