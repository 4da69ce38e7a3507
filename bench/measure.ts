/**
 * Measuring a build: wall, CPU and memory of a whole process tree, the log's phases, and what dist/ holds.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const GNU_TIME = '/usr/bin/time';

/**
 * Gives `dir` a node_modules folder of its own whose entries link to `source`'s packages, so that caches
 * Astro and Vite write into node_modules (.astro, .vite) stay inside the benchmark's copy.
 */
export function linkNodeModules(source: string, dir: string): void {
  const target = path.join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(path.join(source, name), path.join(target, name));
  }
}

export function loadavg(): string {
  return readFileSync('/proc/loadavg', 'utf8').trim();
}

/** Sum of the resident memory of `root` and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      total += pages * 4096;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Phase {
  name: string;
  ms: number;
}

export interface Timed {
  exitCode: number;
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  cpuSeconds: number;
  /** GNU time's maximum resident set size: the largest single process of the tree. */
  maxRssLargestProcessMB: number;
  /** The peak of the summed resident memory of the whole tree, sampled from /proc every 200 ms. */
  peakTreeRssMB: number;
  loadBefore: string;
  loadAfter: string;
  /** Each output line with the milliseconds since start, for phase timing. */
  lines: { ms: number; text: string }[];
  /** Set when the command was stopped after the time limit: the times are the limit, the CPU time unknown. */
  timedOut?: true;
}

function parseGnuTime(text: string): { wall: number; user: number; sys: number; maxRssKB: number } {
  const get = (label: string) => text.split('\n').find((l) => l.trim().startsWith(label))?.split(': ').slice(1).join(': ').trim() ?? '';
  const wallText = get('Elapsed (wall clock) time (h:mm:ss or m:ss)');
  const parts = wallText.split(':').map(Number);
  const wall = parts.reduce((acc, p) => acc * 60 + p, 0);
  return { wall, user: Number(get('User time (seconds)')), sys: Number(get('System time (seconds)')), maxRssKB: Number(get('Maximum resident set size (kbytes)')) };
}

/** Runs a command under GNU time -v, sampling the process tree's memory, and keeps a timestamped log. */
export function timed(command: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string, limitMs = 0): Promise<Timed> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing: install GNU time (Debian: apt-get install time) and run the benchmark again`);
  const timeFile = `${logFile}.time`;
  const loadBefore = loadavg();
  const started = performance.now();
  // Its own process group, so that a command past the time limit is stopped with all its children.
  const child = spawn(GNU_TIME, ['-v', '-o', timeFile, ...command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  const limit = limitMs > 0 ? setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, limitMs) : undefined;
  const lines: { ms: number; text: string }[] = [];
  const collect = (chunk: Buffer) => {
    const ms = Math.round(performance.now() - started);
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ ms, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 200);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(limit);
      const wallMs = performance.now() - started;
      writeFileSync(logFile, lines.map((l) => `${String(l.ms).padStart(8)} ${l.text}`).join('\n') + '\n');
      if (timedOut) {
        const wall = round(wallMs / 1000, 2);
        resolve({ exitCode: 137, wallSeconds: wall, userSeconds: NaN, systemSeconds: NaN, cpuSeconds: NaN, maxRssLargestProcessMB: NaN, peakTreeRssMB: Math.round(peak / 1024 / 1024), loadBefore, loadAfter: loadavg(), lines, timedOut: true });
        return;
      }
      const t = parseGnuTime(readFileSync(timeFile, 'utf8'));
      resolve({
        exitCode: code ?? 1,
        wallSeconds: round(t.wall || wallMs / 1000, 2),
        userSeconds: t.user,
        systemSeconds: t.sys,
        cpuSeconds: round(t.user + t.sys, 2),
        maxRssLargestProcessMB: Math.round(t.maxRssKB / 1024),
        peakTreeRssMB: Math.round(peak / 1024 / 1024),
        loadBefore,
        loadAfter: loadavg(),
        lines,
      });
    });
  });
}

/**
 * Where the build's time went: each marker is looked for after the previous one, and a phase lasts until
 * the next marker's line (or the end). The first phase runs from the start to the first marker.
 */
export function phases(lines: { ms: number; text: string }[], first: string, markers: { name: string; pattern: RegExp }[], endMs: number): Phase[] {
  const found: { name: string; ms: number }[] = [];
  let from = 0;
  for (const m of markers) {
    const i = lines.findIndex((l, j) => j >= from && m.pattern.test(l.text));
    if (i < 0) continue;
    found.push({ name: m.name, ms: lines[i]!.ms });
    from = i + 1;
  }
  const out: Phase[] = [{ name: first, ms: found[0]?.ms ?? endMs }];
  found.forEach((m, i) => out.push({ name: m.name, ms: (found[i + 1]?.ms ?? endMs) - m.ms }));
  return out;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function sizeOf(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const files = walk(dir);
  return { bytes: files.reduce((s, f) => s + statSync(f).size, 0), files: files.length };
}

export interface DistStats {
  pages: number;
  files: number;
  distMB: number;
  /** Over the generated guide pages, which both sites build from the same files. */
  guidePages: number;
  medianGuideHtmlGzipKB: number;
  /** JavaScript a guide page loads before any interaction: inline scripts plus script and modulepreload files, gzipped. */
  medianGuideJsGzipKB: number;
  medianAllHtmlGzipKB: number;
  pagefindMB: number;
  pagefindFiles: number;
}

/** What a built site holds. Guide pages are those under /guides/<folder>/g<n>-.../ (the generated ones). */
export function distStats(dist: string): DistStats {
  const all = existsSync(dist) ? walk(dist) : [];
  const html = all.filter((f) => f.endsWith('.html'));
  const gz = new Map<string, number>();
  const gzSize = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) {
      n = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
      gz.set(file, n);
    }
    return n;
  };
  const guides = html.filter((f) => /[\\/]guides[\\/](?:[^\\/]+[\\/])?g\d+-[^\\/]+[\\/]index\.html$/.test(f));
  const jsOf = (file: string) => {
    const text = readFileSync(file, 'utf8');
    let bytes = 0;
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
      if (src) bytes += src.startsWith('/') ? gzSize(path.join(dist, src)) : 0;
      else if (m[2]?.trim()) bytes += gzipSync(m[2]).length;
    }
    for (const m of text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) if (m[1]?.startsWith('/')) bytes += gzSize(path.join(dist, m[1]));
    return bytes;
  };
  const pagefind = sizeOf(path.join(dist, 'pagefind'));
  return {
    pages: html.length,
    files: all.length,
    distMB: round(all.reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024, 1),
    guidePages: guides.length,
    medianGuideHtmlGzipKB: round(median(guides.map((f) => gzipSync(readFileSync(f)).length)) / 1024, 1),
    medianGuideJsGzipKB: round(median(guides.map(jsOf)) / 1024, 1),
    medianAllHtmlGzipKB: round(median(html.map((f) => gzipSync(readFileSync(f)).length)) / 1024, 1),
    pagefindMB: round(pagefind.bytes / 1024 / 1024, 1),
    pagefindFiles: pagefind.files,
  };
}

export function machine(): Record<string, string | number> {
  const mem = os.totalmem();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round(mem / 1024 ** 3, 1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}
