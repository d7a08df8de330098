import { openStore } from '../../src/store/index.js';
import { runStoreContract } from './store.contract.js';

runStoreContract('PGlite (in memory)', () => openStore({ dataDir: null }));
