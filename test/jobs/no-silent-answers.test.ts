import { describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { COUNTRY_CODES, newId, type TesseraError } from '../../src/model/index.js';
import { appendAudit, insertClaims, insertEntities, openStore } from '../../src/store/index.js';
import { buildEntity, buildNameClaim } from '../factories.js';
import { countEventPeriods, decideClaims, describeSourceCoverage, importEvents, listEntityPage } from '../../src/jobs/index.js';
import { registerEventsCommand } from '../../src/cli/events-command.js';
import { registerEntitiesViewCommand } from '../../src/cli/entities-view-command.js';
import { registerReviewCommand } from '../../src/cli/review-command.js';
import { registerDocumentsCommand } from '../../src/cli/documents-command.js';
import { describePage } from '../../src/cli/page-footer.js';
import { registerAuditCommand } from '../../src/cli/audit-command.js';
import { runCommand } from '../cli-commands.js';
import { describeDecision } from '../../src/cli/review-command.js';
import { toEventFilter } from '../../src/cli/event-filter-flags.js';
import { useStoreBackend } from '../store/store-backend.js';

const ACLED = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events', 'acled-synthetic.csv');
const TESSERA_CSV = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'events', 'tessera-events.csv');

async function failure(work: Promise<unknown>): Promise<TesseraError> {
  try {
    await work;
  } catch (error) {
    return error as TesseraError;
  }
  throw new Error('expected an error');
}

// one in-memory store for the file; each test works in a fresh workspace of its own
const backend = useStoreBackend(() => openStore({ dataDir: null }), 'answers');

describe('impossible event filters are errors, not empty answers (issue 9 item 4)', () => {
  it('the model knows the ISO 3166 alpha-2 codes i18n-iso-countries knows (and XK)', () => {
    expect([...COUNTRY_CODES].sort()).toEqual([...new Set([...Object.keys(countries.getAlpha2Codes()), 'XK'])].sort());
  });

  it('an unknown country code, a last day before the first day and an unknown type are invalid_input', async () => {
    const store = await backend.freshWorkspace();
    await importEvents(store, [ACLED]);
    const country = await failure(countEventPeriods(store, { by: 'year', filter: { countries: ['XX'] } }));
    expect(country.code).toBe('invalid_input');
    expect(country.message).toContain('XX');
    const dates = await failure(countEventPeriods(store, { by: 'year', filter: { from: '2025', to: '2020' } }));
    expect(dates.code).toBe('invalid_input');
    const type = await failure(countEventPeriods(store, { by: 'year', filter: { type: 'nonsense' } }));
    expect(type.code).toBe('invalid_input');
    expect(type.details?.issues).toEqual([expect.objectContaining({ path: 'filter.type' })]);
    // a dataset's own type and sub-type still count
    const subtype = await countEventPeriods(store, { by: 'year', filter: { type: 'Armed clash' } });
    expect(subtype.rows.reduce((n, r) => n + r.events, 0)).toBeGreaterThan(0);
  });

  it('the CLI names the flag', () => {
    expect(() => toEventFilter({ from: '2025', to: '2020' })).toThrow(/^--to 2020: /);
    expect(() => toEventFilter({ country: ['XX'] })).toThrow(/^--country XX: "XX" is not/);
    expect(() => toEventFilter({ country: ['af'], from: '2020', to: '2021' })).not.toThrow();
  });
});

describe('--contains takes % and _ literally (issue 9 item 4)', () => {
  it('entity labels: "%" and "_" match only themselves', async () => {
    const store = await backend.freshWorkspace();
    await store.transaction((tx) =>
      insertEntities(tx, ['Unit 100% loyal', 'Unit_7', 'Unit 7', 'Unit X7'].map((label) => buildEntity({ label, type: 'group' }))),
    );
    const labels = async (contains: string) => (await listEntityPage(store, { contains })).items.map((e) => e.label);
    expect(await labels('%')).toEqual(['Unit 100% loyal']);
    expect(await labels('t_7')).toEqual(['Unit_7']);
    expect(await labels('unit')).toHaveLength(4);
  });
});

describe('review actions that change nothing say why (issue 9 item 11)', () => {
  it('accepting an accepted claim: 0 accepted, 1 already accepted; an unknown id: not found', async () => {
    const store = await backend.freshWorkspace();
    const entity = buildEntity();
    const claim = buildNameClaim(entity.id);
    await store.transaction(async (tx) => {
      await insertEntities(tx, [entity]);
      await insertClaims(tx, [claim]);
    });
    expect((await decideClaims(store, { ids: [claim.id], decision: 'accepted' })).changed).toBe(1);
    const again = await decideClaims(store, { ids: [claim.id, newId()], decision: 'accepted' });
    expect(again).toMatchObject({ changed: 0, unchanged: { accepted: 1 }, notFound: 1 });
    expect(describeDecision(again)).toBe('0 claims accepted; unchanged: 1 already accepted, 1 not found');
    // by filter: only proposed claims are decided, and the others are named
    const byFilter = await decideClaims(store, { kind: 'name', decision: 'rejected' });
    expect(describeDecision(byFilter)).toBe('0 claims rejected; unchanged: 1 are accepted');
  });
});

describe('counts that add sources of different coverage say so (issue 9 item 4)', () => {
  it("names each source's first and last date, and --split source counts them apart", async () => {
    const store = await backend.freshWorkspace();
    await importEvents(store, [ACLED, TESSERA_CSV]);
    const coverage = await describeSourceCoverage(store);
    expect(coverage.isUneven).toBe(true);
    expect(coverage.sources.map((s) => s.source)).toEqual(['acled', 'analyst-log']);
    const mixed = await runCommand([registerEventsCommand], store, ['events', 'count', '--format', 'csv']);
    expect(mixed.stderr).toMatch(/^coverage: .*acled 2021-03-04…2022-06-21 \(6 events\); analyst-log .*--split source/m);
    const apart = await runCommand([registerEventsCommand], store, ['events', 'count', '--split', 'source']);
    expect(apart.stderr).toBe('');
    expect(apart.stdout).toMatch(/^2021 +acled /m);
    const top = await runCommand([registerEventsCommand], store, ['events', 'top', '--level', 'country', '--limit', '1']);
    expect(top.stderr).toMatch(/^places 1–1 of [2-9]; \d+ more: --limit \d+$/m);
    // one source alone has nothing to say
    const one = await runCommand([registerEventsCommand], store, ['events', 'count', '--source', 'acled']);
    expect(one.stderr).toBe('');
  });
});

describe('list commands page and say how many more there are (issue 9 item 4)', () => {
  it('describes a page: its range, the total and the next offset', () => {
    expect(describePage({ limit: 50, offset: 0, total: 1234 }, 50, 'documents')).toBe('documents 1–50 of 1234; 1184 more: --offset 50');
    expect(describePage({ limit: 50, offset: 1200, total: 1234 }, 34, 'documents')).toBe('documents 1201–1234 of 1234');
    expect(describePage({ limit: 50, offset: 0, total: 0 }, 0, 'claims')).toBe('no claims of 0');
  });

  it('entities list, review and documents take --limit and --offset and print how many more', async () => {
    const store = await backend.freshWorkspace();
    const entities = Array.from({ length: 7 }, (_, i) => buildEntity({ label: `Group ${i}`, type: 'group' }));
    await store.transaction(async (tx) => {
      await insertEntities(tx, entities);
      await insertClaims(tx, entities.map((e) => buildNameClaim(e.id)));
    });
    const list = await runCommand([registerEntitiesViewCommand], store, ['entities', 'list', '--limit', '3', '--offset', '2']);
    expect(list.stdout.trim().split('\n')).toHaveLength(4);
    expect(list.stderr).toBe('entities 3–5 of 7; 2 more: --offset 5\n');
    const review = await runCommand([registerReviewCommand], store, ['review', '--limit', '5', '--format', 'csv']);
    expect(review.stderr).toBe('claims 1–5 of 7; 2 more: --offset 5\n');
    const documents = await runCommand([registerDocumentsCommand], store, ['documents', '--limit', '5']);
    expect(documents.stderr).toBe('no documents of 0\n');
    for (const id of entities.slice(0, 3).map((e) => e.id)) {
      await store.transaction((tx) => appendAudit(tx, { action: 'claim.review', targetIds: [id], after: { status: 'accepted' } }));
    }
    const audit = await runCommand([registerAuditCommand], store, ['audit', '--limit', '1', '--format', 'csv']);
    expect(audit.stderr).toBe('entries 1–1 of 3; 2 more: --offset 1\n');
  });
});
