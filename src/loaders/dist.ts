/**
 * Reads the built site for the output scan (src/lib/privacy/output.ts): every HTML page, and the
 * Pagefind index decompressed (its fragments hold each page's text as the search shows it; its index
 * files hold the words). Pagefind writes gzip streams behind a short signature.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { OutputFile } from '../lib/privacy/index.ts';

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** A Pagefind file decompressed, as text; undefined when it is not a gzip stream. */
export function decompressPagefind(buf: Buffer): string | undefined {
  const start = buf.indexOf(Buffer.from([0x1f, 0x8b]));
  if (start < 0) return undefined;
  try {
    return gunzipSync(buf.subarray(start)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Every string inside a JSON value, one per line. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** The files under `dist` the output scan reads (paths within dist/, forward slashes): HTML pages and Pagefind's fragments and indexes. */
export function outputFiles(dist: string): string[] {
  return walk(dist).filter((f) => /\.html?$/i.test(f) || /\.pf_(fragment|index|meta)$/.test(f));
}

/** One file of the built site as the output scan reads it; undefined for a Pagefind file that is not gzip. */
function readOutputFile(dist: string, file: string): OutputFile | undefined {
  if (/\.html?$/i.test(file)) return { file, text: readFileSync(path.join(dist, file), 'utf8') };
  const text = decompressPagefind(readFileSync(path.join(dist, file)));
  if (text === undefined) return undefined;
  if (/\.pf_fragment$/.test(file)) {
    const json = text.slice(text.indexOf('{'));
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = json;
    }
    return { file, text: strings(parsed).join('\n') };
  }
  // Binary, with the indexed words as runs of text: keep the runs, one per line.
  return { file, text: (text.match(/[\p{L}\p{N}@._+-]{2,}/gu) ?? []).join('\n') };
}

/**
 * The files of `dist` (or the ones named) as the output scan reads them: HTML pages, and Pagefind
 * fragments and indexes as text. One at a time, as the scan asks for them: at 10,000 guides the pages
 * alone are hundreds of megabytes.
 */
export function* readOutput(dist: string, files: readonly string[] = outputFiles(dist)): Generator<OutputFile> {
  for (const file of files) {
    const read = readOutputFile(dist, file);
    if (read) yield read;
  }
}
