/**
 * The output scan for personal data (src/lib/privacy/output.ts), over many files at once: the files are
 * dealt to worker threads, one per core, so the scan of 17,000 pages takes half the time on two cores
 * and can run while Pagefind indexes the same pages. Each finding is the same as a scan in one thread
 * would give, in file order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scanOutput, type OutputContext, type OutputFinding } from '../lib/privacy/index.ts';
import { readOutput } from '../loaders/dist.ts';

/** Below this many files a worker costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 200;

function runWorker(dist: string, files: string[], ctx: OutputContext): Promise<OutputFinding[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./privacy-scan-worker.ts', import.meta.url), { workerData: { dist, files, ctx } });
    let result: OutputFinding[] | undefined;
    worker.once('message', (m: OutputFinding[]) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the personal-data scan worker stopped (exit ${code}) before it reported`))));
  });
}

/** Scans the named files of dist/ (paths within it) in worker threads; findings in the order of `files`. */
export async function scanOutputInParallel(dist: string, files: readonly string[], ctx: OutputContext, threads = availableParallelism()): Promise<OutputFinding[]> {
  const n = Math.max(1, Math.min(threads, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  if (n === 1) return scanOutput(readOutput(dist, files), ctx);
  // Dealt round-robin, so that each worker gets its share of large and small pages.
  const shares = Array.from({ length: n }, (_, k) => files.filter((_, i) => i % n === k));
  const found = (await Promise.all(shares.map((share) => runWorker(dist, share, ctx)))).flat();
  const order = new Map(files.map((f, i) => [f, i]));
  return found.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}
