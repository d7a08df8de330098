import { runContractOnPostgres } from '../postgres-suite.js';
import { runEventsContract } from './events.contract.js';

runContractOnPostgres(runEventsContract);
