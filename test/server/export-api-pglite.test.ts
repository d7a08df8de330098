import { openStore } from '../../src/store/index.js';
import { runExportApiContract } from './export-api.contract.js';

runExportApiContract('PGlite (in memory)', () => openStore({ dataDir: null }));
