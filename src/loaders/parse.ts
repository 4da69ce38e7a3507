/**
 * Parsing of content files into plain data plus a way to find the line of any field.
 * Pure functions over text, so the build, the toolkit and the unit tests share them.
 */
import matter from 'gray-matter';
import { LineCounter, Scalar, isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';
import { error, warning, type Problem } from '../lib/content/problems.ts';
import { impossibleDate } from '../schemas/shared.ts';
import type { LineOf } from '../lib/content/types.ts';

export type { LineOf };

function lineFinder(doc: Document, counter: LineCounter, lineOffset: number): LineOf {
  return (path) => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? counter.linePos((node as Node).range![0]).line : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = counter.linePos(keyNode.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = counter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return line === undefined ? undefined : line + lineOffset;
  };
}

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  body: string;
  lineOf: LineOf;
  /** The line the body starts on. */
  bodyLine: number;
}

/**
 * Splits a Markdown/MDX file into front matter and body. Malformed YAML or a missing front matter block
 * becomes a problem with the line, never an exception.
 */
export function parseFrontmatter(text: string, file: string): { value?: ParsedFrontmatter; problems: Problem[] } {
  if (!/^---\r?\n/.test(text)) {
    return { problems: [error(file, 'has no front matter: start the file with a "---" line, the fields, and another "---" line', { line: 1 })] };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; pass a fresh options object to keep results independent.
    parsed = matter(text, {});
  } catch (e) {
    // js-yaml counts lines from 0, starting at the rest of the opening "---" line (gray-matter keeps the
    // line break after it), so its line 0 is the file's line 1.
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = ((e as { reason?: string }).reason ?? (e as Error).message).split('\n')[0];
    return { problems: [error(file, `front matter is not valid YAML: ${reason}`, { line: mark?.line !== undefined ? mark.line + 1 : undefined })] };
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [error(file, 'front matter must be a set of "field: value" lines', { line: 2 })] };
  }
  // The front matter text starts with the line break of the opening --- (\n, or \r\n in a file with
  // Windows line endings), so its line 2 is the file's line 2.
  const offset = /^\r?\n/.test(parsed.matter) ? 0 : 1;
  const matterLines = parsed.matter.split('\n').length;
  // Line numbers are only needed to report a problem, so the position-keeping parse is done on first use:
  // parsing every file's front matter twice was a large share of the content check (see bench/README.md).
  const matterText = parsed.matter;
  let doc: { document: Document; counter: LineCounter } | undefined;
  const positioned = () => {
    if (!doc) {
      const counter = new LineCounter();
      doc = { document: parseDocument(matterText, { lineCounter: counter }), counter };
    }
    return doc;
  };
  let finder: LineOf | undefined;
  const lineOf: LineOf = (path) => {
    finder ??= lineFinder(positioned().document, positioned().counter, offset);
    return finder(path);
  };
  // js-yaml turns an unquoted date into a Date, and rolls an impossible one over (2026-02-30 becomes
  // 2 March) without a word. Such a value is put back as the text that was written, so the schema rejects
  // it by name, field and line instead of accepting another day. Only front matter that holds such a
  // date pays for the second parse.
  if (hasImpossibleTimestamp(matterText)) restoreImpossibleTimestamps(positioned().document, data as Record<string, unknown>);
  return {
    value: { data: data as Record<string, unknown>, body: parsed.content, lineOf, bodyLine: matterLines + 2 },
    problems: [],
  };
}

/** js-yaml's (YAML 1.1) timestamp forms: what it turns into a Date when written unquoted. */
const YAML_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const YAML_TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;
/** Anything that looks like a date or timestamp, anywhere in the text: a cheap test before a real parse. */
const DATE_LIKE = /(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d))?/g;

/** True when a date's numbers name no real day, or its time no real time (js-yaml rolls both over). */
function impossible(m: RegExpMatchArray | RegExpExecArray): boolean {
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number, number, number, number];
  return impossibleDate(y, mo, d) !== undefined || h > 23 || mi > 59 || sec > 59;
}

function hasImpossibleTimestamp(text: string): boolean {
  for (const m of text.matchAll(DATE_LIKE)) if (impossible(m)) return true;
  return false;
}

/** Puts the written text back wherever an unquoted impossible date sits in `data` (see parseFrontmatter). */
function restoreImpossibleTimestamps(doc: Document, data: Record<string, unknown>): void {
  const visit = (node: unknown, parent: Record<string, unknown> | unknown[], key: string | number): void => {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const value = (parent as Record<string | number, unknown>)[key];
      if (!value || typeof value !== 'object') return;
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof k === 'string' || typeof k === 'number') visit(pair.value, value as Record<string, unknown>, String(k));
      }
    } else if (isSeq(node)) {
      const value = (parent as Record<string | number, unknown>)[key];
      if (!Array.isArray(value)) return;
      node.items.forEach((item, i) => visit(item, value, i));
    } else if (isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string') {
      const m = YAML_DATE.exec(node.value) ?? YAML_TIMESTAMP.exec(node.value);
      if (m && impossible(m) && (parent as Record<string | number, unknown>)[key] instanceof Date) {
        (parent as Record<string | number, unknown>)[key] = node.value;
      }
    }
  };
  visit(doc.contents, { root: data }, 'root');
}

export interface YamlDocument {
  /** Position in the file, counting from 1. */
  index: number;
  /** Line of the document's first content line. */
  line: number;
  data: unknown;
  lineOf: LineOf;
  /** The document's own text, as written (for checks that read text, such as template placeholders). */
  source: string;
}

/** A document that is not valid YAML: reported, and kept as far as the parser could read it. */
export interface BrokenYamlDocument {
  /** Position in the file, counting from 1. */
  index: number;
  /** Line of the document's first content line. */
  line: number;
  /** What the parser made of it despite the errors (may be incomplete or wrong); undefined when nothing. */
  partial: unknown;
  /** The document's own text, as written. */
  source: string;
}

/** Lines of the mapping keys that are themselves mappings or lists (`{ a }: b`), which plain objects turn into text. */
function collectionKeyLines(node: unknown, counter: LineCounter, out: number[] = []): number[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if ((isMap(key) || isSeq(key)) && key.range) out.push(counter.linePos(key.range[0]).line);
      collectionKeyLines(pair.value, counter, out);
    }
  } else if (isSeq(node)) for (const item of node.items) collectionKeyLines(item, counter, out);
  return out;
}

/**
 * Parses a single- or multi-document YAML file; each malformed document is a problem with its line. A
 * malformed document is reported once, at its first error: the parser's later errors in the same document
 * usually follow from the first, and listing them all buries it.
 */
export function parseYamlDocuments(text: string, file: string): { documents: YamlDocument[]; problems: Problem[]; broken: BrokenYamlDocument[] } {
  const counter = new LineCounter();
  // logLevel "error": the parser's own warnings (a key that is a mapping, say) would reach stderr without a
  // file name; the ones that matter are reported below as problems with the file and line.
  const docs = parseAllDocuments(text, { lineCounter: counter, logLevel: 'error' });
  const documents: YamlDocument[] = [];
  const problems: Problem[] = [];
  const broken: BrokenYamlDocument[] = [];
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    problems.push(error(file, 'is not valid YAML', { line: 1 }));
  }
  list.forEach((doc, i) => {
    const index = i + 1;
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    if (doc.errors.length > 0) {
      const first = doc.errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
      const more = doc.errors.length - 1;
      const line = first.linePos?.[0]?.line;
      const tail = more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'} after it in this document, usually caused by this one: fix it and check again)` : '';
      problems.push(error(file, `document ${index} is not valid YAML: ${first.message.split('\n')[0]!.replace(/:$/, '')}${tail}`, { line }));
      let partial: unknown;
      try {
        partial = doc.toJS();
      } catch {
        partial = undefined;
      }
      broken.push({ index, line: counter.linePos(start).line, partial, source: text.slice(doc.range[0], doc.range[2]) });
      return;
    }
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) return; // an empty document, e.g. a trailing ---
    const keyLines = collectionKeyLines(doc.contents, counter);
    if (keyLines.length > 0) {
      problems.push(warning(file, `document ${index} has a key that is itself a mapping or a list (such as "{ name }: value"), which is read as text: quote the key, or write it as plain text`, { line: keyLines[0] }));
    }
    documents.push({ index, line: counter.linePos(start).line, data, lineOf: lineFinder(doc, counter, 0), source: text.slice(doc.range[0], doc.range[2]) });
  });
  return { documents, problems, broken };
}

/** Parses a single-document YAML file. */
export function parseYamlFile(text: string, file: string): { value?: YamlDocument; problems: Problem[] } {
  const { documents, problems } = parseYamlDocuments(text, file);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  if (documents.length !== 1) {
    return { problems: [error(file, documents.length === 0 ? 'is empty' : 'must hold a single YAML document (remove the "---" separators)', { line: 1 })] };
  }
  return { value: documents[0]!, problems };
}
