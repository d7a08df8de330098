import { openStore } from '../../src/store/index.js';
import { runEventReferencesContract } from './event-references.contract.js';

runEventReferencesContract('PGlite (in memory)', () => openStore({ dataDir: null }));
