/**
 * The search both search boxes use: Pagefind finds candidates, `src/lib/search` re-ranks them by what the
 * reader meant, and when a query word is in no result's title the build's vocabulary (loaded then, once)
 * gives a spelling suggestion, which is searched automatically when nothing matched.
 */
import { sitePath } from './base.ts';
import { loadPagefind, type PagefindResponse, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { parseQuery, type QueryIntent } from '../lib/search/intent.ts';
import { isWeak, rankCandidates, type Candidate, type Scored } from '../lib/search/score.ts';
import { suggestQuery, type QuerySuggestion } from '../lib/search/suggest.ts';
import { readVocabulary, type Vocabulary } from '../lib/search/vocabulary.ts';
import { STOP_WORDS, sameWord, words } from '../lib/search/text.ts';

type Filters = Record<string, { any: string[] }>;

export interface Result extends Scored {
  data: PagefindResultData;
  owner: string | undefined;
}

export interface SearchRun {
  /** The query as the reader typed it. */
  typed: string;
  /** The query whose results are shown: the typed one, or the suggestion searched instead of it. */
  shown: string;
  intent: QueryIntent;
  results: Result[];
  /** Pagefind's response for the shown query (its filter counts). */
  response: PagefindResponse;
  /** Results of the whole query past the ranked candidates, in Pagefind's order (data not loaded). */
  rest: PagefindResult[];
  /** How many pages matched: the ranked candidates and the rest. */
  total: number;
  /** A spelling suggestion for the typed query, when it has words the vocabulary does not know. */
  suggestion: QuerySuggestion | undefined;
  /** True when the suggestion was searched instead of the typed query (nothing matched it). */
  corrected: boolean;
  /** For an ownership question answered by a team or a catalogue entity: that result. */
  answer: Result | undefined;
}

/** How many of Pagefind's results are fetched and re-ranked: of the whole query, and of each word alone. */
export interface Depth {
  whole: number;
  perWord: number;
}
/** The search page's depth; the header box shows 8 results and fetches fewer (`{ whole: 10, perWord: 4 }`). */
export const PAGE_DEPTH: Depth = { whole: 16, perWord: 6 };
const QUESTION_WORDS = new Set([...STOP_WORDS, 'owns', 'owner', 'owners', 'team', 'runs', 'maintains']);

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/** The build's vocabulary, fetched on first use (after the first query), once. */
export function loadVocabulary(): Promise<Vocabulary | undefined> {
  vocabulary ??= fetch(sitePath('/search/vocabulary.json'))
    .then((r) => (r.ok ? r.json() : undefined))
    .then((data: unknown) => readVocabulary(data))
    .catch(() => undefined);
  return vocabulary;
}

const split = (value: string | undefined) => (value ?? '').split(';').map((s) => s.trim()).filter(Boolean);

async function rank(term: string, filters: Filters | undefined, depth: Depth): Promise<{ intent: QueryIntent; results: Result[]; response: PagefindResponse; rest: PagefindResult[] }> {
  const pagefind = await loadPagefind();
  const intent = parseQuery(term);
  const query = intent.terms.join(' ');
  const opts = filters && Object.keys(filters).length ? { filters } : undefined;
  const search = (q: string) => (opts ? pagefind.search(q, opts) : pagefind.search(q));
  // Every word of a longer query is also searched alone, so a page that has most of them is not lost
  // because it lacks one ("how do I roll back a bad release").
  const [response, ...perWord] = await Promise.all([search(query), ...(intent.terms.length > 1 ? intent.terms.map((w) => search(w)) : [])]);
  const pool = new Map<string, { position: number; termHits: number; load: () => Promise<PagefindResultData> }>();
  response.results.slice(0, depth.whole).forEach((r, i) => pool.set(r.id, { position: i, termHits: Math.max(1, intent.terms.length), load: () => r.data() }));
  perWord.forEach((res) =>
    res.results.forEach((r, i) => {
      const seen = pool.get(r.id);
      if (seen) {
        if (seen.termHits < intent.terms.length) seen.termHits += 1;
      } else if (i < depth.perWord) {
        pool.set(r.id, { position: depth.whole + i, termHits: 1, load: () => r.data() });
      }
    }),
  );
  const entries = [...pool.values()];
  const data = await Promise.all(entries.map((e) => e.load()));
  const candidates = entries.map((e, i): Candidate & { data: PagefindResultData } => {
    const d = data[i]!;
    return { url: d.url, title: d.meta['title'] ?? d.url, type: d.filters['type']?.[0] ?? 'Page', aliases: split(d.meta['aliases']), names: split(d.meta['name']), position: e.position, termHits: e.termHits, data: d };
  });
  const byUrl = new Map(candidates.map((c) => [c.url, c.data]));
  const results = rankCandidates(candidates, intent).map((s) => ({ ...s, data: byUrl.get(s.url)!, owner: byUrl.get(s.url)!.filters['owner']?.[0] }));
  const rest = response.results.slice(depth.whole).filter((r) => !pool.has(r.id));
  return { intent, results, response, rest };
}

/** Searches a typed query: ranked results, a suggestion when words are unknown, the suggestion's results when nothing matched. */
export async function searchSite(term: string, filters?: Filters, depth: Depth = PAGE_DEPTH): Promise<SearchRun> {
  const first = await rank(term, filters, depth);
  // The vocabulary is needed only when a word of the query is in no title, name or alias among the
  // results (a typo, or a word only the body has); a common query never fetches it.
  const labelWords = new Set(first.results.flatMap((r) => [r.title, ...r.names, ...r.aliases]).flatMap((l) => words(l)));
  const unknown = words(term).some((w) => !QUESTION_WORDS.has(w) && ![...labelWords].some((l) => sameWord(w, l)));
  const vocab = unknown ? await loadVocabulary() : undefined;
  const suggestion = vocab ? suggestQuery(term, vocab, QUESTION_WORDS) : undefined;
  let shown = { term, ...first };
  let corrected = false;
  if (suggestion && isWeak(first.results, first.intent)) {
    const again = await rank(suggestion.query, filters, depth);
    if (again.results.length && !isWeak(again.results, again.intent)) {
      shown = { term: suggestion.query, ...again };
      corrected = true;
    }
  }
  const top = shown.results[0];
  const answer = shown.intent.kind === 'ownership' && top && (top.type === 'Team' || top.type === 'Catalogue') ? top : undefined;
  const { intent, results, response, rest } = shown;
  return { typed: term, shown: shown.term, intent, results, response, rest, total: results.length + rest.length, suggestion, corrected, answer };
}
