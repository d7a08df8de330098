import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { runMarkingsContract } from './markings.contract.js';

runMarkingsContract('PGlite (in memory)', () => openStore({ dataDir: null }));

const url = loadConfig().test.databaseUrl;
if (url === null) {
  console.log('skipping the PostgreSQL markings suite: TESSERA_TEST_DATABASE_URL is not set');
  describe.skip('TLP markings on every read path: PostgreSQL (TESSERA_TEST_DATABASE_URL not set)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  runMarkingsContract('PostgreSQL', () => openStore({ databaseUrl: url }));
}
