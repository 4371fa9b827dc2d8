import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type IntegrityJob, type IntegrityReply } from './integrity';

/**
 * The integrity check's own small entry when running from source (tests, benches): it loads
 * only SQLite, not the PDF code. The built app runs the same check in pdf-worker.js.
 */
const port = parentPort;
if (port) {
  const job = workerData as IntegrityJob;
  let reply: IntegrityReply;
  try {
    reply = { ok: true, problems: checkFile(job.file) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
}
