/**
 * Research synthesis: the figures a round ends with, computed from the coded notes. Per theme the
 * evidence (src/lib/research/evidence.ts), which themes still lack a written finding, which notes were never
 * coded, and saturation: how many themes each successive interview added. Shared by
 * `paved research synthesize` and the site's research pages.
 */
import type { InterviewRecord } from '../../schemas/research.ts';
import { computeEvidence, rankByEvidence, teamKey, type ThemeEvidence } from './evidence.ts';

/** How many interviews in a row must add no new theme before a round counts as saturated. */
export const SATURATION_RUN = 3;

export interface SaturationPoint {
  /** 1 for the first interview in date order. */
  index: number;
  /** The note's id (its file name); show it only for published notes. */
  id: string;
  date: Date;
  published: boolean;
  /** Theme ids this interview raised for the first time, in the order of the coding frame. */
  newThemes: string[];
  /** Distinct themes raised so far, this interview included. */
  cumulative: number;
}

export interface Saturation {
  points: SaturationPoint[];
  /** Interviews at the end of the round that added no new theme. */
  trailingWithoutNew: number;
  /** True when at least SATURATION_RUN interviews in a row at the end added nothing new. */
  saturated: boolean;
  /** The last interview that added a theme, if any. */
  lastNew: SaturationPoint | undefined;
}

type Note = { id: string; data: Pick<InterviewRecord, 'date' | 'observations' | 'published'> };

/**
 * New themes per successive interview, in date order (then file name, for two on one day). Only themes
 * in `themeIds` count, in that order; an observation coded under anything else is ignored here (the
 * check reports it).
 */
export function computeSaturation(themeIds: readonly string[], interviews: readonly Note[]): Saturation {
  const order = new Map(themeIds.map((id, i) => [id, i]));
  const sorted = [...interviews].sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  const points = sorted.map((note, i) => {
    const fresh = [...new Set(note.data.observations.map((o) => o.theme))].filter((t) => order.has(t) && !seen.has(t));
    fresh.sort((a, b) => order.get(a)! - order.get(b)!);
    for (const t of fresh) seen.add(t);
    return { index: i + 1, id: note.id, date: note.data.date, published: note.data.published, newThemes: fresh, cumulative: seen.size };
  });
  let trailing = 0;
  for (let i = points.length - 1; i >= 0 && points[i]!.newThemes.length === 0; i--) trailing += 1;
  const lastNew = [...points].reverse().find((p) => p.newThemes.length > 0);
  return { points, trailingWithoutNew: trailing, saturated: points.length > 0 && trailing >= SATURATION_RUN && trailing < points.length, lastNew };
}

export interface ThemeSynthesis {
  id: string;
  title: string;
  /** Whether a finding has been written for it (a draft counts as written). */
  hasFinding: boolean;
  evidence: ThemeEvidence;
}

export interface Synthesis {
  /** Interviews in the round (every note, published or not). */
  interviews: number;
  /** Published notes among them. */
  published: number;
  /** Distinct teams interviewed. */
  teams: number;
  /** Every theme of the coding frame, strongest evidence first. */
  themes: ThemeSynthesis[];
  /** Themes with no written finding yet, in coding-frame order. */
  withoutFinding: string[];
  /** Notes with no coded observation. */
  uncoded: string[];
  saturation: Saturation;
}

export interface SynthesisInput {
  /** The coding frame, in its own order. */
  themes: readonly { id: string; title: string }[];
  /** Ids of the findings written so far. */
  findingIds: Iterable<string>;
  /** Every note, reduced by consent (toInterviewRecord), so quotes follow the publication rules. */
  interviews: readonly { id: string; data: InterviewRecord }[];
}

export function synthesize(input: SynthesisInput): Synthesis {
  const themeIds = input.themes.map((t) => t.id);
  const written = new Set(input.findingIds);
  const evidence = computeEvidence(themeIds, input.interviews);
  const themes = rankByEvidence(input.themes.map((t) => ({ id: t.id, title: t.title, hasFinding: written.has(t.id), evidence: evidence.get(t.id)! })));
  return {
    interviews: input.interviews.length,
    published: input.interviews.filter((i) => i.data.published).length,
    teams: new Set(input.interviews.map((i) => teamKey(i.data.team))).size,
    themes,
    withoutFinding: themeIds.filter((id) => !written.has(id)),
    uncoded: input.interviews.filter((i) => i.data.observations.length === 0).map((i) => i.id).sort(),
    saturation: computeSaturation(themeIds, input.interviews),
  };
}
