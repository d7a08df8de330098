import { openStore } from '../../src/store/index.js';
import { runApiContract } from './api.contract.js';

runApiContract('PGlite (in memory)', () => openStore({ dataDir: null }));
