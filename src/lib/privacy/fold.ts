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
const NON_ASCII = /[^\x00-\x7f]/gu;

export interface Folded {
  /** The folded text. */
  text: string;
  /** The index in the original that the folded character at `i` came from. */
  at: (i: number) => number;
}

/** Folds one character that is not ASCII. */
function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC').normalize('NFD')) if (!MARK.test(c)) out += c;
  // Letters NFD leaves whole but readers take for their base letter.
  return out.toLowerCase().replace(/[øł]/g, (c) => (c === 'ø' ? 'o' : 'l'));
}

/**
 * Folds one string. ASCII (most of any text) only changes case, so the offset map is kept as
 * breakpoints where the offsets shift, not one entry per character.
 */
export function fold(original: string): Folded {
  // Breakpoints: from folded index `f` on, the original index is `o + (i - f)`, or `o` itself when `fixed`
  // (the characters a single character expanded to all come from it).
  const fs: number[] = [0];
  const os: number[] = [0];
  const fixed: boolean[] = [false];
  const parts: string[] = [];
  let last = 0;
  let length = 0;
  for (const m of original.matchAll(NON_ASCII)) {
    if (m.index > last) {
      parts.push(original.slice(last, m.index).toLowerCase());
      length += m.index - last;
    }
    const out = foldChar(m[0]);
    if (out.length > 0) {
      fs.push(length), os.push(m.index), fixed.push(true);
      parts.push(out);
      length += out.length;
    }
    last = m.index + m[0].length;
    fs.push(length), os.push(last), fixed.push(false);
  }
  parts.push(original.slice(last).toLowerCase());
  const text = parts.join('');
  const at = (i: number): number => {
    let lo = 0;
    let hi = fs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fs[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return fixed[lo] ? os[lo]! : os[lo]! + (i - fs[lo]!);
  };
  return { text, at };
}

/** The folded form alone, for comparing names and values. */
export function foldText(s: string): string {
  return fold(s).text;
}

/** The original span behind a folded span [start, end). */
export function originalSpan(f: Folded, original: string, start: number, end: number): { start: number; end: number } {
  const s = start < f.text.length ? f.at(start) : original.length;
  let e = end > start ? f.at(end - 1) + 1 : s;
  // Take in the whole code point and any combining marks that followed it (they were folded away).
  while (e < original.length && (/[\uDC00-\uDFFF]/.test(original.charAt(e)) || MARK.test(original.charAt(e)) || INVISIBLE.test(original.charAt(e)))) e++;
  return { start: s, end: e };
}
