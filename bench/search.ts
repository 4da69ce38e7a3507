/**
 * Search latency in Chromium against a built Paved site, served by a small static server that counts
 * the bytes it sends (so "bytes fetched by the first query" is exact, compression excluded: the server
 * sends files as they are, like a static host without gzip for .pf_* files, which Pagefind pre-compresses).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { median, round } from './measure.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

interface Counter {
  bytes: number;
  requests: number;
}

function serve(dist: string, port: number, counter: Counter): Promise<Server> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = path.join(dist, url);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const size = statSync(file).size;
    counter.bytes += size;
    counter.requests += 1;
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'public, max-age=3600' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export interface SearchStats {
  queries: number;
  /** Header search as a reader uses it, from the input event to the first result on screen. Includes the box's 120 ms typing debounce and, when cold, loading the search code and index. */
  uiColdMedianMs: number;
  uiWarmMedianMs: number;
  /** Pagefind alone (search + the first result's data), without the debounce: the engine's share. */
  engineColdMedianMs: number;
  engineWarmMedianMs: number;
  /** Bytes fetched from the moment the reader types the first query until its first result shows (cold cache). */
  firstQueryKB: number;
  medianColdQueryKB: number;
  resultsFound: number;
}

/** In the page: types `q` into the header search and resolves with the ms until a result link shows. */
const TYPE_AND_WAIT = `async (q) => {
  const input = document.querySelector('[data-paved-search-input]');
  const panel = document.querySelector('[data-paved-search-results]');
  input.focus();
  await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  const shown = new Promise((resolve) => {
    const done = () => { if (panel.querySelector('a.search-results__link')) { observer.disconnect(); resolve(performance.now() - t0); return true; } return false; };
    const observer = new MutationObserver(done);
    observer.observe(panel, { childList: true, subtree: true });
    setTimeout(() => { observer.disconnect(); resolve(-1); }, 20000);
  });
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return shown;
}`;

const ENGINE = `async (q) => {
  const t0 = performance.now();
  window.__pf ??= await (async () => { const m = await import('/pagefind/pagefind.js'); await m.options({ excerptLength: 24 }); await m.init(); return m; })();
  const r = await window.__pf.search(q);
  if (!r.results.length) return -1;
  await r.results[0].data();
  return performance.now() - t0;
}`;

export async function measureSearch(dist: string, port: number, page: string, queries: string[], chromium: string): Promise<SearchStats> {
  const { chromium: pw } = await import('@playwright/test');
  const counter: Counter = { bytes: 0, requests: 0 };
  const server = await serve(dist, port, counter);
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const base = `http://127.0.0.1:${port}${page}`;
  const uiCold: number[] = [];
  const engineCold: number[] = [];
  const coldBytes: number[] = [];
  let found = 0;
  try {
    for (const q of queries) {
      // Cold: a new context has an empty HTTP cache; the page is loaded, then the reader types.
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(base, { waitUntil: 'load' });
      counter.bytes = 0;
      const ms = (await tab.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify(q)})`)) as number;
      coldBytes.push(counter.bytes);
      if (ms >= 0) {
        uiCold.push(ms);
        found += 1;
      }
      await context.close();
      const context2 = await browser.newContext();
      const tab2 = await context2.newPage();
      await tab2.goto(base, { waitUntil: 'load' });
      const e = (await tab2.evaluate(`(${ENGINE})(${JSON.stringify(q)})`)) as number;
      if (e >= 0) engineCold.push(e);
      await context2.close();
    }
    // Warm: one page; a first query loads the search code and index, then each query is timed.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(base, { waitUntil: 'load' });
    await tab.evaluate(`(${TYPE_AND_WAIT})("deploy")`);
    await tab.evaluate(`(${ENGINE})("deploy")`);
    const uiWarm: number[] = [];
    const engineWarm: number[] = [];
    for (const q of queries) {
      await tab.evaluate(`(() => { const i = document.querySelector('[data-paved-search-input]'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      await tab.waitForTimeout(250);
      const ms = (await tab.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify(q)})`)) as number;
      if (ms >= 0) uiWarm.push(ms);
      const e = (await tab.evaluate(`(${ENGINE})(${JSON.stringify(q)})`)) as number;
      if (e >= 0) engineWarm.push(e);
    }
    await context.close();
    return {
      queries: queries.length,
      uiColdMedianMs: round(median(uiCold)),
      uiWarmMedianMs: round(median(uiWarm)),
      engineColdMedianMs: round(median(engineCold)),
      engineWarmMedianMs: round(median(engineWarm)),
      firstQueryKB: round((coldBytes[0] ?? 0) / 1024),
      medianColdQueryKB: round(median(coldBytes) / 1024),
      resultsFound: found,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
