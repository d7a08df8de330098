import { runContractOnPostgres } from '../postgres-suite.js';
import { runStoreContract } from './store.contract.js';

runContractOnPostgres(runStoreContract);
