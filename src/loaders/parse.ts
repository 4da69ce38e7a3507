/**
 * Parsing of content files into plain data plus a way to find the line of any field.
 * Pure functions over text, so the build, the toolkit and the unit tests share them.
 */
import matter from 'gray-matter';
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';
import { error, type Problem } from '../lib/problems.ts';

/** Finds the 1-based line of a field path within a parsed YAML document; falls back to the nearest parent. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

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
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = ((e as { reason?: string }).reason ?? (e as Error).message).split('\n')[0];
    return { problems: [error(file, `front matter is not valid YAML: ${reason}`, { line: mark?.line !== undefined ? mark.line + 2 : undefined })] };
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [error(file, 'front matter must be a set of "field: value" lines', { line: 2 })] };
  }
  // The front matter text starts on line 2 (after the opening ---); gray-matter keeps its leading newline.
  const offset = parsed.matter.startsWith('\n') ? 0 : 1;
  const matterLines = parsed.matter.split('\n').length;
  // Line numbers are only needed to report a problem, so the position-keeping parse is done on first use:
  // parsing every file's front matter twice was a large share of the content check (see bench/README.md).
  const matterText = parsed.matter;
  let finder: LineOf | undefined;
  const lineOf: LineOf = (path) => {
    if (!finder) {
      const counter = new LineCounter();
      finder = lineFinder(parseDocument(matterText, { lineCounter: counter }), counter, offset);
    }
    return finder(path);
  };
  return {
    value: { data: data as Record<string, unknown>, body: parsed.content, lineOf, bodyLine: matterLines + 2 },
    problems: [],
  };
}

export interface YamlDocument {
  /** Position in the file, counting from 1. */
  index: number;
  /** Line of the document's first content line. */
  line: number;
  data: unknown;
  lineOf: LineOf;
}

/** Parses a single- or multi-document YAML file; each malformed document is a problem with its line. */
export function parseYamlDocuments(text: string, file: string): { documents: YamlDocument[]; problems: Problem[] } {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter });
  const documents: YamlDocument[] = [];
  const problems: Problem[] = [];
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    problems.push(error(file, 'is not valid YAML', { line: 1 }));
  }
  list.forEach((doc, i) => {
    const index = i + 1;
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const line = e.linePos?.[0]?.line;
        problems.push(error(file, `document ${index} is not valid YAML: ${e.message.split('\n')[0]!.replace(/:$/, '')}`, { line }));
      }
      return;
    }
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) return; // an empty document, e.g. a trailing ---
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    documents.push({ index, line: counter.linePos(start).line, data, lineOf: lineFinder(doc, counter, 0) });
  });
  return { documents, problems };
}

/** Parses a single-document YAML file. */
export function parseYamlFile(text: string, file: string): { value?: YamlDocument; problems: Problem[] } {
  const { documents, problems } = parseYamlDocuments(text, file);
  if (problems.length) return { problems };
  if (documents.length !== 1) {
    return { problems: [error(file, documents.length === 0 ? 'is empty' : 'must hold a single YAML document (remove the "---" separators)', { line: 1 })] };
  }
  return { value: documents[0]!, problems: [] };
}
