/**
 * Research's part of the site model: evidence per theme computed from every interview (published or not),
 * findings ranked by it, the saturation curve, and the library of published notes by team and by theme.
 */
import type { FindingData } from '../../schemas/finding.ts';
import type { InterviewRecord, ThemeData } from '../../schemas/research.ts';
import { computeEvidence, rankByEvidence, teamKey } from '../research/evidence.ts';
import { computeSaturation } from '../research/synthesis.ts';
import { published, type Entry, type LinkResolver } from './shared.ts';

export interface ResearchInput {
  findings: readonly Entry<FindingData>[];
  interviews: Entry<InterviewRecord>[];
  themes: readonly Entry<ThemeData>[];
}

export function buildResearch(input: ResearchInput, link: LinkResolver) {
  const findings = published(input.findings);
  const themes = [...input.themes].sort((a, b) => a.id.localeCompare(b.id));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const evidence = computeEvidence(themes.map((t) => t.id), input.interviews);

  const rankedFindings = rankByEvidence(
    findings.map((f) => ({ finding: f, theme: themeById.get(f.id), evidence: evidence.get(f.id) ?? computeEvidence([f.id], []).get(f.id)! })),
  );

  const library = input.interviews
    .filter((i) => i.data.published)
    .sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id))
    .map((entry) => {
      const team = link(entry.data.team, 'Group');
      return { entry, team, teamSlug: team.label, themes: [...new Set(entry.data.observations.map((o) => o.theme))] };
    });
  type LibraryNote = (typeof library)[number];
  const libraryTeams = [...new Map(library.map((n) => [n.teamSlug, n.team])).entries()]
    .map(([slug, team]) => ({ slug, team, count: library.filter((n) => n.teamSlug === slug).length }))
    .sort((a, b) => a.team.title.localeCompare(b.team.title));
  const libraryThemes = themes
    .map((theme) => ({ theme, count: library.filter((n) => n.themes.includes(theme.id)).length }))
    .filter((t) => t.count > 0);

  return {
    findings,
    findingById: new Map(findings.map((f) => [f.id, f])),
    themes,
    themeById,
    evidence,
    rankedFindings,
    /** Distinct teams among all interviews. */
    interviewedTeams: new Set(input.interviews.map((i) => teamKey(i.data.team))),
    interviews: input.interviews,
    /** New themes per interview in date order: the saturation curve. */
    saturation: computeSaturation(input.themes.map((t) => t.id), input.interviews),
    /** Published interview notes in date order, with their team and the themes they raised. */
    library,
    /** Teams and themes to filter the library by, each with its number of published notes. */
    libraryTeams,
    libraryThemes,
    libraryByTeam: (slug: string): LibraryNote[] => library.filter((n) => n.teamSlug === slug),
    libraryByTheme: (themeId: string): LibraryNote[] => library.filter((n) => n.themes.includes(themeId)),
  };
}

export type ResearchModel = ReturnType<typeof buildResearch>;
