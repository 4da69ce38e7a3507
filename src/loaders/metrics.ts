/**
 * Reads the product metrics files in `content/metrics/`: the one reader behind the build's check,
 * `paved check`, `paved metrics` and the site (src/data/site.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { METRICS_DIR, METRICS_FILES, type MetricsData } from '../schemas/metrics.ts';
import { error, type Problem } from '../lib/content/problems.ts';
import { readCsv } from './csv.ts';
import { listFiles } from './files.ts';

/** Reads and validates every metrics file that exists. A missing file is no data, not an error. */
export function loadMetrics(root: string, problems: Problem[]): MetricsData {
  const expected: string[] = Object.values(METRICS_FILES).map((f) => f.file);
  for (const file of listFiles(root, METRICS_DIR, ['.csv', '.tsv', '.xlsx', '.json', '.yaml', '.yml'])) {
    if (!expected.includes(file)) {
      problems.push(error(file, `is not read: the metrics files are ${expected.map((f) => path.posix.basename(f)).join(', ')} (see ${METRICS_DIR}/README.md); rename it or move it out of ${METRICS_DIR}/`));
    }
  }
  function read<S extends z.ZodType>({ file, columns, row }: { file: string; columns: z.ZodObject; row: S }) {
    const abs = path.join(root, file);
    // A symbolic link out of the folder is not read (paved check reports it: src/loaders/security.ts).
    if (!existsSync(abs) || !listFiles(root, METRICS_DIR, [path.posix.extname(file)]).includes(file)) return [];
    const result = readCsv(readFileSync(abs, 'utf8'), file, columns, row);
    problems.push(...result.problems);
    return result.rows;
  }
  return { deployments: read(METRICS_FILES.deployments), surveys: read(METRICS_FILES.surveys), onboarding: read(METRICS_FILES.onboarding) };
}
