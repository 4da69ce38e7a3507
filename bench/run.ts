/**
 * npm run bench [-- --guides 1000,10000 --runs 2 --seed 1 --port 4381 --no-search --no-starlight --keep-starlight --build-timeout M]
 *
 * Generates content at each scale, builds it with Paved and with Starlight (alternating, so that machine
 * load affects both alike), measures the builds, dist/, search and `paved check`, prints a table and
 * writes bench/results/latest.json. See bench/README.md for what each figure means.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY, generate, scaleOf, writeStarlight, type Scale } from './generate.ts';
import { distStats, loadavg, machine, median, phases, round, timed, type DistStats, type Phase, type Timed } from './measure.ts';
import { measureSearch, type SearchStats } from './search.ts';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const SCALES = arg('guides', '1000').split(',').map(Number);
const RUNS = Number(arg('runs', '1'));
const SEED = Number(arg('seed', '1'));
const PORT = Number(arg('port', process.env['PAVED_E2E_PORT'] ?? '4381'));
const OUT = path.resolve(arg('out', path.join(benchDir, 'out')));
const CHROMIUM = process.env['PAVED_CHROMIUM'] ?? '/usr/bin/chromium';
const WITH_SEARCH = !flag('no-search');
/**
 * --keep-starlight: build Paved only and keep the Starlight builds of the previous run at the same scale
 * and seed (results/latest.json), which built the same generated guides. For a Starlight figure that
 * takes long to measure and does not change with Paved's code; the result says which run it came from.
 */
const KEEP_STARLIGHT = flag('keep-starlight');
const WITH_STARLIGHT = !flag('no-starlight') && !KEEP_STARLIGHT;
/** --build-timeout M: a build still running after M minutes is stopped and reported as not finished (0: no limit). */
const BUILD_TIMEOUT_MS = Number(arg('build-timeout', '0')) * 60_000;
const QUERIES = ['postgres', 'kafka', 'rollback', 'ingress', 'tracing', 'certificates', 'canary', 'migrations', 'redis', 'bucket', 'latency', 'dashboards', 'pipeline', 'secrets', 'retention', 'indexes', 'gateway', 'scheduler', 'billing', 'customs'];

const COMMON_PHASES = [
  { name: 'content sync (content layer: loaders, MDX front matter)', pattern: /\[content\] Syncing content/ },
  { name: 'bundling (Vite: MDX compile, syntax highlighting, server + client bundles)', pattern: /Building static entrypoints/ },
  { name: 'rendering (generating static routes)', pattern: /generating static routes/ },
  { name: 'search index and post-build hooks (Pagefind, sitemap)', pattern: /\[build\] ✓ Completed in/ },
];
const PAVED_PHASES = [{ name: 'Astro setup after the content check', pattern: /\[paved\] content checked/ }, ...COMMON_PHASES];
const FIRST_PHASE = { paved: 'start: Node, Astro, config, Paved content check', starlight: 'start: Node, Astro, config' };

interface BuildResult extends Omit<Timed, 'lines'> {
  tool: 'paved' | 'starlight';
  run: number;
  pagesPerSecond: number;
  phases: Phase[];
}

interface ScaleResult {
  /** What was generated. Results written before metrics rows were generated have no `scale.metrics`. */
  scale: Scale;
  /** When this scale was run, and the machine's load average then (other work on the machine slows builds). */
  date: string;
  loadavgStart: string;
  loadavgEnd: string;
  /** The Paved commit the generated copy was taken from. */
  commit: string;
  /** When search was measured again with --search-only, if it was. */
  searchDate?: string;
  check: { wallSeconds: number; cpuSeconds: number; exitCode: number; loadBefore: string; loadAfter: string };
  builds: BuildResult[];
  /** Paved rebuilt after editing one guide, with .astro/ and node_modules/.astro kept as a CI cache would keep them (dist/ removed). No target yet. */
  rebuild?: BuildResult & { editedGuide: string };
  paved: { medianWallSeconds: number; medianCpuSeconds: number; peakTreeRssMB: number; dist: DistStats; search?: SearchStats };
  starlight?: { medianWallSeconds: number; medianCpuSeconds: number; peakTreeRssMB: number; dist: DistStats };
  /** With --keep-starlight: the date of the run whose Starlight builds this result reuses. */
  starlightFrom?: string;
  /** Set when a Starlight build was stopped at --build-timeout: its times are the limit, the ratios upper bounds. */
  starlightTimedOut?: true;
  /** Paved / Starlight, median wall time: the figure that matters. */
  ratioWall?: number;
  ratioCpu?: number;
}

const node = process.execPath;
const env = { ...process.env, PAVED_TODAY: BENCH_TODAY, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PATH: `${path.dirname(node)}:${process.env['PATH'] ?? ''}` };

async function build(tool: 'paved' | 'starlight', dir: string, run: number, logDir: string, keepCache = false): Promise<{ result: BuildResult; dist: string }> {
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  if (!keepCache) {
    rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
    rmSync(path.join(dir, 'node_modules/.astro'), { recursive: true, force: true });
    rmSync(path.join(dir, 'node_modules/.vite'), { recursive: true, force: true });
  }
  const log = path.join(logDir, `${tool}-${keepCache ? 'rebuild' : 'build'}-${run}.log`);
  process.stdout.write(`  ${tool} ${keepCache ? 'rebuild with the cache kept, one guide edited' : 'build'} ${run}... `);
  const t = await timed([node, path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], dir, env, log, BUILD_TIMEOUT_MS);
  if (t.timedOut) {
    // Starlight past the limit is a result (the ratio becomes an upper bound); Paved past it is not.
    if (tool === 'paved') throw new Error(`the Paved build did not finish within ${BUILD_TIMEOUT_MS / 60000} minutes; see ${log}`);
    console.log(`not finished after ${t.wallSeconds}s: stopped (--build-timeout); peak ${t.peakTreeRssMB} MB so far`);
    const { lines, ...rest } = t;
    return { result: { tool, run, ...rest, pagesPerSecond: 0, phases: phases(lines, FIRST_PHASE[tool], COMMON_PHASES, Math.round(t.wallSeconds * 1000)) }, dist: path.join(dir, 'dist') };
  }
  if (t.exitCode !== 0) throw new Error(`${tool} build failed (exit ${t.exitCode}); see ${log}`);
  const dist = path.join(dir, 'dist');
  const pages = distStats(dist).pages;
  const { lines, ...rest } = t;
  const result: BuildResult = { tool, run, ...rest, pagesPerSecond: round(pages / t.wallSeconds, 1), phases: phases(lines, FIRST_PHASE[tool], tool === 'paved' ? PAVED_PHASES : COMMON_PHASES, Math.round(t.wallSeconds * 1000)) };
  console.log(`${t.wallSeconds}s wall, ${t.cpuSeconds}s CPU, ${t.peakTreeRssMB} MB peak (load ${t.loadBefore.split(' ')[0]} -> ${t.loadAfter.split(' ')[0]})`);
  return { result, dist };
}

/** --search-only: measures search again on the Paved site already built at this scale, keeping the rest. */
async function searchOnly(guides: number): Promise<ScaleResult> {
  const file = path.join(benchDir, 'results/latest.json');
  const previous = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: ScaleResult[] }).results ?? []) : [];
  const result = previous.find((r) => r.scale.guides === guides);
  const dist = path.join(OUT, `g${guides}`, 'paved', 'dist');
  if (!result || !existsSync(dist)) throw new Error(`--search-only needs an earlier full run at ${guides} guides (results and ${dist})`);
  // The first generated guide, in its category folder (guides/<category>/g1-<slug>/).
  const folder = readdirSync(path.join(dist, 'guides')).find((d) => readdirSync(path.join(dist, 'guides', d)).some((g) => g.startsWith('g1-')));
  if (!folder) throw new Error(`--search-only: no generated guide g1-* in ${path.join(dist, 'guides')}`);
  const first = `${folder}/${readdirSync(path.join(dist, 'guides', folder)).find((g) => g.startsWith('g1-'))}`;
  console.log(`\n== ${guides} guides: search only, on the build of ${result.date}`);
  result.paved.search = await measureSearch(dist, PORT, `/guides/${first}/`, QUERIES, CHROMIUM);
  result.searchDate = new Date().toISOString();
  return result;
}

async function runScale(guides: number): Promise<ScaleResult> {
  if (flag('search-only')) return searchOnly(guides);
  const scale = scaleOf(guides);
  const started = new Date();
  const loadavgStart = loadavg();
  const commit = gitCommit();
  const out = path.join(OUT, `g${guides}`);
  const logDir = path.join(out, 'logs');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  console.log(`\n== ${guides} guides, ${scale.entities} entities, ${scale.interviews} interviews (seed ${SEED})`);
  const generated = generate(root, out, scale, SEED);
  console.log(`  metrics rows: ${metricsRows(generated.scale)}`);
  const starlightDir = WITH_STARLIGHT ? writeStarlight(benchDir, out, generated.guides) : undefined;

  process.stdout.write('  paved check... ');
  const c = await timed([node, path.join(generated.pavedDir, 'bin/paved.js'), 'check'], generated.pavedDir, env, path.join(logDir, 'check.log'));
  if (c.exitCode !== 0) throw new Error(`paved check found errors in the generated content; see ${path.join(logDir, 'check.log')}`);
  console.log(`${c.wallSeconds}s`);

  const builds: BuildResult[] = [];
  let pavedDist = '';
  let starlightDist = '';
  for (let run = 1; run <= RUNS; run++) {
    // Alternate the order, so neither tool always runs on a warmer (or busier) machine.
    const order: ('paved' | 'starlight')[] = run % 2 ? ['paved', 'starlight'] : ['starlight', 'paved'];
    for (const tool of order) {
      if (tool === 'starlight' && !starlightDir) continue;
      const b = await build(tool, tool === 'paved' ? generated.pavedDir : starlightDir!, run, logDir);
      builds.push(b.result);
      if (tool === 'paved') pavedDist = b.dist;
      else starlightDist = b.dist;
    }
  }
  // The rebuild a CI cache would give: the same project, its build caches kept, one guide's text changed.
  const edited = generated.guides[Math.floor(generated.guides.length / 2)]!;
  const editedFile = path.join(generated.pavedDir, 'content/guides', `${edited.id}.md`);
  writeFileSync(editedFile, `${readFileSync(editedFile, 'utf8')}\nEdited for the rebuild measurement: one more paragraph.\n`);
  const rebuilt = await build('paved', generated.pavedDir, 1, logDir, true);
  pavedDist = rebuilt.dist;
  const rebuild = { ...rebuilt.result, editedGuide: edited.id };
  const of = (tool: string) => builds.filter((b) => b.tool === tool);
  const summary = (tool: string) => ({
    medianWallSeconds: round(median(of(tool).map((b) => b.wallSeconds)), 2),
    medianCpuSeconds: round(median(of(tool).map((b) => b.cpuSeconds)), 2),
    peakTreeRssMB: Math.max(...of(tool).map((b) => b.peakTreeRssMB)),
  });
  const result: ScaleResult = {
    scale: generated.scale,
    date: started.toISOString(),
    loadavgStart,
    loadavgEnd: '',
    commit,
    check: { wallSeconds: c.wallSeconds, cpuSeconds: c.cpuSeconds, exitCode: c.exitCode, loadBefore: c.loadBefore, loadAfter: c.loadAfter },
    builds,
    rebuild,
    paved: { ...summary('paved'), dist: distStats(pavedDist) },
  };
  if (starlightDir) {
    result.starlight = { ...summary('starlight'), dist: distStats(starlightDist) };
    result.ratioWall = round(result.paved.medianWallSeconds / result.starlight.medianWallSeconds, 2);
    if (Number.isFinite(result.starlight.medianCpuSeconds)) result.ratioCpu = round(result.paved.medianCpuSeconds / result.starlight.medianCpuSeconds, 2);
    // A Starlight build stopped at the limit took at least that long: the wall ratio is an upper bound.
    if (of('starlight').some((b) => b.timedOut)) result.starlightTimedOut = true;
  }
  if (KEEP_STARLIGHT) {
    const previous = previousResults().find((r) => r.scale.guides === guides && r.starlight && r.starlightFrom === undefined);
    if (!previous?.starlight) throw new Error(`--keep-starlight: results/latest.json has no Starlight run at ${guides} guides to keep`);
    const kept = previous.builds.filter((b) => b.tool === 'starlight');
    result.builds.push(...kept);
    result.starlight = previous.starlight;
    result.starlightFrom = previous.date;
    if (previous.starlightTimedOut) result.starlightTimedOut = true;
    result.ratioWall = round(result.paved.medianWallSeconds / previous.starlight.medianWallSeconds, 2);
    // A stopped build's CPU time is unknown (null in the JSON): no CPU ratio then.
    if (Number.isFinite(previous.starlight.medianCpuSeconds)) result.ratioCpu = round(result.paved.medianCpuSeconds / previous.starlight.medianCpuSeconds, 2);
    console.log(`  starlight: kept from the run of ${previous.date} (${kept.map((b) => `${b.wallSeconds}s${b.timedOut ? ', stopped' : ''}`).join(', ')})`);
  }
  if (WITH_SEARCH) {
    process.stdout.write('  search in Chromium... ');
    const page = `/guides/${generated.guides[0]!.id}/`;
    result.paved.search = await measureSearch(pavedDist, PORT, page, QUERIES, CHROMIUM);
    console.log(`${result.paved.search.engineWarmMedianMs} ms warm, ${result.paved.search.engineColdMedianMs} ms cold (engine)`);
  }
  result.loadavgEnd = loadavg();
  return result;
}

interface Target {
  scale: number;
  name: string;
  target: string;
  value: string;
  met: boolean;
}

function targets(results: ScaleResult[]): Target[] {
  const out: Target[] = [];
  for (const r of results) {
    const g = r.scale.guides;
    if (r.ratioWall !== undefined) out.push({ scale: g, name: 'build time vs Starlight', target: '<= 0.5x', value: `${r.starlightTimedOut ? '< ' : ''}${r.ratioWall}x`, met: r.ratioWall <= 0.5 });
    if (g >= 10000) {
      out.push({ scale: g, name: 'build wall time', target: '< 180 s', value: `${r.paved.medianWallSeconds} s`, met: r.paved.medianWallSeconds < 180 });
      out.push({ scale: g, name: 'peak memory (process tree)', target: '< 4096 MB', value: `${r.paved.peakTreeRssMB} MB`, met: r.paved.peakTreeRssMB < 4096 });
      out.push({ scale: g, name: 'paved check', target: '< 5 s', value: `${r.check.wallSeconds} s`, met: r.check.wallSeconds < 5 });
    }
    const s = r.paved.search;
    if (s) {
      out.push({ scale: g, name: 'search warm, first result (engine)', target: '< 50 ms', value: `${s.engineWarmMedianMs} ms`, met: s.engineWarmMedianMs < 50 });
      out.push({ scale: g, name: 'search cold, first result (engine)', target: '< 300 ms', value: `${s.engineColdMedianMs} ms`, met: s.engineColdMedianMs < 300 });
      out.push({ scale: g, name: 'search warm, first result (header box, incl. 120 ms debounce)', target: '< 50 ms', value: `${s.uiWarmMedianMs} ms`, met: s.uiWarmMedianMs < 50 });
      out.push({ scale: g, name: 'search cold, first result (header box, incl. 120 ms debounce)', target: '< 300 ms', value: `${s.uiColdMedianMs} ms`, met: s.uiColdMedianMs < 300 });
      out.push({ scale: g, name: 'bytes fetched by the first query', target: '< 300 kB', value: `${s.firstQueryKB} kB`, met: s.firstQueryKB < 300 });
    }
  }
  return out;
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows.map((r, j) => {
    const line = `| ${r.map((c, i) => String(c ?? '').padEnd(widths[i]!)).join(' | ')} |`;
    return j === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
  }).join('\n');
}

/** The generated metrics rows, in words; older results have none recorded. */
function metricsRows(scale: Scale): string {
  const m = scale.metrics as Scale['metrics'] | undefined;
  return m ? `${m.deployments} deployments, ${m.surveys} survey answers, ${m.onboarding} new services` : 'none recorded (run before the generator wrote metrics rows)';
}

function report(results: ScaleResult[]): string {
  const rows: (string | number)[][] = [['guides', 'tool', 'pages', 'build wall s', 'CPU s', 'peak tree MB', 'pages/s', 'dist MB', 'guide HTML gz kB', 'guide JS gz kB', 'Pagefind MB']];
  for (const r of results) {
    for (const tool of ['paved', 'starlight'] as const) {
      const t = r[tool];
      if (!t) continue;
      rows.push([r.scale.guides, tool, t.dist.pages, t.medianWallSeconds, t.medianCpuSeconds, t.peakTreeRssMB, round(t.dist.pages / t.medianWallSeconds, 1), t.dist.distMB, t.dist.medianGuideHtmlGzipKB, t.dist.medianGuideJsGzipKB, t.dist.pagefindMB]);
    }
  }
  let text = table(rows);
  for (const r of results) {
    text += `\n\n${r.scale.guides} guides (${r.date ?? 'date unknown'}, Paved ${r.commit ?? 'unknown'}, load average ${r.loadavgStart ?? '?'} at start, ${r.loadavgEnd ?? '?'} at end): Paved / Starlight = ${r.ratioWall ?? 'n/a'} (wall), ${r.ratioCpu ?? 'n/a'} (CPU); paved check ${r.check.wallSeconds} s`;
    text += `\ngenerated: ${r.scale.entities} entities, ${r.scale.interviews} interviews; metrics rows: ${metricsRows(r.scale)}`;
    if (r.starlightFrom) text += `\nStarlight: the builds of the run of ${r.starlightFrom} (same generator, scale and seed), kept with --keep-starlight`;
    if (r.starlightTimedOut) text += `\nStarlight did not finish: stopped by --build-timeout; its wall time is the limit, so Paved / Starlight is an upper bound`;
    for (const b of r.builds) text += `\n  ${b.tool} run ${b.run}${b.timedOut ? ' (stopped, not finished)' : ''}: ${b.wallSeconds} s wall, ${b.cpuSeconds === null || Number.isNaN(b.cpuSeconds) ? 'unknown' : b.cpuSeconds} s CPU, ${b.peakTreeRssMB} MB peak; load ${b.loadBefore.split(' ')[0]} before, ${b.loadAfter.split(' ')[0]} after`;
    if (r.rebuild) text += `\n  paved rebuild, cache kept, one guide edited (${r.rebuild.editedGuide}): ${r.rebuild.wallSeconds} s wall, ${r.rebuild.cpuSeconds} s CPU, ${r.rebuild.peakTreeRssMB} MB peak; load ${r.rebuild.loadBefore.split(' ')[0]} before`;
    const s = r.paved.search;
    if (s) text += `\nsearch (median of ${s.queries}): engine ${s.engineWarmMedianMs} ms warm / ${s.engineColdMedianMs} ms cold; header box ${s.uiWarmMedianMs} ms warm / ${s.uiColdMedianMs} ms cold; first query fetched ${s.firstQueryKB} kB`;
    const first = r.builds.find((b) => b.tool === 'paved');
    if (first) text += `\nPaved build phases (run ${first.run}): ${first.phases.map((p) => `${p.name} ${round(p.ms / 1000, 1)} s`).join('; ')}`;
    const sl = r.builds.find((b) => b.tool === 'starlight');
    if (sl) text += `\nStarlight build phases (run ${sl.run}): ${sl.phases.map((p) => `${p.name} ${round(p.ms / 1000, 1)} s`).join('; ')}`;
  }
  text += `\n\n${table([['guides', 'target', 'goal', 'measured', 'met'], ...targets(results).map((t) => [t.scale, t.name, t.target, t.value, t.met ? 'yes' : 'NO'])])}`;
  return text;
}

function previousResults(): ScaleResult[] {
  const file = path.join(benchDir, 'results/latest.json');
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8')) as { results?: ScaleResult[]; options?: { seed?: number } };
  // Another seed generated other guides: nothing to compare with.
  if (KEEP_STARLIGHT && (json.options?.seed ?? 1) !== SEED) throw new Error(`--keep-starlight: results/latest.json was generated with seed ${json.options?.seed}, not ${SEED}`);
  return json.results ?? [];
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], { cwd: root }).toString().trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

function starlightVersion(): string {
  const file = path.join(benchDir, 'starlight/node_modules/@astrojs/starlight/package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

async function main(): Promise<void> {
  if (WITH_STARLIGHT && !existsSync(path.join(benchDir, 'starlight/node_modules/astro'))) {
    throw new Error('Starlight is not installed for the benchmark: run "npm ci --prefix bench/starlight" once (or pass --no-starlight)');
  }
  const started = new Date();
  const loadStart = loadavg();
  const fresh: ScaleResult[] = [];
  for (const g of SCALES) fresh.push(await runScale(g));
  console.log(`\n${report(fresh)}`);
  // Results for scales not run this time are kept from the previous file, each with its own date and load.
  const file = path.join(benchDir, 'results/latest.json');
  const previous = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: ScaleResult[] }).results ?? []) : [];
  const results = [...previous.filter((r) => !SCALES.includes(r.scale.guides)), ...fresh].sort((a, b) => a.scale.guides - b.scale.guides);
  const json = {
    date: started.toISOString(),
    durationMinutes: round((Date.now() - started.getTime()) / 60000, 1),
    machine: { ...machine(), nproc: execFileSync('nproc').toString().trim(), free: execFileSync('free', ['-h']).toString().trim() },
    loadavgStart: loadStart,
    loadavgEnd: loadavg(),
    versions: { starlight: starlightVersion(), astro: (JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version },
    options: { seed: SEED, runs: RUNS, queries: QUERIES },
    results,
    targets: targets(results),
  };
  mkdirSync(path.join(benchDir, 'results'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  const markdown = path.join(benchDir, 'results/latest.md');
  writeFileSync(markdown, `# Benchmark results\n\nWritten by \`npm run bench\`; see bench/README.md for what each figure means.\n\n${report(results)}\n`);
  console.log(`\nwritten: ${path.relative(root, file)}, ${path.relative(root, markdown)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
