/**
 * Text handling shared by the vocabulary, the suggestions and the ranking: one notion of a "word".
 */

/** Lower case, accents removed, Unicode compatibility forms folded. */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text: runs of letters and digits, normalised. "shipments-db" gives shipments, db. */
export function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A phrase in a comparable form: its words joined by single spaces ("Data-Platform " -> "data platform"). */
export function phrase(text: string): string {
  return words(text).join(' ');
}

/**
 * Words that carry no subject in the questions people type ("how do I get a database"). Kept short on
 * purpose: a word that could be a subject (deploy, access, new) is not here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be by can cannot could do does for from how i in into is it its me my of on or our ' +
    'should so that the their there this to we what whats when where which who why will with would you your now ' +
    'want need get got up off').split(' '),
);

/** The content words of a query: its words without stop words (all of them when every word is a stop word). */
export function contentWords(query: string): string[] {
  const all = words(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length ? content : all;
}

/** A word without a common English ending (migrations -> migr, caching -> cach), keeping at least 3 letters. */
export function stem(word: string): string {
  for (const ending of ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  return word;
}
const ENDINGS = ['ations', 'ation', 'ates', 'ate', 'ions', 'ion', 'ings', 'ing', 'ers', 'er', 'es', 'ed', 's', 'e'];

/** Two words match when they have the same stem (alert, alerts; migrate, migrations), never by a bare prefix (data, database). */
export function sameWord(a: string, b: string): boolean {
  return a === b || stem(a) === stem(b);
}
