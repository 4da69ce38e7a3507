/**
 * One worker of the output pass (src/integrations/privacy-scan.ts): reads the files it is given from
 * dist/, scans them for personal data and takes each page's vocabulary texts on the way, then posts both
 * back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OutputContext } from '../lib/privacy/index.ts';
import { scanPages } from './privacy-scan.ts';

const { dist, files, ctx } = workerData as { dist: string; files: string[]; ctx: OutputContext };
parentPort!.postMessage(scanPages(dist, files, ctx));
