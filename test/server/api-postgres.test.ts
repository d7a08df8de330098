import { runContractOnPostgres } from '../postgres-suite.js';
import { runApiContract } from './api.contract.js';

runContractOnPostgres(runApiContract);
