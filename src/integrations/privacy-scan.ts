/**
 * One pass over the built site after rendering: each page is read once, scanned for personal data
 * (src/lib/privacy/output.ts) and its search-vocabulary texts taken (src/lib/search/vocabulary.ts). The
 * files are dealt to worker threads, one per core, so the pass over 17,000 pages takes half the time on
 * two cores and runs while Pagefind indexes the same pages. The findings and texts are the same as one
 * thread would give, in file order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scanOutput, type OutputContext, type OutputFile, type OutputFinding } from '../lib/privacy/index.ts';
import { vocabularyTexts } from '../lib/search/vocabulary.ts';
import { readOutput } from '../loaders/dist.ts';

/** Below this many files a worker costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 200;

export interface PassResult {
  findings: OutputFinding[];
  /** Each HTML page's vocabulary texts, by its path within dist/. */
  texts: [string, string[]][];
}

/** The pass over some files in this thread. */
export function scanPages(dist: string, files: readonly string[], ctx: OutputContext): PassResult {
  const texts: [string, string[]][] = [];
  function* tap(read: Iterable<OutputFile>): Generator<OutputFile> {
    for (const f of read) {
      if (/\.html?$/i.test(f.file)) texts.push([f.file, vocabularyTexts(f.text)]);
      yield f;
    }
  }
  const findings = scanOutput(tap(readOutput(dist, files)), ctx);
  return { findings, texts };
}

function runWorker(dist: string, files: string[], ctx: OutputContext): Promise<PassResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./privacy-scan-worker.ts', import.meta.url), { workerData: { dist, files, ctx } });
    let result: PassResult | undefined;
    worker.once('message', (m: PassResult) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the personal-data scan worker stopped (exit ${code}) before it reported`))));
  });
}

/** The pass over the named files of dist/ (paths within it) in worker threads; results in the order of `files`. */
export async function scanOutputInParallel(dist: string, files: readonly string[], ctx: OutputContext, threads = availableParallelism()): Promise<PassResult> {
  const n = Math.max(1, Math.min(threads, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  if (n === 1) return scanPages(dist, files, ctx);
  // Dealt round-robin, so that each worker gets its share of large and small pages.
  const shares = Array.from({ length: n }, (_, k) => files.filter((_, i) => i % n === k));
  const results = await Promise.all(shares.map((share) => runWorker(dist, share, ctx)));
  const order = new Map(files.map((f, i) => [f, i]));
  const byFile = <T>(list: T[], file: (x: T) => string) => list.sort((a, b) => order.get(file(a))! - order.get(file(b))!);
  return {
    findings: byFile(results.flatMap((r) => r.findings), (f) => f.file),
    texts: byFile(results.flatMap((r) => r.texts), (t) => t[0]),
  };
}
