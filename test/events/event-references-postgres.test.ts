import { runContractOnPostgres } from '../postgres-suite.js';
import { runEventReferencesContract } from './event-references.contract.js';

runContractOnPostgres(runEventReferencesContract);
