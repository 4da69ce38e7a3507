/**
 * Reads the product metrics files in `content/metrics/`: the one reader behind the build's check,
 * `paved check`, `paved metrics` and the site (src/data/site.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { METRICS_DIR, METRICS_FILES, type MetricsData, type MetricsFileKind } from '../schemas/metrics.ts';
import { error, type Problem } from '../lib/content/problems.ts';
import { today } from '../lib/guides/review.ts';
import { checkDeployments, checkOnboarding, checkSurveys, missingColumns, type PlausibilityOptions } from '../lib/metrics/plausibility.ts';
import { loadConfig } from './config.ts';
import { readCsv } from './csv.ts';
import { listFiles } from './files.ts';

/**
 * Reads and validates every metrics file that exists, then checks the rows are plausible (dates after the
 * build date, implausibly long durations, duplicates, missing optional columns: src/lib/metrics/plausibility.ts).
 * A missing file is no data, not an error.
 */
export function loadMetrics(root: string, problems: Problem[], options: { today?: number | undefined; maxDays?: number | undefined } = {}): MetricsData {
  // The configuration's own problems are reported by the check (src/loaders/repository.ts); a bad file reads as the defaults.
  const settings = loadConfig(root).config.metrics;
  const plausible: PlausibilityOptions = { today: options.today ?? today().getTime(), maxDays: options.maxDays ?? settings.maxDurationDays };
  const missing: Partial<Record<MetricsFileKind, string[]>> = {};
  const expected: string[] = Object.values(METRICS_FILES).map((f) => f.file);
  for (const file of listFiles(root, METRICS_DIR, ['.csv', '.tsv', '.xlsx', '.json', '.yaml', '.yml'])) {
    if (!expected.includes(file)) {
      problems.push(error(file, `is not read: the metrics files are ${expected.map((f) => path.posix.basename(f)).join(', ')} (see ${METRICS_DIR}/README.md); rename it or move it out of ${METRICS_DIR}/`));
    }
  }
  function read<S extends z.ZodType>(kind: MetricsFileKind, { file, columns, row }: { file: string; columns: z.ZodObject; row: S }, check: (rows: z.output<S>[], file: string, columns: Map<string, number>, o: PlausibilityOptions) => Problem[]) {
    const abs = path.join(root, file);
    // A symbolic link out of the folder is not read (paved check reports it: src/loaders/security.ts).
    if (!existsSync(abs) || !listFiles(root, METRICS_DIR, [path.posix.extname(file)]).includes(file)) return [];
    const result = readCsv(readFileSync(abs, 'utf8'), file, columns, row);
    problems.push(...result.problems, ...missingColumns(kind, file, result.missing), ...check(result.rows, file, result.columns, plausible));
    if (result.missing.length > 0) missing[kind] = result.missing;
    return result.rows;
  }
  return {
    deployments: read('deployments', METRICS_FILES.deployments, checkDeployments as never),
    surveys: read('surveys', METRICS_FILES.surveys, checkSurveys as never),
    onboarding: read('onboarding', METRICS_FILES.onboarding, checkOnboarding as never),
    missing,
    settings,
  };
}
