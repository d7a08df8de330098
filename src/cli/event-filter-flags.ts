import { ACTOR_SIDES, EventFilterSchema, isTesseraError, TesseraError, type EventFilterInput } from '../model/index.js';

/** The filter flags of the event commands, as commander hands them over. */
export interface FilterOptions {
  country?: string[];
  admin1?: string;
  type?: string;
  actor?: string;
  actorSide?: string;
  from?: string;
  to?: string;
  source?: string[];
}

/** The flag (without its series prefix) that sets each field of EventFilterSchema. */
const FLAG_OF_FIELD: Record<keyof EventFilterInput, keyof FilterOptions> = {
  countries: 'country',
  admin1: 'admin1',
  type: 'type',
  actor: 'actor',
  actorSide: 'actorSide',
  from: 'from',
  to: 'to',
  sources: 'source',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--to 2020` for the filter field `to`, with the value the user gave. */
function describeFlag(field: string, options: FilterOptions, prefix: string): string {
  const option = FLAG_OF_FIELD[field as keyof EventFilterInput];
  if (option === undefined) return 'filter';
  const value = options[option];
  const shown = Array.isArray(value) ? value.join(',') : value;
  return `--${prefix}${kebab(option)}${shown === undefined ? '' : ` ${shown}`}`;
}

/**
 * The filter flags as the jobs take them, checked here by the model's own schema (the HTTP API
 * answers 400 from the same one) so that an impossible filter is an error naming its flag:
 * `--to 2020: the last day 2020-12-31 is before the first day 2025-01-01`.
 */
export function toEventFilter(options: FilterOptions, prefix = ''): EventFilterInput {
  const input: EventFilterInput = {
    ...(options.country?.length ? { countries: options.country } : {}),
    ...(options.admin1 ? { admin1: options.admin1 } : {}),
    ...(options.type ? { type: options.type } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.actorSide !== undefined ? { actorSide: options.actorSide as (typeof ACTOR_SIDES)[number] } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.source?.length ? { sources: options.source } : {}),
  };
  if (options.actorSide !== undefined && options.actorSide !== 'any' && !options.actor) {
    throw new TesseraError('invalid_input', `--${prefix}actor-side ${options.actorSide} needs --${prefix}actor NAME`);
  }
  const parsed = EventFilterSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    throw new TesseraError('invalid_input', `${describeFlag(field, options, prefix)}: ${issue.message}`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    });
  }
  return input;
}

/**
 * Runs an analysis, naming the flag in the errors the job finds against the data (a `--type`
 * no event has): the job's message speaks of filter fields, the command of its flags.
 */
export async function withFilterFlags<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const issues = isTesseraError(error) ? (error.details?.issues as { path?: string }[] | undefined) : undefined;
    const path = issues?.[0]?.path;
    if (isTesseraError(error) && error.code === 'invalid_input' && path?.startsWith('filter.')) {
      const flag = describeFlag(path.slice('filter.'.length), {}, '');
      throw new TesseraError('invalid_input', `${flag}: ${error.message}`, error.details, { cause: error });
    }
    throw error;
  }
}
