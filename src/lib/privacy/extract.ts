/**
 * What a reader will see, taken out of the files as written: YAML values decoded (escapes such as
 * `"Zo\u00eb"` resolved), Markdown and MDX reduced to their text and link targets (links, tags and their
 * attribute values, character references decoded, emphasis and escapes dropped), every piece tied to the
 * line it came from. The reduction keeps line breaks where they were, so a match found in it is reported
 * on the line of the source.
 */
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node } from 'yaml';

/** A piece of decoded text and where it starts in the source file. */
export interface Segment {
  text: string;
  /** 1-based line and column of the text's start in the source file. */
  line: number;
  column: number;
  /** The last source line the text comes from. */
  endLine: number;
  /** True when line breaks in `text` are line breaks in the source (Markdown, literal block scalars). */
  exactLines: boolean;
  /** For YAML values: the field path (`metadata.description`, `observations.2.quote`). */
  field?: string;
}

// ------------------------------------------------------------------------------ character references

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', commat: '@', period: '.', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']',
  plus: '+', hyphen: '‐', dash: '‐', colon: ':', sol: '/', zwj: '\u200d', zwnj: '\u200c', ZeroWidthSpace: '\u200b', szlig: 'ß',
  aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ', oelig: 'œ', OElig: 'Œ', num: '#',
};
/** `&eacute;`, `&Ouml;`, `&ccedil;`: a letter and a combining mark, composed by NFC. */
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030a', cedil: '\u0327', caron: '\u030c' };

/** Decodes HTML character references: numeric, the common named ones and every accented Latin letter. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    const named = NAMED[ref] ?? NAMED[ref.toLowerCase()];
    if (named !== undefined) return named;
    const accent = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/.exec(ref);
    return accent ? `${accent[1]}${ACCENTS[accent[2]!]}`.normalize('NFC') : m;
  });
}

// ---------------------------------------------------------------------------------------- Markdown

/** Replaces a span with `text`, keeping as many line breaks as the span had (so later lines stay put). */
function keepLines(span: string, text: string): string {
  const breaks = span.split('\n').length - 1;
  return breaks === 0 ? text : `${text.replace(/\n/g, ' ')}${'\n'.repeat(breaks)}`;
}

const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

/** The values of a tag's attributes, which readers see as links, titles and alt text. */
function attributeValues(tag: string): string {
  const values: string[] = [];
  for (const m of tag.matchAll(ATTRIBUTE)) values.push(m[2] ?? m[3] ?? (m[4] ?? '').replace(/^\s*["'`]|["'`]\s*$/g, ''));
  return values.length ? ` ${values.join(' ')} ` : ' ';
}

/**
 * Markdown, MDX or HTML reduced to what a reader sees and follows: text, link targets, attribute values.
 * Comments (which never reach the page) and MDX import/export lines are blanked. Line breaks stay where
 * they were.
 */
export function reduceMarkup(text: string): string {
  let s = text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => keepLines(m, ' '))
    .replace(/<!--[\s\S]*?-->/g, (m) => keepLines(m, ' '))
    .replace(/^(?:import\s[^\n]*\sfrom\s*['"][^\n]*|export\s+(?:const|let|default|function)\s[^\n]*)$/gm, ' ');
  // Autolinks before tags: <https://…>, <mailto:…>, <name@host>.
  s = s.replace(/<((?:https?|mailto|tel):[^\s<>]+|[^\s<>@]+@[^\s<>]+)>/gi, ' $1 ');
  s = s.replace(/<\/?[A-Za-z][\w.:-]*(?:\s(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)?\/?>/g, (m) => keepLines(m, attributeValues(m)));
  // Links and images: [text](target "title") and reference definitions.
  s = s.replace(/!?\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'(]([^"')]*)["')])?\s*\)/g, (_m, t: string, u: string, title: string | undefined) => ` ${t} ${u} ${title ?? ''} `);
  s = s.replace(/^(\s*)\[[^\]\n]+\]:\s*<?(\S+?)>?((?:\s.*)?)$/gm, '$1 $2 $3');
  s = s.replace(/\b(?:mailto|tel|callto|sms):/gi, ' ');
  s = decodeEntities(s);
  // Backslash escapes, emphasis, code spans, blockquote markers and table pipes.
  s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  s = s.replace(/[*~`]/g, '').replace(/^[ \t]*(?:>[ \t]?)+/gm, '').replace(/\|/g, ' ');
  return s;
}

// -------------------------------------------------------------------------------------------- YAML

/**
 * Every string value of a YAML file (each document of a multi-document file), decoded and reduced,
 * with its field path and lines. `lineOffset` is added to every line (front matter starts on line 2).
 * A file that is not valid YAML yields what could be read (its errors are reported by the loaders).
 */
export function yamlSegments(text: string, lineOffset = 0): Segment[] {
  const counter = new LineCounter();
  const out: Segment[] = [];
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: counter });
  } catch {
    return out;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        visit(pair.value, [...path, typeof key === 'number' ? key : String(key ?? '?')]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const start = counter.linePos(node.range[0]);
      const end = counter.linePos(Math.max(node.range[0], node.range[1] - 1));
      const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
      const literal = node.type === Scalar.BLOCK_LITERAL;
      out.push({
        text: reduceMarkup(node.value),
        line: (block ? start.line + 1 : start.line) + lineOffset,
        column: start.col,
        endLine: end.line + lineOffset,
        exactLines: literal,
        field: path.join('.'),
      });
    }
  };
  for (const doc of list) visit((doc as { contents: Node | null }).contents, []);
  return out;
}

/**
 * A Markdown or MDX file: its front matter as YAML values, its body reduced. A file without front
 * matter is all body.
 */
export function markdownSegments(text: string): Segment[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return [{ text: reduceMarkup(text), line: 1, column: 1, endLine: text.split('\n').length, exactLines: true }];
  const matterLines = m[1]!.split('\n').length;
  const bodyLine = matterLines + 3;
  const body = text.slice(m[0].length);
  return [...yamlSegments(m[1]!, 1), { text: reduceMarkup(body), line: bodyLine, column: 1, endLine: bodyLine + body.split('\n').length - 1, exactLines: true }];
}

/** The segments of a source file, by its extension. */
export function segmentsOf(file: string, text: string): Segment[] {
  if (/\.(ya?ml)$/i.test(file)) return yamlSegments(text);
  if (/\.(md|mdx|markdown)$/i.test(file)) return markdownSegments(text);
  if (/\.html?$/i.test(file)) return [{ text: reduceMarkup(text), line: 1, column: 1, endLine: text.split('\n').length, exactLines: true }];
  return [{ text, line: 1, column: 1, endLine: text.split('\n').length, exactLines: true }];
}
