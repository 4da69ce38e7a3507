/**
 * The site model: everything the pages show, computed once from the validated collections.
 * Pure: it takes plain entries (from Astro's collections on the site, from files in tests) and never
 * reads files, so every aggregate is unit-tested outside Astro. Pages only arrange what it returns.
 */
import type { EntityData, EntityKind } from '../../schemas/catalogue.ts';
import type { FindingData } from '../../schemas/finding.ts';
import type { GuideData } from '../../schemas/guide.ts';
import { GUIDE_CATEGORIES } from '../../schemas/guide.ts';
import type { PathData } from '../../schemas/path.ts';
import type { PlaybookData } from '../../schemas/playbook.ts';
import type { InterviewRecord, ThemeData } from '../../schemas/research.ts';
import type { RoadmapItemData } from '../../schemas/roadmap.ts';
import { ROADMAP_STATUSES } from '../../schemas/roadmap.ts';
import type { UpdateData } from '../../schemas/update.ts';
import { computeAdoption } from '../catalogue/adoption.ts';
import { browseCatalogue } from '../catalogue/browse.ts';
import type { MetricsData } from '../../schemas/metrics.ts';
import { computeRelations, entityRefOf, type Relation } from '../catalogue/relations.ts';
import { computeEvidence, rankByEvidence, teamKey, type ThemeEvidence } from '../research/evidence.ts';
import { entityPath, parseEntityRef, refKey, refLabel, type EntityRef } from '../catalogue/refs.ts';
import { whyNoDate, type LastCommit } from '../guides/last-commit.ts';
import { daysSince, isOverdue, reviewOf } from '../guides/review.ts';
import { computeSaturation } from '../research/synthesis.ts';
import { computeMetrics, headlines, type MetricId } from '../metrics/index.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface CatalogueItem {
  entity: EntityData;
  file: string;
  line: number;
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
  /** False when the reference does not resolve (only possible when checks were skipped). */
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

const EFFORT_POINTS = { S: 1, M: 2, L: 4, XL: 8 } as const;

export function confidenceFor(interviews: number): number {
  if (interviews >= 6) return 1;
  if (interviews >= 3) return 0.8;
  if (interviews >= 1) return 0.5;
  return 0;
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

export function buildSite(input: SiteInput) {
  const published = <T extends { draft: boolean }>(list: Entry<T>[]) => list.filter((e) => !e.data.draft);
  const guides = published(input.guides).sort(
    (a, b) => GUIDE_CATEGORIES.indexOf(a.data.category) - GUIDE_CATEGORIES.indexOf(b.data.category) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  const playbooks = published(input.playbooks).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const roadmap = published(input.roadmap);
  const findings = published(input.findings);
  const updates = published(input.updates).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  const paths = [...input.paths].sort((a, b) => a.id.localeCompare(b.id));
  const themes = [...input.themes].sort((a, b) => a.id.localeCompare(b.id));
  const guideById = new Map(guides.map((g) => [g.id, g]));
  const findingById = new Map(findings.map((f) => [f.id, f]));
  const themeById = new Map(themes.map((t) => [t.id, t]));

  const catalogue = [...input.catalogue].sort((a, b) => refKey(entityRefOf(a.entity)).localeCompare(refKey(entityRefOf(b.entity))));
  const entityByKey = new Map(catalogue.map((c) => [refKey(entityRefOf(c.entity)), c]));
  const relations = computeRelations(catalogue.map((c) => c.entity));
  const adoption = computeAdoption(catalogue.map((c) => c.entity));
  const browse = browseCatalogue(catalogue.map((c) => c.entity));

  function link(value: string, defaultKind: EntityKind, namespace = 'default'): EntityLink {
    const ref = parseEntityRef(value, defaultKind, namespace);
    const key = refKey(ref);
    const item = entityByKey.get(key);
    const canonical = item ? entityRefOf(item.entity) : ref;
    const title = item?.entity.metadata.title ?? (item?.entity.kind === 'Group' || item?.entity.kind === 'User' ? (item.entity.spec.profile?.displayName ?? canonical.name) : canonical.name);
    return { ref: canonical, key, label: refLabel(canonical), title, href: entityPath(canonical), kind: canonical.kind, exists: Boolean(item) };
  }
  function linkTo(ref: EntityRef): EntityLink {
    return link(`${ref.kind}:${ref.namespace}/${ref.name}`, ref.kind);
  }

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
  function entityReview(e: EntityData): Review | undefined {
    const r = reviewOf(e);
    if (!r.lastReviewed) return undefined;
    return { lastReviewed: r.lastReviewed, everyDays: r.everyDays, daysSince: daysSince(r.lastReviewed, input.today), overdue: isOverdue(r.lastReviewed, r.everyDays, input.today) };
  }

  /** Relations of an entity, grouped by type, each target resolved to a link. */
  function relationsOf(key: string): { type: Relation['type']; targets: EntityLink[] }[] {
    const groups = new Map<Relation['type'], EntityLink[]>();
    for (const r of relations.get(key) ?? []) {
      const list = groups.get(r.type) ?? [];
      list.push(linkTo(r.target));
      groups.set(r.type, list);
    }
    return [...groups].map(([type, targets]) => ({ type, targets }));
  }

  const ownerKey = (value: string) => refKey(parseEntityRef(value, 'Group'));
  // Reverse lookups that pages make once each (an entity page asks which guides use it, a guide page which
  // guides require it) are indexed once, on first use: scanning every guide for every page is quadratic and
  // costs seconds at thousands of guides and entities (see bench/README.md).
  let ownedIndex: Map<string, CatalogueItem[]> | undefined;
  let usingIndex: Map<string, Entry<GuideData>[]> | undefined;
  let requiringIndex: Map<string, Entry<GuideData>[]> | undefined;
  function entitiesOwnedBy(key: string): CatalogueItem[] {
    ownedIndex ??= indexBy(catalogue, (c) => ('owner' in c.entity.spec && typeof c.entity.spec.owner === 'string' ? [refKey(parseEntityRef(c.entity.spec.owner, 'Group', c.entity.metadata.namespace))] : []));
    return [...(ownedIndex.get(key) ?? [])];
  }
  function guidesUsing(key: string): Entry<GuideData>[] {
    usingIndex ??= indexBy(guides, (g) => g.data.uses.map((u) => refKey(parseEntityRef(u, 'Component'))));
    return [...(usingIndex.get(key) ?? [])];
  }
  function guidesRequiring(id: string): Entry<GuideData>[] {
    requiringIndex ??= indexBy(guides, (g) => g.data.prerequisites);
    return [...(requiringIndex.get(id) ?? [])];
  }

  const evidence = computeEvidence(themes.map((t) => t.id), input.interviews);
  const interviewedTeams = new Set(input.interviews.map((i) => teamKey(i.data.team)));

  const rankedFindings = rankByEvidence(
    findings.map((f) => ({ finding: f, theme: themeById.get(f.id), evidence: evidence.get(f.id) ?? computeEvidence([f.id], []).get(f.id)! })),
  );

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
  const roadmapItems = roadmap.map((r) => ({ item: r, priority: priorityOf(r) }));
  const roadmapByStatus = ROADMAP_STATUSES.map((status) => ({
    status,
    items: roadmapItems
      .filter((r) => r.item.data.status === status)
      .sort((a, b) => (status === 'done' ? (b.item.data.shipped?.getTime() ?? 0) - (a.item.data.shipped?.getTime() ?? 0) : b.priority.score - a.priority.score) || a.item.data.title.localeCompare(b.item.data.title)),
  }));

  // Research: the interview library (published notes only), saturation, and what shipped in answer.
  const saturation = computeSaturation(input.themes.map((t) => t.id), input.interviews);
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
  const delivered = roadmapItems
    .filter((r) => r.item.data.status === 'done')
    .sort((a, b) => (b.item.data.shipped?.getTime() ?? 0) - (a.item.data.shipped?.getTime() ?? 0) || a.item.data.title.localeCompare(b.item.data.title))
    .map((r) => ({
      ...r,
      findings: r.item.data.evidence.flatMap((id) => {
        const finding = findingById.get(id);
        const ev = evidence.get(id);
        return finding && ev ? [{ finding, evidence: ev, theme: themeById.get(id) }] : [];
      }),
      guides: r.item.data.delivers.guides.map((id) => guideById.get(id)).filter((g): g is Entry<GuideData> => g !== undefined),
      entities: r.item.data.delivers.entities.map((e) => link(e, 'Component')),
    }));

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

  const metricsReport = computeMetrics(input.metrics ?? { deployments: [], surveys: [], onboarding: [] });
  /** The catalogue entry a metrics row's service names: a Component, else a Resource of that name. */
  function serviceLink(service: string): EntityLink | undefined {
    for (const kind of ['Component', 'Resource'] as const) {
      const l = link(`${kind.toLowerCase()}:default/${service}`, kind);
      if (l.exists) return l;
    }
    return undefined;
  }
  const metrics = {
    report: metricsReport,
    /** Headline figures of the whole organisation, current period against the previous one. */
    headlines: headlines(metricsReport.overall.current, metricsReport.overall.previous),
    /** Each team's figures, with a link to the team and its own headlines. */
    teams: metricsReport.teams.map((t) => ({ ...t, link: link(t.team, 'Group'), headlines: headlines(t.current, t.previous) })),
    /** Roadmap items that aim to move a metric. */
    roadmapFor: (id: MetricId) => roadmapItems.filter((r) => r.item.data.metric === id),
    serviceLink,
  };
  const metricsByTeam = new Map(metrics.teams.map((t) => [t.team, t]));

  const groups = catalogue.filter((c) => c.entity.kind === 'Group');
  const teams = groups.filter((g) => g.entity.kind === 'Group' && g.entity.spec.type === 'team');

  /** Everything a Group owns and writes. */
  function teamView(key: string) {
    const owns = (value: string) => ownerKey(value) === key;
    return {
      entities: entitiesOwnedBy(key),
      guides: guides.filter((g) => owns(g.data.owner)),
      playbooks: playbooks.filter((p) => owns(p.data.owner)),
      migrating: playbooks.filter((p) => p.data.teams.some((t) => ownerKey(t.team) === key)),
      roadmap: roadmapItems.filter((r) => owns(r.item.data.owner)),
      findings: findings.filter((f) => owns(f.data.owner)),
      updates: updates.filter((u) => owns(u.data.owner)),
      paths: paths.filter((p) => owns(p.data.owner)),
      /** The team's product metrics, when any metrics file names it. */
      metrics: metricsByTeam.get(key),
    };
  }

  return {
    today: input.today,
    guides,
    guideById,
    playbooks,
    findings,
    findingById,
    themes,
    themeById,
    updates,
    paths,
    catalogue,
    entityByKey,
    groups,
    teams,
    evidence,
    rankedFindings,
    /** Distinct teams among all interviews. */
    interviewedTeams,
    roadmapItems,
    roadmapByStatus,
    interviews: input.interviews,
    /** New themes per interview in date order: the saturation curve. */
    saturation,
    /** Published interview notes in date order, with their team and the themes they raised. */
    library,
    /** Teams and themes to filter the library by, each with its number of published notes. */
    libraryTeams,
    libraryThemes,
    libraryByTeam: (slug: string): LibraryNote[] => library.filter((n) => n.teamSlug === slug),
    libraryByTheme: (themeId: string): LibraryNote[] => library.filter((n) => n.themes.includes(themeId)),
    /** Done roadmap items, latest first, with the findings that drove them and what they delivered. */
    delivered,
    metrics,
    link,
    linkTo,
    guideReview,
    entityReview,
    relationsOf,
    /** Golden-path adoption and drift (src/lib/catalogue/adoption.ts). */
    adoption,
    /** The catalogue browser: facets, listing pages and the script's index (src/lib/catalogue/browse.ts). */
    browse,
    entitiesOwnedBy,
    guidesUsing,
    playbookProgress,
    priorityOf,
    teamView,
    /** Roadmap items citing a finding. */
    roadmapCiting: (findingId: string) => roadmapItems.filter((r) => r.item.data.evidence.includes(findingId)),
    /** Guides that list a guide as a prerequisite. */
    guidesRequiring,
    /** Playbooks and paths that lead to a guide. */
    pathsIncluding: (id: string) => paths.filter((p) => p.data.days.some((d) => d.steps.some((s) => s.guide === id))),
  };
}

export type Site = ReturnType<typeof buildSite>;
