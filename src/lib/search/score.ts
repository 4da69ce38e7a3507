/**
 * Re-ranking of Pagefind's candidates by what the reader meant. Pagefind ranks by word statistics over
 * whole pages; readers type the name of a thing or a word a guide declares as an alias. In order:
 *   1. a page whose title, name or alias is the query (or the ownership question's subject);
 *   2. pages whose title, names and aliases contain more of the query's words (aliases count like the title);
 *   3. pages where Pagefind found more of the query's words anywhere;
 *   4. for the same strength of match: guides before catalogue entities, teams, research and updates
 *      (for an ownership question: teams and catalogue entities first);
 *   5. Pagefind's own order.
 */
import type { QueryIntent } from './intent.ts';
import { sameWord, words } from './text.ts';

export interface Candidate {
  url: string;
  title: string;
  /** The page's type, as its `type` search filter says ("Guide", "Catalogue", "Team", ...). */
  type: string;
  aliases: readonly string[];
  /** Catalogue and team names (`payments-api`). */
  names: readonly string[];
  /** Position in Pagefind's order (0 = first). */
  position: number;
  /** How many of the query's words Pagefind found on the page (1 when only the whole query was searched). */
  termHits: number;
}

export interface Scored extends Candidate {
  score: number;
  /** The page's title, name or an alias is the query. */
  exact: boolean;
}

const TYPE_BOOST: Record<string, number> = {
  Guide: 1,
  'Onboarding path': 0.5,
  Playbook: 0.5,
  Finding: 0.5,
  Team: 0.45,
  Catalogue: 0.4,
  'Roadmap item': 0.3,
  Update: 0.1,
  'Interview note': 0,
  Metrics: 0,
};
const OWNERSHIP_BOOST: Record<string, number> = { Team: 1, Catalogue: 0.9 };

/** Two phrases are the same when they have as many words and each pair is the same word. */
export function samePhrase(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return x.length > 0 && x.length === y.length && x.every((w, i) => sameWord(w, y[i]!));
}

export function scoreCandidate(c: Candidate, intent: QueryIntent): Scored {
  const subject = intent.kind === 'ownership' ? intent.subject : intent.terms.join(' ');
  const labels = [c.title, ...c.names, ...c.aliases];
  const exact = labels.some((l) => samePhrase(l, subject) || (intent.kind === 'search' && samePhrase(l, intent.raw)));
  const labelWords = labels.flatMap((l) => words(l));
  const terms = intent.terms.length ? intent.terms : words(subject);
  const covered = terms.filter((t) => labelWords.some((w) => sameWord(t, w))).length;
  const coverage = terms.length ? covered / terms.length : 0;
  const found = terms.length ? Math.min(c.termHits, terms.length) / terms.length : 0;
  const type = intent.kind === 'ownership' ? (OWNERSHIP_BOOST[c.type] ?? 0) : (TYPE_BOOST[c.type] ?? 0);
  const score = (exact ? 4 : 0) + 2 * coverage + 1.5 * found + type + 0.25 / (1 + c.position);
  return { ...c, score, exact };
}

/** Candidates in the order to show them. Stable: equal scores keep Pagefind's order. */
export function rankCandidates(candidates: readonly Candidate[], intent: QueryIntent): Scored[] {
  return candidates
    .map((c) => scoreCandidate(c, intent))
    .sort((a, b) => b.score - a.score || a.position - b.position);
}

/**
 * Whether the results answer the query at all: some candidate has a query word in its title, names or
 * aliases, or Pagefind found every word of the query on it. When not, a spelling suggestion is searched
 * instead (if there is one).
 */
export function isWeak(ranked: readonly Scored[], intent: QueryIntent): boolean {
  if (ranked.length === 0) return true;
  const terms = intent.terms;
  return !ranked.some((r) => {
    const labelWords = [r.title, ...r.names, ...r.aliases].flatMap((l) => words(l));
    return terms.some((t) => labelWords.some((w) => sameWord(t, w))) || (terms.length > 1 && r.termHits >= terms.length);
  });
}

