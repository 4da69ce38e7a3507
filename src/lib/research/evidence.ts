/**
 * Evidence computed from coded interview observations: never typed in by hand.
 */
import type { InterviewRecord } from '../../schemas/research.ts';
import { OBSERVATION_KINDS } from '../../schemas/research.ts';
import { parseEntityRef, refKey } from '../catalogue/refs.ts';

/** The canonical key of a participant's team, whichever way the note wrote it ("payments", "group:payments"). */
export function teamKey(team: string): string {
  return refKey(parseEntityRef(team, 'Group'));
}

export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export interface Quote {
  text: string;
  /** The note it comes from (published notes only) and the participant's role. */
  interview: string;
  code: string | undefined;
  role: string | undefined;
}

export interface ThemeEvidence {
  theme: string;
  /** Interviews that raised the theme at least once. */
  interviews: number;
  /** Distinct participant teams among them, as canonical entity keys (group:default/payments). */
  teams: string[];
  /** Highest severity of any observation (1-3), 0 when none. */
  maxSeverity: number;
  /** Mean severity over observations, rounded to one decimal. */
  meanSeverity: number;
  /** Observation counts by kind. */
  kinds: Record<ObservationKind, number>;
  /** Quotes allowed for publication (publish and quote consent). */
  quotes: Quote[];
  /** Total observations. */
  observations: number;
}

function emptyKinds(): Record<ObservationKind, number> {
  return Object.fromEntries(OBSERVATION_KINDS.map((k) => [k, 0])) as Record<ObservationKind, number>;
}

/** Computes evidence for every theme id given (themes no interview raised get zero counts). */
export function computeEvidence(themeIds: readonly string[], interviews: readonly { id: string; data: InterviewRecord }[]): Map<string, ThemeEvidence> {
  const out = new Map<string, ThemeEvidence>();
  const severitySums = new Map<string, number>();
  const interviewSets = new Map<string, Set<string>>();
  const teamSets = new Map<string, Set<string>>();
  for (const id of themeIds) {
    out.set(id, { theme: id, interviews: 0, teams: [], maxSeverity: 0, meanSeverity: 0, kinds: emptyKinds(), quotes: [], observations: 0 });
    severitySums.set(id, 0);
    interviewSets.set(id, new Set());
    teamSets.set(id, new Set());
  }
  const sorted = [...interviews].sort((a, b) => a.id.localeCompare(b.id));
  for (const { id, data } of sorted) {
    for (const o of data.observations) {
      const ev = out.get(o.theme);
      if (!ev) continue;
      ev.observations += 1;
      ev.kinds[o.kind] += 1;
      ev.maxSeverity = Math.max(ev.maxSeverity, o.severity);
      severitySums.set(o.theme, (severitySums.get(o.theme) ?? 0) + o.severity);
      interviewSets.get(o.theme)!.add(id);
      teamSets.get(o.theme)!.add(teamKey(data.team));
      if (o.quote && data.published) ev.quotes.push({ text: o.quote, interview: id, code: data.code, role: data.role });
    }
  }
  for (const [id, ev] of out) {
    ev.interviews = interviewSets.get(id)!.size;
    ev.teams = [...teamSets.get(id)!].sort();
    ev.meanSeverity = ev.observations ? Math.round((severitySums.get(id)! / ev.observations) * 10) / 10 : 0;
  }
  return out;
}

/** Orders findings by strength of evidence: interviews, then distinct teams, then mean severity. */
export function rankByEvidence<T extends { evidence: ThemeEvidence }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.evidence.interviews - a.evidence.interviews ||
      b.evidence.teams.length - a.evidence.teams.length ||
      b.evidence.meanSeverity - a.evidence.meanSeverity ||
      a.evidence.theme.localeCompare(b.evidence.theme),
  );
}
