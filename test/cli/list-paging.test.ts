import { describe, expect, it } from 'vitest';
import { addUser, searchWorkspace } from '../../src/jobs/index.js';
import { insertClaims, insertEntities, openStore } from '../../src/store/index.js';
import { registerUsersCommand } from '../../src/cli/users-command.js';
import { registerSearchCommand } from '../../src/cli/search-command.js';
import { describeOpenPage, pageOf, streamPage } from '../../src/cli/page-footer.js';
import { buildEntity, buildNameClaim } from '../factories.js';
import { runCommand } from '../cli-commands.js';
import { useStoreBackend } from '../store/store-backend.js';

// one in-memory store for the file; each test works in a fresh workspace of its own
const backend = useStoreBackend(() => openStore({ dataDir: null }), 'paging');

describe('every list pages, and says how many more (issue 9 item 4)', () => {
  it('a held list: the page, and the line with the rest', () => {
    const page = pageOf(['a', 'b', 'c', 'd', 'e'], { limit: '2', offset: '2' });
    expect(page.items).toEqual(['c', 'd']);
    expect(page.position).toEqual({ limit: 2, offset: 2, total: 5 });
    expect(() => pageOf([], { limit: '0', offset: '0' })).toThrow(/^--limit 0: /);
    expect(() => pageOf([], { limit: '5', offset: '-1' })).toThrow(/^--offset -1: /);
  });

  it('a streamed list: every row counted, only the page written', () => {
    const page = streamPage({ limit: '2', offset: '1' });
    const taken = [0, 1, 2, 3, 4, 5].filter(() => page.take());
    expect(taken).toEqual([1, 2]);
    expect(page.footer('matches')).toBe('matches 2–3 of 6; 3 more: --offset 3');
    const all = streamPage({});
    expect([0, 1, 2].filter(() => all.take())).toHaveLength(3);
    expect(all.footer('matches')).toBe('matches 1–3 of 3');
  });

  it('a ranked list: whether another page follows', () => {
    expect(describeOpenPage(0, 100, true, 'duplicate pairs')).toBe('duplicate pairs 1–100; more: --offset 100');
    expect(describeOpenPage(100, 3, false, 'duplicate pairs')).toBe('duplicate pairs 101–103; no more');
  });

  it('users list --limit --offset', async () => {
    const store = await backend.freshWorkspace();
    for (const name of ['ana', 'bo', 'cy']) await addUser(store, { name, role: 'reader', clearance: 'TLP:CLEAR' });
    const { stdout, stderr } = await runCommand([registerUsersCommand], store, ['users', 'list', '--limit', '2', '--format', 'csv']);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr).toContain('users 1–2 of 3; 1 more: --offset 2');
  });

  it('search --offset: the next page of each kind, and whether one more follows', async () => {
    const store = await backend.freshWorkspace();
    const entities = [1, 2, 3, 4, 5].map((n) => buildEntity({ label: `Qarawi Brigade ${n}`, type: 'group' }));
    await store.transaction(async (tx) => {
      await insertEntities(tx, entities);
      await insertClaims(tx, entities.map((e) => buildNameClaim(e.id, { status: 'accepted', name: { value: e.label, kind: 'primary', script: 'latin', language: null } })));
    });
    const first = await searchWorkspace(store, { q: 'Qarawi', limit: 2 });
    const second = await searchWorkspace(store, { q: 'Qarawi', limit: 2, offset: 2 });
    const last = await searchWorkspace(store, { q: 'Qarawi', limit: 2, offset: 4 });
    expect(first.entities).toHaveLength(2);
    expect(first.more?.entities).toBe(true);
    expect(second.entities).toHaveLength(2);
    expect(last.entities).toHaveLength(1);
    expect(last.more?.entities).toBe(false);
    const seen = [...first.entities, ...second.entities, ...last.entities].map((e) => e.id);
    expect(new Set(seen).size).toBe(5);
    const { stderr } = await runCommand([registerSearchCommand], store, ['search', 'Qarawi', '--limit', '2']);
    expect(stderr).toContain('entities 1–2; more: --offset 2');
  });
});
