/**
 * The roadmap's part of the site model: each item with a priority computed from the evidence of the
 * findings it cites (the formula is stated on the roadmap page), grouped by status.
 */
import type { InterviewRecord } from '../../schemas/research.ts';
import { ROADMAP_STATUSES, type RoadmapItemData } from '../../schemas/roadmap.ts';
import type { ThemeEvidence } from '../research/evidence.ts';
import { published, type Entry, type Priority } from './shared.ts';

export interface RoadmapInput {
  roadmap: readonly Entry<RoadmapItemData>[];
  interviews: readonly Entry<InterviewRecord>[];
  /** Evidence per theme (buildResearch). */
  evidence: ReadonlyMap<string, ThemeEvidence>;
  /** Distinct teams among all interviews (buildResearch). */
  interviewedTeams: ReadonlySet<string>;
}

const EFFORT_POINTS = { S: 1, M: 2, L: 4, XL: 8 } as const;

export function confidenceFor(interviews: number): number {
  if (interviews >= 6) return 1;
  if (interviews >= 3) return 0.8;
  if (interviews >= 1) return 0.5;
  return 0;
}

export function buildRoadmap(input: RoadmapInput) {
  const { evidence, interviewedTeams } = input;
  function priorityOf(item: Entry<RoadmapItemData>): Priority {
    const cited = item.data.evidence.map((id) => evidence.get(id)).filter((e): e is ThemeEvidence => Boolean(e));
    const teams = new Set(cited.flatMap((e) => e.teams));
    const interviewIds = new Set<string>();
    for (const i of input.interviews) if (i.data.observations.some((o) => item.data.evidence.includes(o.theme))) interviewIds.add(i.id);
    const reach = interviewedTeams.size ? teams.size / interviewedTeams.size : 0;
    const severity = cited.length ? Math.max(...cited.map((e) => e.meanSeverity)) : 0;
    const confidence = confidenceFor(interviewIds.size);
    const effort = EFFORT_POINTS[item.data.effort];
    return { reach, severity, confidence, effort, score: Math.round(((reach * severity * confidence) / effort) * 100), interviews: interviewIds.size, teams: teams.size };
  }
  const roadmapItems = published(input.roadmap).map((r) => ({ item: r, priority: priorityOf(r) }));
  const roadmapByStatus = ROADMAP_STATUSES.map((status) => ({
    status,
    items: roadmapItems
      .filter((r) => r.item.data.status === status)
      .sort((a, b) => (status === 'done' ? (b.item.data.shipped?.getTime() ?? 0) - (a.item.data.shipped?.getTime() ?? 0) : b.priority.score - a.priority.score) || a.item.data.title.localeCompare(b.item.data.title)),
  }));
  return {
    roadmapItems,
    roadmapByStatus,
    priorityOf,
    /** Roadmap items citing a finding. */
    roadmapCiting: (findingId: string) => roadmapItems.filter((r) => r.item.data.evidence.includes(findingId)),
  };
}

export type RoadmapModel = ReturnType<typeof buildRoadmap>;
