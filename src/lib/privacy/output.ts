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
  const pub = published.map((t) => foldText(reduceMarkup(t)).replace(/\s+/g, ' '));
  const probes = new Set<string>();
  for (const t of unpublished) {
    for (const s of foldText(reduceMarkup(t)).split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = s.replace(/^[-#>*\s]+/, '').replace(/\s+/g, ' ').trim();
      if (sentence.length < SENTENCE_MIN || /^[\w.]+:\s/.test(sentence)) continue;
      const probe = sentence.slice(0, SENTENCE_MIN);
      if (!pub.some((p) => p.includes(probe))) probes.add(probe);
    }
  }
  return [...probes];
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Every piece of personal data in the built files that the sources did not allow. */
export function scanOutput(files: readonly OutputFile[], ctx: OutputContext): OutputFinding[] {
  const out: OutputFinding[] = [];
  for (const { file, text } of files) {
    const reduced = /\.html?$/i.test(file) ? reduceMarkup(text) : text;
    const f = fold(reduced);
    for (const d of detect(f.text, ctx.roster, { text: reduced, at: f.at })) {
      const folded = f.text.slice(d.start, d.end);
      if (allowance(d, folded, ctx.allow) || ctx.allowedValues.has(folded)) continue;
      const span = originalSpan(f, reduced, d.start, d.end);
      out.push({ rule: d.rule, file, line: lineAt(reduced, span.start), masked: mask(d, reduced.slice(span.start, span.end)) });
    }
    if (ctx.unpublished.length) {
      const flat = f.text.replace(/\s+/g, ' ');
      for (const probe of ctx.unpublished) {
        if (flat.includes(probe)) out.push({ rule: 'unpublished-note', file, line: 1, masked: `text of a note without publish consent ("${probe.slice(0, 12)}…")` });
      }
    }
  }
  return out;
}
