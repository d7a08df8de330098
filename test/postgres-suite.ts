import { describe } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openStore, type Store } from '../src/store/index.js';

/** The PostgreSQL test database (TESSERA_TEST_DATABASE_URL, as `.ci/run` sets it), or null. */
export const testDatabaseUrl = loadConfig().test.databaseUrl;

/**
 * Runs a store contract on PostgreSQL. Without TESSERA_TEST_DATABASE_URL its tests are still
 * collected and reported as skipped (describe.skipIf), so a run without PostgreSQL says how many
 * tests it did not run instead of passing a placeholder.
 */
export function runContractOnPostgres(contract: (name: string, openBackend: () => Promise<Store>) => void): void {
  describe.skipIf(testDatabaseUrl === null)('on PostgreSQL (TESSERA_TEST_DATABASE_URL)', () => {
    contract('PostgreSQL', () => {
      if (testDatabaseUrl === null) throw new Error('TESSERA_TEST_DATABASE_URL is not set');
      return openStore({ databaseUrl: testDatabaseUrl });
    });
  });
}
