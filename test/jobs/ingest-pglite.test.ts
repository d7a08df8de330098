import { openStore } from '../../src/store/index.js';
import { runIngestContract } from './ingest.contract.js';

runIngestContract('PGlite (in memory)', () => openStore({ dataDir: null }));
