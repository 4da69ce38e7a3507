/**
 * "Did you mean": the closest vocabulary words to a mistyped query word, by edit distance where a swap
 * of two neighbouring letters counts as one edit (optimal string alignment distance).
 */
import type { Vocabulary } from './vocabulary.ts';
import { MIN_WORD_LENGTH } from './vocabulary.ts';
import { words } from './text.ts';

/** Edit distance with transpositions, or max + 1 as soon as it is known to exceed max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may be away from a suggestion: 1 up to 5 letters, then 2. */
export function allowedEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * The best suggestion for one word, or undefined when the word is known, too short, or has no word
 * close enough. Closest first; among equally close words, the most frequent.
 */
export function suggestWord(word: string, vocabulary: Vocabulary, known: ReadonlySet<string> = new Set(vocabulary.terms)): string | undefined {
  if (word.length < MIN_WORD_LENGTH || known.has(word) || /^\d+$/.test(word)) return undefined;
  const max = allowedEdits(word);
  let best: { term: string; distance: number; count: number } | undefined;
  vocabulary.terms.forEach((term, i) => {
    if (term.length < MIN_WORD_LENGTH) return;
    const distance = editDistance(word, term, max);
    if (distance > max) return;
    const count = vocabulary.counts[i] ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { term, distance, count };
  });
  return best?.term;
}

export interface QuerySuggestion {
  /** The query with every corrected word replaced. */
  query: string;
  /** The words that were replaced, and by what. */
  corrections: { from: string; to: string }[];
}

/**
 * A corrected query: each word not in the vocabulary that has a close suggestion is replaced; other
 * words, and those in `keep` (the words of a question: who, owns), stay as typed. Undefined when nothing
 * would change.
 */
export function suggestQuery(query: string, vocabulary: Vocabulary, keep: ReadonlySet<string> = new Set()): QuerySuggestion | undefined {
  const known = new Set([...vocabulary.terms, ...keep]);
  const corrections: { from: string; to: string }[] = [];
  const out = words(query).map((w) => {
    const s = suggestWord(w, vocabulary, known);
    if (s === undefined) return w;
    corrections.push({ from: w, to: s });
    return s;
  });
  return corrections.length ? { query: out.join(' '), corrections } : undefined;
}
