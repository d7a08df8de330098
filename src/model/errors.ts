import { z } from 'zod';

/** Errors every layer throws; only the surfaces turn them into HTTP statuses or exit codes. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported_format',
  'corrupt_file',
  'store_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TesseraError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The database could not be reached or opened; callers may retry or tell the analyst how to start it. */
export class StoreUnavailableError extends TesseraError {
  constructor(message: string, options?: ErrorOptions) {
    super('store_unavailable', message, undefined, options);
  }
}

export function isTesseraError(value: unknown): value is TesseraError {
  return value instanceof TesseraError;
}

/** The per-item error a batch returns instead of dying on one bad item. */
export const ItemErrorSchema = z.object({ code: z.enum([...ERROR_CODES, 'internal_error']), message: z.string() });
export type ItemError = z.infer<typeof ItemErrorSchema>;

export function toItemError(error: unknown): ItemError {
  if (isTesseraError(error)) return { code: error.code, message: error.message };
  return { code: 'internal_error', message: error instanceof Error ? error.message : String(error) };
}
