import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { runIngestContract } from './ingest.contract.js';

const url = loadConfig().test.databaseUrl;

if (url === null) {
  console.log('skipping the PostgreSQL ingest suite: TESSERA_TEST_DATABASE_URL is not set');
  describe.skip('ingestFiles: PostgreSQL (TESSERA_TEST_DATABASE_URL not set)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  runIngestContract('PostgreSQL', () => openStore({ databaseUrl: url }));
}
