import { openStore } from '../../src/store/index.js';
import { runGraphApiContract } from './graph-api.contract.js';

runGraphApiContract('PGlite (in memory)', () => openStore({ dataDir: null }));
