/**
 * One worker of the output scan (src/integrations/privacy-scan.ts): reads the files it is given from
 * dist/ and scans them for personal data, then posts the findings back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanOutput, type OutputContext } from '../lib/privacy/index.ts';
import { readOutput } from '../loaders/dist.ts';

const { dist, files, ctx } = workerData as { dist: string; files: string[]; ctx: OutputContext };
parentPort!.postMessage(scanOutput(readOutput(dist, files), ctx));
