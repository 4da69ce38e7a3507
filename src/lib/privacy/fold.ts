/**
 * Folding text for comparison the way a reader sees it: NFKC (so full-width `＠`, ligatures and
 * decomposed accents read as what they show), invisible characters dropped (zero-width spaces, soft
 * hyphens, byte-order marks), accents removed and lower case. `Zoë`, `Zoe\u0308`, `ZOË` and `zoe` fold to
 * the same `zoe`. Every folded character remembers where it came from, so a match found in folded text
 * is reported at the right place in the original.
 */

/** Characters a reader never sees: zero-width space/joiners, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;
const MARK = /\p{M}/u;

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original it came from. */
  from: number[];
}

/** Folds one string; the map lets a caller turn a folded offset back into an original one. */
export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of original) {
    const at = i;
    i += ch.length;
    if (INVISIBLE.test(ch)) continue;
    let out = '';
    for (const c of ch.normalize('NFKC').normalize('NFD')) if (!MARK.test(c)) out += c;
    out = out.toLowerCase();
    // Letters NFD leaves whole but readers take for their base letter.
    out = out.replace(/[øł]/g, (c) => (c === 'ø' ? 'o' : 'l'));
    for (let k = 0; k < out.length; k++) from.push(at);
    text += out;
  }
  return { text, from };
}

/** The folded form alone, for comparing names and values. */
export function foldText(s: string): string {
  return fold(s).text;
}

/** The original span behind a folded span [start, end). */
export function originalSpan(f: Folded, original: string, start: number, end: number): { start: number; end: number } {
  const s = f.from[start] ?? original.length;
  const lastFrom = end > start ? f.from[end - 1] : undefined;
  let e = lastFrom === undefined ? s : lastFrom + 1;
  // Take in the whole code point and any combining marks that followed it (they were folded away).
  while (e < original.length && (/[\uDC00-\uDFFF]/.test(original.charAt(e)) || MARK.test(original.charAt(e)) || INVISIBLE.test(original.charAt(e)))) e++;
  return { start: s, end: e };
}
