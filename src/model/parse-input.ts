import type { z } from 'zod';
import { TesseraError } from './errors.js';

/**
 * Validates a job's input against its schema: the parsed value, or `invalid_input` naming the
 * first bad field and why (every issue in `details.issues`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = issues[0]!;
  throw new TesseraError('invalid_input', `${what}: ${first.path === '' ? '' : `${first.path}: `}${first.message}`, { issues });
}
