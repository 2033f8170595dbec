// Module hooks that append every resolved module URL to $RECORD_IMPORTS_TO (see record-imports.ts).
import { appendFileSync } from 'node:fs';

type Next = (specifier: string, context: unknown) => Promise<{ url: string }>;

export async function resolve(specifier: string, context: unknown, next: Next): Promise<{ url: string }> {
  const result = await next(specifier, context);
  const target = process.env.RECORD_IMPORTS_TO;
  if (target) appendFileSync(target, `${result.url}\n`);
  return result;
}
