import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { runExportApiContract } from './export-api.contract.js';

const url = loadConfig().test.databaseUrl;

if (url === null) {
  console.log('skipping the PostgreSQL export API suite: TESSERA_TEST_DATABASE_URL is not set');
  describe.skip('export API: PostgreSQL (TESSERA_TEST_DATABASE_URL not set)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  runExportApiContract('PostgreSQL', () => openStore({ databaseUrl: url }));
}
