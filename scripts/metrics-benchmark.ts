/**
 * How long 100,000 deployment rows take to read, validate and compute: `npm run metrics:benchmark`.
 * Generates the rows in memory (the sample services copied until there are enough), then times the same
 * reader and computations the build uses. The README's performance note quotes its output.
 */
import { readCsv } from '../src/loaders/csv.ts';
import { computeMetrics } from '../src/lib/metrics/index.ts';
import { METRICS_FILES } from '../src/schemas/metrics.ts';
import { deploymentsCsv } from './metrics-sample-data.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const perCopy = deploymentsCsv().split('\n').length - 2;
const lines = deploymentsCsv({ copies: Math.ceil(ROWS / perCopy) }).split('\n');
const text = `${lines.slice(0, ROWS + 1).join('\n')}\n`;

const { columns, row } = METRICS_FILES.deployments;
const t0 = performance.now();
const parsed = readCsv(text, METRICS_FILES.deployments.file, columns, row);
const t1 = performance.now();
const report = computeMetrics({ deployments: parsed.rows, surveys: [], onboarding: [] });
const t2 = performance.now();

if (parsed.problems.length > 0 || parsed.rows.length !== ROWS) throw new Error(`expected ${ROWS} valid rows, got ${parsed.rows.length} and ${parsed.problems.length} problems`);
const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`${ROWS.toLocaleString('en-GB')} deployment rows (${(text.length / 1e6).toFixed(1)} MB, ${report.rows.production.toLocaleString('en-GB')} to production, ${report.teams.length} teams, ${report.months.length} months)`);
console.log(`  read and validate (csv-parse + zod): ${ms(t1 - t0)}`);
console.log(`  compute every metric, overall and per team: ${ms(t2 - t1)}`);
console.log(`  total: ${ms(t2 - t0)} on Node ${process.versions.node}`);
