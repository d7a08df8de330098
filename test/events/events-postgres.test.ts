import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { runEventsContract } from './events.contract.js';

const url = loadConfig().test.databaseUrl;

if (url === null) {
  console.log('skipping the PostgreSQL event suite: TESSERA_TEST_DATABASE_URL is not set');
  describe.skip('event import and counts: PostgreSQL (TESSERA_TEST_DATABASE_URL not set)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  runEventsContract('PostgreSQL', () => openStore({ databaseUrl: url }));
}
