import { runContractOnPostgres } from '../postgres-suite.js';
import { runGraphApiContract } from './graph-api.contract.js';

runContractOnPostgres(runGraphApiContract);
