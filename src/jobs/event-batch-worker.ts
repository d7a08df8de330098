/** The worker thread that reads a large event file for importEvents (jobs/event-batches.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { serveEventBatches, type EventBatchWorkerData } from './event-batches.js';

const port = parentPort!;
await serveEventBatches(
  workerData as EventBatchWorkerData,
  (message) => port.postMessage(message),
  (listener) => port.on('message', listener),
);
