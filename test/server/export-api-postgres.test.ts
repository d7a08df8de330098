import { runContractOnPostgres } from '../postgres-suite.js';
import { runExportApiContract } from './export-api.contract.js';

runContractOnPostgres(runExportApiContract);
