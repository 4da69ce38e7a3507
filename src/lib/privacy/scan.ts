/**
 * The personal-data check over one file: its decoded text (./extract.ts), folded (./fold.ts), searched
 * (./detect.ts), each match tied to the source line and column, masked (./mask.ts) and sorted by the
 * allowances (./allow.ts) into errors, notes and allowed lines.
 */
import { fold, foldText, originalSpan } from './fold.ts';
import { detect, type RosterNames, type Rule } from './detect.ts';
import { reduceMarkup, segmentsOf, type Segment } from './extract.ts';
import { allowance, hasReason, markersOf, type Allowances } from './allow.ts';
import { mask } from './mask.ts';

/** A file whose published text is checked. */
export interface TextSource {
  file: string;
  text: string;
  /** Only the YAML fields this accepts are checked (catalogue entities: descriptions, annotations, links). */
  fields?: (field: string) => boolean;
}

export type Status = 'error' | 'note' | 'allowed' | 'marked';

export interface Finding {
  rule: Rule;
  file: string;
  line: number;
  column: number;
  /** What was found, masked: safe to print. */
  masked: string;
  /** The YAML field it is in, when there is one. */
  field?: string | undefined;
  /** Roster names: the participant code. */
  code?: string | undefined;
  status: Status;
  /** For `marked`: the reason given on the line. */
  reason?: string | undefined;
  /** The folded value, kept for the output scan's allow list. Never print it. */
  folded: string;
}

/** A marker with no reason: an error of its own (the line stays unallowed). */
export interface BadMarker {
  file: string;
  line: number;
}

export interface ScanContext {
  roster: readonly RosterNames[];
  allow: Allowances;
}

/** The first run of letters or digits of a match, for finding it again in the source line. */
function anchors(value: string): string[] {
  const f = foldText(value).trim();
  return [f.split(/\s/)[0]!, /[\p{L}\p{N}]{2,}/u.exec(f)?.[0] ?? f.slice(0, 1)].filter(Boolean);
}

/** `\u00eb`, `\x41` and `\U0001F600` as the characters they stand for. */
function decodeYamlEscapes(s: string): string {
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8}))/g, (_m, a?: string, b?: string, c?: string) => String.fromCodePoint(parseInt((a ?? b ?? c)!, 16)));
}

/** The source line and column of a match at `offset` in a segment's text. */
function locate(seg: Segment, offset: number, value: string, lines: readonly string[]): { line: number; column: number } {
  const before = seg.text.slice(0, offset);
  const breaks = before.split('\n').length - 1;
  const keys = anchors(value);
  const columnIn = (line: number): number | undefined => {
    const raw = lines[line - 1] ?? '';
    // As written first; then with YAML escapes and character references decoded (the column is then approximate).
    for (const text of [foldText(raw), foldText(reduceMarkup(decodeYamlEscapes(raw)))]) {
      for (const key of keys) {
        const i = text.indexOf(key);
        if (i >= 0) return i + 1;
      }
    }
    return undefined;
  };
  if (seg.exactLines) {
    const line = seg.line + breaks;
    return { line, column: columnIn(line) ?? (breaks === 0 ? seg.column + offset : before.length - before.lastIndexOf('\n')) };
  }
  // Folded and flow YAML: the decoded text does not keep the source's line breaks; look for the match.
  for (let line = seg.line; line <= seg.endLine; line++) {
    const column = columnIn(line);
    if (column !== undefined) return { line, column };
  }
  return { line: seg.line, column: seg.column };
}

/** Every piece of personal data in a file, with its status. */
export function scanSource(source: TextSource, ctx: ScanContext): { findings: Finding[]; badMarkers: BadMarker[] } {
  const lines = source.text.split('\n').map((l) => l.replace(/\r$/, ''));
  const markers = markersOf(source.text);
  const findings: Finding[] = [];
  for (const seg of segmentsOf(source.file, source.text)) {
    if (seg.field !== undefined && source.fields && !source.fields(seg.field)) continue;
    const f = fold(seg.text);
    for (const d of detect(f.text, ctx.roster, { text: seg.text, at: f.at })) {
      const span = originalSpan(f, seg.text, d.start, d.end);
      const value = seg.text.slice(span.start, span.end);
      const folded = f.text.slice(d.start, d.end);
      const at = locate(seg, span.start, value, lines);
      const allowed = allowance(d, folded, ctx.allow);
      const marker = markers.get(at.line);
      let status: Status = allowed ?? 'error';
      if (status === 'error' && marker && hasReason(marker)) status = 'marked';
      findings.push({ rule: d.rule, file: source.file, ...at, masked: mask(d, value), field: seg.field, code: d.code, status, reason: status === 'marked' ? marker!.reason : undefined, folded });
    }
  }
  const badMarkers = [...markers.values()].filter((m) => !hasReason(m)).map((m) => ({ file: source.file, line: m.line }));
  return { findings, badMarkers };
}

/**
 * The catalogue fields whose text is published as prose: titles, descriptions, annotations, links. A
 * User's or Group's profile (name, e-mail) is the staff directory the site shows by design, and is left
 * to the catalogue's owners.
 */
export function catalogueField(field: string): boolean {
  return /(^|\.)metadata\.(title|description|annotations|links)(\.|$)/.test(field);
}
