import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWatchlistEntries } from '../../src/jobs/count-watchlist-entries.js';

describe('countWatchlistEntries', () => {
  it('counts UN entries by their tags and OFAC sdn.csv entries by lines, not alt.csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-count-'));
    const un = join(dir, 'un.xml');
    const individuals = Array.from({ length: 700 }, (_, i) => `<INDIVIDUAL><DATAID>${i}</DATAID></INDIVIDUAL>`).join('\n');
    writeFileSync(un, `<?xml version="1.0"?><CONSOLIDATED_LIST><INDIVIDUALS>${individuals}</INDIVIDUALS><ENTITIES><ENTITY><DATAID>x</DATAID></ENTITY></ENTITIES></CONSOLIDATED_LIST>`);
    expect(await countWatchlistEntries([un])).toBe(701);
    const sdn = join(dir, 'sdn.csv');
    writeFileSync(sdn, `${Array.from({ length: 12 }, (_, i) => `${i},"NAME ${i}",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `).join('\n')}\n`);
    const alt = join(dir, 'alt.csv');
    writeFileSync(alt, '1,1,aka,"OTHER",-0- \n');
    expect(await countWatchlistEntries([sdn, alt])).toBe(12);
  });
});
