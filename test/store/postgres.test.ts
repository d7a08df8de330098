import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { runStoreContract } from './store.contract.js';

const url = loadConfig().test.databaseUrl;

if (url === null) {
  console.log('skipping the PostgreSQL store suite: TESSERA_TEST_DATABASE_URL is not set');
  describe.skip('store contract: PostgreSQL (TESSERA_TEST_DATABASE_URL not set)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  runStoreContract('PostgreSQL', () => openStore({ databaseUrl: url }));
}
