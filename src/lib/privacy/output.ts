/**
 * Defence in depth: the built site searched as readers get it, every HTML page and the decompressed
 * search index, for the same patterns and roster names as the sources. A component or a plugin can
 * write text the source check never saw; anything found that the source check did not allow (by a
 * documentation domain, the catalogue, the site's allow list or an inline marker) fails the build. Text
 * of interview notes without publish consent must not be there at all.
 */
import { fold, foldText, originalSpan } from './fold.ts';
import { detect, type RosterNames } from './detect.ts';
import { reduceMarkup } from './extract.ts';
import { allowance, type Allowances } from './allow.ts';
import { mask } from './mask.ts';

/** A file of the built site, decoded to text (the search index decompressed). */
export interface OutputFile {
  /** Path within dist/, forward slashes. */
  file: string;
  text: string;
}

export interface OutputFinding {
  rule: string;
  file: string;
  line: number;
  masked: string;
}

export interface OutputContext {
  roster: readonly RosterNames[];
  allow: Allowances;
  /** Folded values the source check let through by an inline marker. */
  allowedValues: ReadonlySet<string>;
  /** Sentences of unpublished notes (40 characters or more), none of which may appear. */
  unpublished: readonly string[];
}

const SENTENCE_MIN = 40;

/**
 * Probes for the text of unpublished notes: each sentence of 40 characters or more, folded, cut to its
 * first 40, minus any that also occur in published text (template headings, shared phrases).
 */
export function unpublishedProbes(unpublished: readonly string[], published: readonly string[]): string[] {
  const probes = new Set<string>();
  for (const t of unpublished) {
    for (const s of foldText(reduceMarkup(t)).split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = s.replace(/^[-#>*\s]+/, '').replace(/\s+/g, ' ').trim();
      if (sentence.length < SENTENCE_MIN || /^[\w.]+:\s/.test(sentence)) continue;
      probes.add(sentence.slice(0, SENTENCE_MIN));
    }
  }
  const set = new ProbeSet([...probes]);
  for (const t of published) for (const shared of set.find(foldText(reduceMarkup(t)).replace(/\s+/g, ' '))) probes.delete(shared);
  return [...probes];
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Finds which probes (all SENTENCE_MIN characters long) occur in a text, in one pass: a rolling hash over
 * every window of the text, looked up among the probes' hashes and confirmed by comparing the strings.
 * Looking for each probe with `includes` cost pages × probes × page length: seconds at a thousand pages,
 * minutes at ten thousand.
 */
export class ProbeSet {
  private readonly byHash = new Map<number, string[]>();
  /** One bit per low 16 bits of a probe's hash: most windows are ruled out without a Map lookup. */
  private readonly seen = new Uint8Array(1 << 13);
  private readonly width: number;
  private readonly top: number;
  constructor(probes: readonly string[], width = SENTENCE_MIN) {
    this.width = width;
    // BASE^(width-1) modulo 2^32, to take the leaving character out of the window.
    let top = 1;
    for (let i = 1; i < width; i++) top = Math.imul(top, BASE) >>> 0;
    this.top = top;
    for (const p of probes) {
      if (p.length !== width) throw new Error(`a probe must be ${width} characters long: "${p}"`);
      const h = ProbeSet.hash(p, 0, width);
      this.seen[(h & 0xffff) >>> 3]! |= 1 << (h & 7);
      const list = this.byHash.get(h);
      if (list) list.push(p);
      else this.byHash.set(h, [p]);
    }
  }
  get size(): number {
    return this.byHash.size;
  }
  static hash(text: string, from: number, width: number): number {
    let h = 0;
    for (let i = from; i < from + width; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) >>> 0;
    return h;
  }
  /** The probes found in the text, each once, in the order first seen. */
  find(text: string): string[] {
    const found = new Set<string>();
    const w = this.width;
    if (this.byHash.size === 0 || text.length < w) return [];
    let h = ProbeSet.hash(text, 0, w);
    for (let i = 0; ; i++) {
      if (this.seen[(h & 0xffff) >>> 3]! & (1 << (h & 7))) {
        const list = this.byHash.get(h);
        if (list) for (const p of list) if (!found.has(p) && text.startsWith(p, i)) found.add(p);
      }
      if (i + w >= text.length) break;
      h = (Math.imul((h - Math.imul(text.charCodeAt(i), this.top)) >>> 0, BASE) + text.charCodeAt(i + w)) >>> 0;
    }
    return [...found];
  }
}
const BASE = 1000003;

/** Every piece of personal data in the built files that the sources did not allow. */
export function scanOutput(files: Iterable<OutputFile>, ctx: OutputContext): OutputFinding[] {
  const out: OutputFinding[] = [];
  const probes = new ProbeSet(ctx.unpublished);
  for (const { file, text } of files) {
    const reduced = /\.html?$/i.test(file) ? reduceMarkup(text) : text;
    const f = fold(reduced);
    for (const d of detect(f.text, ctx.roster, { text: reduced, at: f.at })) {
      const folded = f.text.slice(d.start, d.end);
      if (allowance(d, folded, ctx.allow) || ctx.allowedValues.has(folded)) continue;
      const span = originalSpan(f, reduced, d.start, d.end);
      out.push({ rule: d.rule, file, line: lineAt(reduced, span.start), masked: mask(d, reduced.slice(span.start, span.end)) });
    }
    if (probes.size) {
      for (const probe of probes.find(f.text.replace(/\s+/g, ' '))) out.push({ rule: 'unpublished-note', file, line: 1, masked: `text of a note without publish consent ("${probe.slice(0, 12)}…")` });
    }
  }
  return out;
}
