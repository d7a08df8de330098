import { runContractOnPostgres } from '../postgres-suite.js';
import { runIngestContract } from './ingest.contract.js';

runContractOnPostgres(runIngestContract);
