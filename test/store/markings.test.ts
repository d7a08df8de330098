import { runContractOnPostgres } from '../postgres-suite.js';
import { openStore } from '../../src/store/index.js';
import { runMarkingsContract } from './markings.contract.js';

runMarkingsContract('PGlite (in memory)', () => openStore({ dataDir: null }));

runContractOnPostgres(runMarkingsContract);
