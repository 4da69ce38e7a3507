/**
 * Comments in multi-document descriptor files, kept with the document they describe when the import writes
 * documents one by one. The YAML parser gives a comment that sits before a `---` to the document above it,
 * and a comment before the first `---` (a file's prelude) to the first document, above its marker; a reader
 * means both for the document that follows.
 */
import { isNode, isScalar, type Document } from 'yaml';

/**
 * A copy of document `index` (from 0) of `docs`, with the comment written between it and the document
 * before it moved onto its contents, and its own trailing comment left for the next document (the last
 * document keeps its own). Its text then starts with its comments, without a `---` line of its own.
 */
export function withLeadingComments(docs: readonly Document[], index: number): Document {
  const doc = docs[index]!.clone();
  const prev = index > 0 ? docs[index - 1]! : undefined;
  // An empty document before this one (a comment-only prelude between two `---`) gives all its comments.
  const empty = prev && (prev.contents === null || (isScalar(prev.contents) && prev.contents.value === null));
  const fromPrev = !prev ? [] : empty ? [prev.commentBefore, isScalar(prev.contents) ? prev.contents.commentBefore : null, isScalar(prev.contents) ? prev.contents.comment : null, prev.comment] : [prev.comment];
  const before = [...fromPrev, doc.commentBefore].filter((c): c is string => Boolean(c));
  doc.commentBefore = null;
  if (index < docs.length - 1) doc.comment = null;
  if (before.length > 0 && isNode(doc.contents)) {
    doc.contents.commentBefore = [...before, doc.contents.commentBefore].filter(Boolean).join('\n');
  }
  return doc;
}
