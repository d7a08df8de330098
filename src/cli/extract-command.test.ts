import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, EVENT_TYPES, RELATION_TYPES, TesseraError } from '../model/index.js';
import type { CommandContext } from './command-context.js';
import { registerExtractCommand } from './extract-command.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/reports/uzbek-cell-case.txt', import.meta.url));

async function run(args: string[]): Promise<string> {
  let out = '';
  const sink = new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } });
  const context = {
    config: () => { throw new Error('extract needs no config'); },
    withStore: () => { throw new Error('extract must not open the store'); },
    out: sink,
    err: sink,
  } as unknown as CommandContext;
  const program = new Command('tessera').exitOverride();
  registerExtractCommand(program, context);
  await program.parseAsync(['node', 'tessera', 'extract', ...args]);
  return out;
}

describe('tessera extract', () => {
  it('prints the fixed measurement shape as JSON without opening the store', async () => {
    const json = JSON.parse(await run([fixture, '--format', 'json'])) as {
      entities: { type: string; name: string; aliases: string[] }[];
      events: { type: string; date: string | null; country: string | null; admin1: string | null; place: string | null; actors: string[]; fatalities: number | null }[];
      relations: { source: string; type: string; target: string; start: string | null; end: string | null; hedge: string | null }[];
    };
    expect(json.entities.length).toBeGreaterThan(5);
    for (const e of json.entities) {
      expect(ENTITY_TYPES).toContain(e.type);
      expect(typeof e.name).toBe('string');
      expect(Array.isArray(e.aliases)).toBe(true);
    }
    for (const e of json.events) {
      expect(EVENT_TYPES).toContain(e.type);
      expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(e.country === null || /^[A-Z]{2}$/.test(e.country)).toBe(true);
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['admin1', 'place', 'actors', 'fatalities']));
    }
    const names = new Set(json.entities.flatMap((e) => [e.name, ...e.aliases]));
    for (const r of json.relations) {
      expect(RELATION_TYPES).toContain(r.type);
      expect(names.has(r.source) && names.has(r.target)).toBe(true);
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['start', 'end', 'hedge']));
    }
    expect(json.events).toContainEqual(expect.objectContaining({ type: 'arrest', date: '2024-08-02', country: 'UZ' }));
  });

  it('prints a table by default', async () => {
    const table = await run([fixture]);
    expect(table).toMatch(/^entity\s+location\s+Tashkent/m);
  });

  it('names the file and the reason when it cannot be read', async () => {
    await expect(run(['/nonexistent/report.txt', '--format', 'json'])).rejects.toMatchObject({ code: 'not_found' });
    await expect(run(['report.pdf'])).rejects.toBeInstanceOf(TesseraError);
  });
});
