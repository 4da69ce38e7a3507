/**
 * Guides and reading's part of the site model: guides in sidebar order with their reviews, playbooks with
 * each team's progress, onboarding paths and platform updates.
 */
import { GUIDE_CATEGORIES, type GuideData } from '../../schemas/guide.ts';
import type { PathData } from '../../schemas/path.ts';
import type { PlaybookData } from '../../schemas/playbook.ts';
import type { UpdateData } from '../../schemas/update.ts';
import { whyNoDate, type LastCommit } from '../guides/last-commit.ts';
import { daysSince, isOverdue } from '../guides/review.ts';
import { indexBy, published, type Entry, type GuideReview, type LinkResolver, type PlaybookProgress } from './shared.ts';

export interface GuidesInput {
  guides: readonly Entry<GuideData>[];
  playbooks: readonly Entry<PlaybookData>[];
  updates: readonly Entry<UpdateData>[];
  paths: readonly Entry<PathData>[];
  /** The last commit of each guide without `lastReviewed` in its front matter, keyed by guide id. */
  guideCommits?: ReadonlyMap<string, LastCommit> | undefined;
  today: Date;
}

export function buildGuides(input: GuidesInput, link: LinkResolver) {
  const guides = published(input.guides).sort(
    (a, b) => GUIDE_CATEGORIES.indexOf(a.data.category) - GUIDE_CATEGORIES.indexOf(b.data.category) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  const playbooks = published(input.playbooks).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const updates = published(input.updates).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  const paths = [...input.paths].sort((a, b) => a.id.localeCompare(b.id));

  function guideReview(g: Entry<GuideData>): GuideReview {
    const commit = g.data.lastReviewed ? undefined : input.guideCommits?.get(g.id);
    const date = g.data.lastReviewed ?? (commit?.status === 'committed' ? commit.date : undefined);
    const everyDays = g.data.reviewEveryDays;
    if (!date) return { source: 'unknown', lastReviewed: undefined, everyDays, daysSince: undefined, overdue: false, reason: whyNoDate(commit) ?? 'no date' };
    return {
      source: g.data.lastReviewed ? 'front matter' : 'last commit',
      lastReviewed: date,
      everyDays,
      daysSince: daysSince(date, input.today),
      overdue: isOverdue(date, everyDays, input.today),
    };
  }

  // Indexed once, on first use: a guide page asks which guides require it (quadratic if scanned per page).
  let requiringIndex: Map<string, Entry<GuideData>[]> | undefined;
  function guidesRequiring(id: string): Entry<GuideData>[] {
    requiringIndex ??= indexBy(guides, (g) => g.data.prerequisites);
    return [...(requiringIndex.get(id) ?? [])];
  }

  function playbookProgress(p: Entry<PlaybookData>): PlaybookProgress[] {
    return p.data.teams.map((t) => ({
      team: link(t.team, 'Group'),
      phasesDone: t.phasesDone,
      phases: p.data.phases.length,
      percent: Math.round((t.phasesDone / p.data.phases.length) * 100),
      current: t.phasesDone >= p.data.phases.length ? 'Done' : (p.data.phases[t.phasesDone]?.name ?? ''),
      note: t.note,
    }));
  }

  return {
    guides,
    guideById: new Map(guides.map((g) => [g.id, g])),
    playbooks,
    updates,
    paths,
    guideReview,
    guidesRequiring,
    playbookProgress,
    /** Onboarding paths that lead to a guide. */
    pathsIncluding: (id: string) => paths.filter((p) => p.data.days.some((d) => d.steps.some((s) => s.guide === id))),
  };
}

export type GuidesModel = ReturnType<typeof buildGuides>;
