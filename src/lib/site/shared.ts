/**
 * What every domain builder of the site model shares: the shapes it takes and returns (entries, resolved
 * links, reviews, progress, priority) and two small helpers. Components import the types from here.
 */
import type { EntityData, EntityKind } from '../../schemas/catalogue.ts';
import type { FindingData } from '../../schemas/finding.ts';
import type { GuideData } from '../../schemas/guide.ts';
import type { MetricsData } from '../../schemas/metrics.ts';
import type { PathData } from '../../schemas/path.ts';
import type { PlaybookData } from '../../schemas/playbook.ts';
import type { InterviewRecord, ThemeData } from '../../schemas/research.ts';
import type { RoadmapItemData } from '../../schemas/roadmap.ts';
import type { UpdateData } from '../../schemas/update.ts';
import type { EntityRef } from '../catalogue/refs.ts';
import type { LastCommit } from '../guides/last-commit.ts';
import type { MissingTarget } from '../content/types.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface CatalogueItem {
  entity: EntityData;
  file: string;
  line: number;
  /** For a Location: the targets that named no file. */
  missingTargets?: readonly MissingTarget[] | undefined;
}

export interface SiteInput {
  guides: Entry<GuideData>[];
  playbooks: Entry<PlaybookData>[];
  roadmap: Entry<RoadmapItemData>[];
  findings: Entry<FindingData>[];
  updates: Entry<UpdateData>[];
  paths: Entry<PathData>[];
  catalogue: CatalogueItem[];
  interviews: Entry<InterviewRecord>[];
  themes: Entry<ThemeData>[];
  /** The validated rows of content/metrics/; none when the repository keeps no metrics. */
  metrics?: MetricsData | undefined;
  today: Date;
  /** The last commit of each guide without `lastReviewed` in its front matter, keyed by guide id (src/lib/guides/last-commit.ts). */
  guideCommits?: ReadonlyMap<string, LastCommit>;
}

/** A resolved link to an entity, ready to render. */
export interface EntityLink {
  ref: EntityRef;
  key: string;
  label: string;
  title: string;
  href: string;
  kind: EntityKind;
  /** False when the reference is not in the catalogue (Backstage keeps such references; the page shows them as text). */
  exists: boolean;
}

export interface Review {
  lastReviewed: Date;
  everyDays: number;
  daysSince: number;
  overdue: boolean;
}

/** A guide's review: from its front matter, else from its file's last commit, else unknown (and why). */
export type GuideReview =
  | (Review & { source: 'front matter' | 'last commit' })
  | { source: 'unknown'; lastReviewed: undefined; everyDays: number; daysSince: undefined; overdue: false; reason: string };

export interface PlaybookProgress {
  team: EntityLink;
  phasesDone: number;
  phases: number;
  percent: number;
  /** The name of the phase the team is in, or "Done". */
  current: string;
  note: string | undefined;
}

/** Priority inputs and result for a roadmap item; the formula is stated on the roadmap page. */
export interface Priority {
  /** Share of all interviewed teams that raised any cited theme, 0-1. */
  reach: number;
  /** Highest mean severity among cited themes, 1-3 (0 without evidence). */
  severity: number;
  /** Confidence from the number of distinct interviews behind it: 0.5 (1-2), 0.8 (3-5), 1 (6+). */
  confidence: number;
  /** Effort in points: S 1, M 2, L 4, XL 8. */
  effort: number;
  /** reach x severity x confidence / effort x 100, rounded. */
  score: number;
  /** Distinct interviews behind the cited themes. */
  interviews: number;
  /** Distinct teams behind the cited themes. */
  teams: number;
}

/** Groups items under each of their keys, keeping the items' order; an item is listed once per key. */
export function indexBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  }
  return index;
}

/** Resolves an entity reference as written (a kind by default, a namespace by default) to a link. */
export type LinkResolver = (value: string, defaultKind: EntityKind, namespace?: string) => EntityLink;

/** Entries not marked as drafts. */
export function published<T extends { draft: boolean }>(list: readonly Entry<T>[]): Entry<T>[] {
  return list.filter((e) => !e.data.draft);
}
