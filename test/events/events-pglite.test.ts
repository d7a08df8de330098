import { openStore } from '../../src/store/index.js';
import { runEventsContract } from './events.contract.js';

runEventsContract('PGlite (in memory)', () => openStore({ dataDir: null }));
