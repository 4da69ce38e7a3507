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

/** The files of `dist` the output scan reads: HTML pages, and Pagefind fragments and indexes as text. */
export function readOutput(dist: string): OutputFile[] {
  const out: OutputFile[] = [];
  for (const file of walk(dist)) {
    if (/\.html?$/i.test(file)) out.push({ file, text: readFileSync(path.join(dist, file), 'utf8') });
    else if (/\.pf_fragment$/.test(file)) {
      const text = decompressPagefind(readFileSync(path.join(dist, file)));
      if (text === undefined) continue;
      const json = text.slice(text.indexOf('{'));
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        parsed = json;
      }
      out.push({ file, text: strings(parsed).join('\n') });
    } else if (/\.pf_(index|meta)$/.test(file)) {
      // Binary, with the indexed words as runs of text: keep the runs, one per line.
      const text = decompressPagefind(readFileSync(path.join(dist, file)));
      if (text !== undefined) out.push({ file, text: (text.match(/[\p{L}\p{N}@._+-]{2,}/gu) ?? []).join('\n') });
    }
  }
  return out;
}
