/**
 * What a query asks. Most queries are words to look for; an ownership question ("who owns payments",
 * "owner of shipments-db", "sre team") asks for an entity and its owner, or a team page, so the search
 * looks for its subject alone and prefers catalogue entities and teams.
 */
import { contentWords, phrase } from './text.ts';

export interface QueryIntent {
  kind: 'search' | 'ownership';
  /** The query as typed, trimmed. */
  raw: string;
  /** For an ownership question, what it asks about ("payments api"); otherwise the whole query as a phrase. */
  subject: string;
  /** The words to search for: the subject's content words. */
  terms: string[];
}

const OWNERSHIP: RegExp[] = [
  /^(?:who|which team|what team)\s+(?:owns|runs|maintains|looks after|is responsible for|supports)\s+(.+)$/,
  /^(?:who is the |the )?owners?\s+(?:of|for)\s+(.+)$/,
  /^(.+?)\s+(?:team|owner|owners)$/,
];

/** Parses a query. Ownership patterns are matched on the normalised phrase; "the" before a subject is dropped. */
export function parseQuery(query: string): QueryIntent {
  const raw = query.trim();
  const p = phrase(raw);
  for (const pattern of OWNERSHIP) {
    const m = pattern.exec(p);
    const subject = m?.[1]?.replace(/^(?:the|our|a)\s+/, '').trim();
    if (subject) return { kind: 'ownership', raw, subject, terms: contentWords(subject) };
  }
  return { kind: 'search', raw, subject: p, terms: contentWords(raw) };
}
