/**
 * The search vocabulary: every word of the site's titles, aliases, headings, entity names and tags, with
 * how many times it occurs. The build writes it next to the search index; the search scripts load it
 * after the first query and suggest its closest words for a mistyped one ("postgers" -> "postgres").
 *
 * Only the words people name things with are kept (not body text), so the file stays small: it grows
 * with the number of distinct words in titles and headings, which levels off as guides are added.
 */
import { words } from './text.ts';

export interface Vocabulary {
  /** Format version of the file. */
  version: 1;
  /** The words, most frequent first (ties alphabetically). */
  terms: string[];
  /** counts[i] is how many times terms[i] occurs. */
  counts: number[];
}

/** Words shorter than this are never suggested or corrected (ci, db, go are typed on purpose). */
export const MIN_WORD_LENGTH = 3;

/**
 * At most this many words are kept, the most frequent: past it the file would cost more to fetch than
 * the rare words it adds are worth (about 20 words per kB gzipped).
 */
export const MAX_TERMS = 20_000;

/** Builds the vocabulary from texts (a title, an alias, a heading, a name, a tag each). Deterministic. */
export function buildVocabulary(texts: Iterable<string>, maxTerms = MAX_TERMS): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of words(text)) {
      if (w.length < MIN_WORD_LENGTH || /^\d+$/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, maxTerms);
  return { version: 1, terms: sorted.map(([w]) => w), counts: sorted.map(([, n]) => n) };
}

/** Checks a parsed vocabulary file; returns undefined when it is not one (an old or broken file). */
export function readVocabulary(data: unknown): Vocabulary | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const v = data as Partial<Vocabulary>;
  if (v.version !== 1 || !Array.isArray(v.terms) || !Array.isArray(v.counts) || v.terms.length !== v.counts.length) return undefined;
  if (!v.terms.every((t) => typeof t === 'string') || !v.counts.every((n) => typeof n === 'number')) return undefined;
  return { version: 1, terms: v.terms, counts: v.counts };
}

/**
 * The texts of one built page that go into the vocabulary, read from its HTML: the headings (h1 to h4)
 * and the `data-pagefind-meta` values of the indexed part of the page (title, aliases, name) and its
 * `data-pagefind-filter="tag"` values. Pages without `data-pagefind-body` give nothing (Pagefind skips
 * them too).
 */
export function vocabularyTexts(html: string): string[] {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/i);
  if (start < 0) return [];
  const body = html.slice(start);
  const out: string[] = [];
  for (const m of body.matchAll(/<h([1-4])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) out.push(textContent(m[2] ?? ''));
  for (const m of body.matchAll(/<[a-z][^>]*\sdata-pagefind-meta="(title|aliases|name)"[^>]*>([\s\S]*?)<\//gi)) out.push(textContent(m[2] ?? ''));
  for (const m of body.matchAll(/\sdata-pagefind-meta="(?:title|aliases|name):([^"]*)"/gi)) out.push(decode(m[1] ?? ''));
  for (const m of body.matchAll(/<span[^>]*\sdata-pagefind-filter="tag"[^>]*>([^<]*)<\/span>/gi)) out.push(decode(m[1] ?? ''));
  return out.filter((t) => t.trim() !== '');
}

function textContent(html: string): string {
  // Leave out parts marked data-pagefind-ignore (badges), then drop the tags.
  const kept = html.replace(/<([a-z]+)\b[^>]*\sdata-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return decode(kept.replace(/<[^>]+>/g, ' '));
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, ref: string) => {
    const r = ref.toLowerCase();
    if (r.startsWith('#x')) return String.fromCodePoint(parseInt(r.slice(2), 16));
    if (r.startsWith('#')) return String.fromCodePoint(parseInt(r.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[r] ?? '';
  });
}
