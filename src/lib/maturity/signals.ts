/**
 * The measured signals beside each aspect of the maturity model, computed from what Paved already holds:
 * the catalogue, guides, playbooks, roadmap, metrics and interviews. Each signal states its figure and,
 * where the figure says something about the level, a ceiling (the most it supports) or a floor (the least
 * it shows), with the threshold in words. The thresholds are Paved's reading of the model, not the
 * model's own: the model describes levels in words and sets no numbers. They are listed here, one
 * function per signal, so a team can read (and change) exactly what its page claims.
 */
import type { EntityData } from '../../schemas/catalogue.ts';
import type { MaturityLevel } from '../../schemas/maturity.ts';
import type { PlaybookData } from '../../schemas/playbook.ts';
import type { InterviewRecord } from '../../schemas/research.ts';
import type { RoadmapItemData } from '../../schemas/roadmap.ts';
import { computeAdoption, TIME_SAVED_ANNOTATION } from '../catalogue/adoption.ts';
import { entityRefOf } from '../catalogue/relations.ts';
import { formatDuration, parseDuration, scaleDuration } from '../catalogue/duration.ts';
import { formatDate, plural } from '../content/format.ts';
import { METRIC_LABELS } from '../metrics/labels.ts';
import { formatDays, formatNps, formatShare } from '../metrics/format.ts';
import { change, headlineValue, METRIC_IDS, type MetricsReport } from '../metrics/index.ts';
import { parseEntityRef, refKey } from '../catalogue/refs.ts';
import { daysSince, isOverdue, reviewOf } from '../guides/review.ts';
import type { Bound, Signal } from './levels.ts';

/** A guide as the signals need it: its owner and its review date (from front matter or its last commit). */
export interface GuideReviewInput {
  id: string;
  owner: string;
  /** Undefined when the date is unknown (a shallow clone and no `lastReviewed`). */
  lastReviewed: Date | undefined;
  everyDays: number;
}

export interface SignalsInput {
  catalogue: readonly EntityData[];
  guides: readonly GuideReviewInput[];
  playbooks: readonly { id: string; data: PlaybookData }[];
  roadmap: readonly { id: string; data: RoadmapItemData }[];
  metrics: MetricsReport;
  interviews: readonly { id: string; data: InterviewRecord }[];
  today: Date;
  /** The catalogue tag that marks a Group as a platform team. */
  platformTeamTag: string;
}

const bound = (level: MaturityLevel, why: string): Bound => ({ level, why });
const pct = (share: number) => formatShare(share);

/** The display name of a Group or User entity. */
export function teamTitle(e: EntityData): string {
  if (e.metadata.title) return e.metadata.title;
  if ((e.kind === 'Group' || e.kind === 'User') && e.spec.profile?.displayName) return e.spec.profile.displayName;
  return e.metadata.name;
}

/** Groups of type `team`, by key. */
export function teamsOf(catalogue: readonly EntityData[]): Map<string, EntityData> {
  return new Map(catalogue.filter((e) => e.kind === 'Group' && e.spec.type === 'team').map((e) => [refKey(entityRefOf(e)), e]));
}

/** Teams carrying the platform tag. */
export function platformTeamsOf(catalogue: readonly EntityData[], tag: string): EntityData[] {
  return [...teamsOf(catalogue).values()].filter((e) => e.metadata.tags.includes(tag));
}

function ownerKeyOf(e: EntityData): string | undefined {
  const owner = (e.spec as { owner?: unknown }).owner;
  if (typeof owner !== 'string') return undefined;
  try {
    return refKey(parseEntityRef(owner, 'Group', e.metadata.namespace));
  } catch {
    return undefined;
  }
}

function keyOfOwner(value: string): string | undefined {
  try {
    return refKey(parseEntityRef(value, 'Group'));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Investment

/**
 * The platform teams and what they own. None at all: provisional (nobody is named to run the platform).
 * At least one that owns something in the catalogue or a guide: at least operational (a dedicated team).
 */
export function platformTeamsSignal(input: Pick<SignalsInput, 'catalogue' | 'guides' | 'platformTeamTag'>): Signal {
  const teams = platformTeamsOf(input.catalogue, input.platformTeamTag);
  const owned = teams.map((t) => {
    const key = refKey(entityRefOf(t));
    const entities = input.catalogue.filter((e) => e.kind !== 'Group' && e.kind !== 'User' && ownerKeyOf(e) === key);
    const templates = entities.filter((e) => e.kind === 'Template').length;
    const guides = input.guides.filter((g) => keyOfOwner(g.owner) === key).length;
    return { title: teamTitle(t), entities: entities.length, templates, guides };
  });
  const items = owned.map((o) => `${o.title}: ${plural(o.entities, 'catalogue entity', 'catalogue entities')} (${plural(o.templates, 'template')}), ${plural(o.guides, 'guide')}`);
  const owning = owned.filter((o) => o.entities + o.guides > 0);
  return {
    id: 'platform-teams',
    aspect: 'investment',
    label: 'Platform teams',
    value: String(teams.length),
    detail: teams.length
      ? `${plural(teams.length, 'team')} tagged "${input.platformTeamTag}" in the catalogue, owning ${plural(owned.reduce((n, o) => n + o.entities, 0), 'entity', 'entities')} and ${plural(owned.reduce((n, o) => n + o.guides, 0), 'guide')}.`
      : `No team in the catalogue is tagged "${input.platformTeamTag}".`,
    items,
    href: '/teams/',
    ceiling: teams.length === 0 ? bound('provisional', `no Group of type team is tagged "${input.platformTeamTag}", so nobody is named to run the platform.`) : undefined,
    floor: owning.length > 0 ? bound('operational', `${owning.map((o) => o.title).join(', ')} ${owning.length === 1 ? 'is a named team that owns' : 'are named teams that own'} platform capabilities.`) : undefined,
  };
}

/**
 * Roadmap items that cite research findings. Below half: at most operational (the investment is not yet
 * steered like a product, by evidence of what users need).
 */
export function evidenceBackedRoadmapSignal(input: Pick<SignalsInput, 'roadmap'>): Signal {
  const items = input.roadmap.filter((r) => !r.data.draft);
  const backed = items.filter((r) => r.data.evidence.length > 0);
  const share = items.length ? backed.length / items.length : undefined;
  return {
    id: 'evidence-backed-roadmap',
    aspect: 'investment',
    label: 'Roadmap items backed by research',
    value: share === undefined ? 'No data' : pct(share),
    detail: items.length ? `${backed.length} of ${plural(items.length, 'roadmap item')} cite at least one finding.` : 'The roadmap has no items.',
    items: items.filter((r) => r.data.evidence.length === 0).map((r) => `${r.data.title} (an unvalidated bet)`),
    href: '/roadmap/',
    ceiling: share !== undefined && share < 0.5 ? bound('operational', `only ${pct(share)} of roadmap items cite a finding (below 50%): the investment is not yet steered by what users need.`) : undefined,
    floor: undefined,
  };
}

// ---------------------------------------------------------------------------------------------------
// Adoption

/**
 * The share of Components created from a golden-path Template. Below 25%: provisional; below 50%: at
 * most operational; below 75%: at most scalable. At 50% or more: at least operational.
 */
export function goldenPathShareSignal(input: Pick<SignalsInput, 'catalogue'>): Signal {
  const { overall } = computeAdoption(input.catalogue);
  const s = overall.share;
  const ceiling =
    overall.total === 0 ? undefined
    : s < 0.25 ? bound('provisional', `${pct(s)} of components are on a golden path (below 25%).`)
    : s < 0.5 ? bound('operational', `${pct(s)} of components are on a golden path (below 50%).`)
    : s < 0.75 ? bound('scalable', `${pct(s)} of components are on a golden path (below 75%): a quarter or more of the work still goes around it.`)
    : undefined;
  return {
    id: 'golden-path-share',
    aspect: 'adoption',
    label: 'Components on a golden path',
    value: overall.total ? pct(s) : 'No data',
    detail: overall.total ? `${overall.onPath} of ${plural(overall.total, 'component')} in the catalogue were created from a golden-path template; ${overall.behind} behind its current version.` : 'The catalogue has no components.',
    items: [],
    href: '/catalogue/adoption/',
    ceiling,
    floor: overall.total && s >= 0.5 ? bound('operational', `${pct(s)} of components are on a golden path (half or more).`) : undefined,
  };
}

/**
 * The trend of golden-path adoption in the deployment data (services whose latest production deployment
 * went through it), current period against the previous one. Falling: at most operational (teams are
 * not pulled towards the platform).
 */
export function goldenPathTrendSignal(input: Pick<SignalsInput, 'metrics'>): Signal {
  const { current, previous } = input.metrics.overall;
  const now = headlineValue(current, 'golden-path-adoption');
  const before = headlineValue(previous, 'golden-path-adoption');
  const c = change('golden-path-adoption', current, previous);
  const points = c ? Math.round(c.delta * 100) : undefined;
  const trend = c === undefined || points === undefined ? '' : c.direction === 'flat' ? 'flat' : `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
  return {
    id: 'golden-path-trend',
    aspect: 'adoption',
    label: 'Golden-path adoption trend',
    value: now === undefined ? 'No data' : `${pct(now)}${trend ? `, ${trend}` : ''}`,
    detail:
      now === undefined
        ? 'No production deployments in content/metrics/deployments.csv.'
        : `Services whose latest production deployment went through the golden path, ${input.metrics.current?.from ?? ''} to ${input.metrics.current?.to ?? ''}${before === undefined ? '' : `, against ${pct(before)} the three months before`}.`,
    items: [],
    href: '/metrics/#golden-path-adoption',
    ceiling: c?.verdict === 'worse' ? bound('operational', `golden-path adoption fell by ${Math.abs(points ?? 0)} points against the previous period: teams are not being pulled towards the platform.`) : undefined,
    floor: undefined,
  };
}

/**
 * Teams that own components and have none on a golden path. Any: at most scalable (the model's top
 * level has every team taking part). More than half of the owning teams: at most operational.
 */
export function teamsWithoutGoldenPathSignal(input: Pick<SignalsInput, 'catalogue'>): Signal {
  const { byTeam } = computeAdoption(input.catalogue);
  const byKey = new Map(input.catalogue.filter((e) => e.kind === 'Group' || e.kind === 'User').map((e) => [refKey(entityRefOf(e)), e]));
  const none = byTeam.filter((t) => t.summary.total > 0 && t.summary.onPath === 0);
  const names = none.map((t) => {
    const e = byKey.get(t.ownerKey);
    return e ? teamTitle(e) : t.ownerKey;
  });
  const ceiling =
    byTeam.length === 0 || none.length === 0 ? undefined
    : none.length * 2 > byTeam.length ? bound('operational', `${none.length} of ${byTeam.length} teams that own components have none on a golden path (more than half).`)
    : bound('scalable', `${plural(none.length, 'team')} (${names.join(', ')}) ${none.length === 1 ? 'has' : 'have'} no component on a golden path.`);
  return {
    id: 'teams-without-golden-path',
    aspect: 'adoption',
    label: 'Teams with no component on a golden path',
    value: byTeam.length ? `${none.length} of ${byTeam.length}` : 'No data',
    detail: byTeam.length ? `Of the ${plural(byTeam.length, 'team')} that own components, ${none.length === 0 ? 'every one has at least one on a golden path' : `${none.length} ${none.length === 1 ? 'has' : 'have'} none`}.` : 'No component in the catalogue has an owner.',
    items: names,
    href: '/catalogue/adoption/',
    ceiling,
    floor: undefined,
  };
}

// ---------------------------------------------------------------------------------------------------
// Interfaces

/**
 * Self-service templates in the catalogue and the time they save (`backstage.io/time-saved` times the
 * entities created from each). None: at most operational (no self-service). At least one in use: at
 * least operational.
 */
export function selfServiceTemplatesSignal(input: Pick<SignalsInput, 'catalogue'>): Signal {
  const { byTemplate } = computeAdoption(input.catalogue);
  const byKey = new Map(input.catalogue.filter((e) => e.kind === 'Template').map((e) => [refKey(entityRefOf(e)), e]));
  const used = byTemplate.filter((t) => t.created.length > 0);
  const items = byTemplate.map((t) => {
    const e = byKey.get(t.key)!;
    const saved = e.metadata.annotations[TIME_SAVED_ANNOTATION];
    const d = saved ? parseDuration(saved) : undefined;
    const title = e.metadata.title ?? e.metadata.name;
    const uses = plural(t.created.length, 'use');
    return d ? `${title}: ${uses}, ${formatDuration(d)} saved each, ${formatDuration(scaleDuration(d, t.created.length))} in all` : `${title}: ${uses}, time saved not stated`;
  });
  return {
    id: 'self-service-templates',
    aspect: 'interfaces',
    label: 'Self-service templates',
    value: String(byTemplate.length),
    detail: byTemplate.length ? `${plural(byTemplate.length, 'template')} in the catalogue, ${used.length} used at least once; ${byTemplate.reduce((n, t) => n + t.created.length, 0)} entities created from them.` : 'The catalogue has no Template.',
    items,
    href: '/catalogue/by/kind/template/',
    ceiling: byTemplate.length === 0 ? bound('operational', 'the catalogue has no self-service template: capabilities are reached through people or shared tools only.') : undefined,
    floor: used.length > 0 ? bound('operational', `${plural(used.length, 'template is', 'templates are')} in use: teams reach capabilities through standard tooling.`) : undefined,
  };
}

/**
 * Onboarding time of new services (request to first production deployment). A median over 10 days: at
 * most operational; over 5 days: at most scalable (self-service does not leave a new service waiting a week).
 */
export function onboardingTimeSignal(input: Pick<SignalsInput, 'metrics'>): Signal {
  const s = input.metrics.overall.current?.onboarding;
  const median = s?.median;
  const ceiling =
    median === undefined ? undefined
    : median > 10 ? bound('operational', `new services took a median of ${formatDays(median)} to reach production (over 10 days).`)
    : median > 5 ? bound('scalable', `new services took a median of ${formatDays(median)} to reach production (over 5 days).`)
    : undefined;
  return {
    id: 'onboarding-time',
    aspect: 'interfaces',
    label: 'Onboarding time for new services',
    value: median === undefined ? 'No data' : formatDays(median),
    detail:
      median === undefined
        ? 'No new service reached production in the current period.'
        : `Median of ${plural(s!.n, 'new service')}, request to first production deployment${s!.goldenPath.median !== undefined ? `; golden path ${formatDays(s!.goldenPath.median)}` : ''}${s!.other.median !== undefined ? `, other ${formatDays(s!.other.median)}` : ''}.`,
    items: [],
    href: '/metrics/#onboarding-time',
    ceiling,
    floor: undefined,
  };
}

// ---------------------------------------------------------------------------------------------------
// Operations

const OWNED_KINDS = new Set(['Component', 'API', 'Resource', 'System']);

/** Components, APIs, resources and systems whose owner is a Group or User in the catalogue. Below 90%: at most operational. */
export function ownershipSignal(input: Pick<SignalsInput, 'catalogue' | 'guides'>): Signal {
  const owners = new Set(input.catalogue.filter((e) => e.kind === 'Group' || e.kind === 'User').map((e) => refKey(entityRefOf(e))));
  const things = input.catalogue.filter((e) => OWNED_KINDS.has(e.kind));
  const unowned = things.filter((e) => {
    const k = ownerKeyOf(e);
    return !k || !owners.has(k);
  });
  const share = things.length ? (things.length - unowned.length) / things.length : undefined;
  return {
    id: 'ownership',
    aspect: 'operations',
    label: 'Entities with an owner in the catalogue',
    value: share === undefined ? 'No data' : pct(share),
    detail: `${things.length - unowned.length} of ${plural(things.length, 'component, API, resource and system', 'components, APIs, resources and systems')} have an owner that is a team in the catalogue; every one of the ${plural(input.guides.length, 'guide')} has an owning team.`,
    items: unowned.map((e) => refKey(entityRefOf(e))),
    href: '/teams/',
    ceiling: share !== undefined && share < 0.9 ? bound('operational', `${pct(share)} of entities have an owner in the catalogue (below 90%).`) : undefined,
    floor: undefined,
  };
}

/**
 * Reviews of guides and catalogue entities: how many carry a review date and how many are overdue. More
 * than a quarter of the reviewed overdue: at most operational; any overdue: at most scalable.
 */
export function reviewsSignal(input: Pick<SignalsInput, 'catalogue' | 'guides' | 'today'>): Signal {
  const reviewed: { name: string; overdue: boolean }[] = [];
  for (const g of input.guides) {
    if (g.lastReviewed) reviewed.push({ name: `guide ${g.id}`, overdue: isOverdue(g.lastReviewed, g.everyDays, input.today) });
  }
  for (const e of input.catalogue) {
    const r = reviewOf(e);
    if (r.lastReviewed) reviewed.push({ name: refKey(entityRefOf(e)), overdue: isOverdue(r.lastReviewed, r.everyDays, input.today) });
  }
  const overdue = reviewed.filter((r) => r.overdue);
  const share = reviewed.length ? overdue.length / reviewed.length : undefined;
  const unknown = input.guides.filter((g) => !g.lastReviewed).length;
  const ceiling =
    share === undefined || overdue.length === 0 ? undefined
    : share > 0.25 ? bound('operational', `${overdue.length} of ${reviewed.length} reviewed guides and entities are overdue for review (more than a quarter).`)
    : bound('scalable', `${plural(overdue.length, 'review is', 'reviews are')} overdue: at the top level every capability is kept current.`);
  return {
    id: 'reviews',
    aspect: 'operations',
    label: 'Overdue reviews',
    value: reviewed.length ? `${overdue.length} of ${reviewed.length}` : 'No data',
    detail: `${plural(reviewed.length, 'guide or entity', 'guides and entities')} carry a review date; ${overdue.length} overdue${unknown ? `; ${plural(unknown, 'guide')} with no known date` : ''}.`,
    items: overdue.map((r) => r.name),
    href: '/guides/',
    ceiling,
    floor: undefined,
  };
}

/**
 * Migration playbooks' progress: phases done over all team phases. Below a quarter: at most operational
 * (old ways are not being retired).
 */
export function playbooksSignal(input: Pick<SignalsInput, 'playbooks'>): Signal {
  const list = input.playbooks.filter((p) => !p.data.draft);
  let done = 0;
  let all = 0;
  const items = list.map((p) => {
    const d = p.data.teams.reduce((n, t) => n + t.phasesDone, 0);
    const a = p.data.teams.length * p.data.phases.length;
    done += d;
    all += a;
    const finished = p.data.teams.filter((t) => t.phasesDone >= p.data.phases.length).length;
    return `${p.data.title}: ${finished} of ${plural(p.data.teams.length, 'team')} done, ${a ? pct(d / a) : '0%'} of phases`;
  });
  const share = all ? done / all : undefined;
  return {
    id: 'playbooks',
    aspect: 'operations',
    label: 'Migration playbooks completed',
    value: share === undefined ? 'No data' : pct(share),
    detail: list.length ? `${done} of ${plural(all, 'team phase')} done across ${plural(list.length, 'playbook')}.` : 'No migration playbook is published.',
    items,
    href: '/playbooks/',
    ceiling: share !== undefined && share < 0.25 ? bound('operational', `only ${pct(share)} of migration phases are done (below 25%): old ways are not being retired.`) : undefined,
    floor: undefined,
  };
}

// ---------------------------------------------------------------------------------------------------
// Measurement

/**
 * Which product metrics have data in the current period, and how recent the data is. None: provisional.
 * Fewer than four of the seven, or the latest month more than two months before today: at most
 * operational. Five or more, and recent: at least operational (consistent collection).
 */
export function metricsCoverageSignal(input: Pick<SignalsInput, 'metrics' | 'today'>): Signal {
  const current = input.metrics.overall.current;
  const withData = METRIC_IDS.filter((id) => headlineValue(current, id) !== undefined);
  const without = METRIC_IDS.filter((id) => headlineValue(current, id) === undefined);
  const last = input.metrics.current?.to;
  const todayMonth = input.today.getUTCFullYear() * 12 + input.today.getUTCMonth();
  const age = last ? todayMonth - (Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1) : undefined;
  const stale = age !== undefined && age > 2;
  const ceiling =
    withData.length === 0 ? bound('provisional', 'no product metric has data: what the platform does for teams is not measured.')
    : withData.length < 4 ? bound('operational', `only ${withData.length} of ${METRIC_IDS.length} product metrics have data (fewer than four).`)
    : stale ? bound('operational', `the latest metrics data is from ${last}, ${age} months before today: collection has stopped.`)
    : undefined;
  return {
    id: 'metrics-coverage',
    aspect: 'measurement',
    label: 'Product metrics with data',
    value: `${withData.length} of ${METRIC_IDS.length}`,
    detail: last ? `Metrics with a value in the current period; the latest data is from ${last}${age === 0 ? ' (this month)' : age === 1 ? ' (last month)' : `, ${age} months ago`}.` : 'content/metrics/ holds no data.',
    items: without.map((id) => `no data: ${METRIC_LABELS[id]}`),
    href: '/metrics/',
    ceiling,
    floor: withData.length >= 5 && !stale ? bound('operational', `${withData.length} of ${METRIC_IDS.length} product metrics are collected and current.`) : undefined,
  };
}

/**
 * Developer NPS and its margin of error. No answers, or a small sample: at most operational. A margin
 * over 15 points: at most scalable (the survey cannot show the effect of one change).
 */
export function npsSignal(input: Pick<SignalsInput, 'metrics'>): Signal {
  const n = input.metrics.overall.current?.nps;
  const has = n && n.n > 0 && n.score !== undefined;
  const margin = has ? Math.round(n.margin ?? 0) : undefined;
  const ceiling =
    !has ? bound('operational', 'no developer survey answers in the current period: what developers think is not collected.')
    : n.small ? bound('operational', `the NPS rests on ${plural(n.n, 'answer')}, a small sample: a hint, not a measurement.`)
    : margin! > 15 ? bound('scalable', `the NPS margin of error is ±${margin} points (over 15): too wide to see the effect of one change.`)
    : undefined;
  return {
    id: 'nps',
    aspect: 'measurement',
    label: 'Developer NPS and its margin',
    value: has ? `${formatNps(n.score!)} ±${margin}` : 'No data',
    detail: has ? `From ${plural(n.n, 'answer')} in the current period (95% margin of error).` : 'No survey answers in content/metrics/surveys.csv for the current period.',
    items: [],
    href: '/metrics/#developer-nps',
    ceiling,
    floor: undefined,
  };
}

/**
 * Research coverage: teams of the catalogue (other than platform teams) interviewed at least once, and
 * the latest interview. Fewer
 * than half the teams, or no interview in a year: at most operational. No interview in the last 180
 * days: at most scalable (the top level keeps listening).
 */
export function researchCoverageSignal(input: Pick<SignalsInput, 'catalogue' | 'interviews' | 'today' | 'platformTeamTag'>): Signal {
  // The platform's users: the teams of the catalogue other than the platform teams themselves.
  const teams = new Map([...teamsOf(input.catalogue)].filter(([, e]) => !e.metadata.tags.includes(input.platformTeamTag)));
  const interviewed = new Set(input.interviews.map((i) => keyOfOwner(i.data.team)).filter((k): k is string => Boolean(k)));
  const covered = [...teams.keys()].filter((k) => interviewed.has(k));
  const missing = [...teams.entries()].filter(([k]) => !interviewed.has(k)).map(([, e]) => teamTitle(e));
  const latest = input.interviews.reduce<Date | undefined>((d, i) => (!d || i.data.date > d ? i.data.date : d), undefined);
  const age = latest ? daysSince(latest, input.today) : undefined;
  const share = teams.size ? covered.length / teams.size : undefined;
  const ceiling =
    share === undefined ? undefined
    : share < 0.5 ? bound('operational', `${covered.length} of ${plural(teams.size, 'team')} have been interviewed (fewer than half).`)
    : age === undefined || age > 365 ? bound('operational', latest ? `the latest interview was ${age} days ago, on ${formatDate(latest)} (over a year).` : 'no developer has been interviewed.')
    : age > 180 ? bound('scalable', `the latest interview was ${age} days ago, on ${formatDate(latest!)} (over 180 days): research has paused.`)
    : undefined;
  return {
    id: 'research-coverage',
    aspect: 'measurement',
    label: 'Teams covered by research',
    value: share === undefined ? 'No data' : `${covered.length} of ${teams.size}`,
    detail: `${plural(input.interviews.length, 'interview')} with ${covered.length} of the ${plural(teams.size, 'team')} the platform serves${latest ? `; the latest on ${formatDate(latest)}` : ''}.`,
    items: missing.map((t) => `not interviewed: ${t}`),
    href: '/research/interviews/',
    ceiling,
    floor: undefined,
  };
}

/** Every signal, in the order of the model's aspects. */
export function computeSignals(input: SignalsInput): Signal[] {
  return [
    platformTeamsSignal(input),
    evidenceBackedRoadmapSignal(input),
    goldenPathShareSignal(input),
    goldenPathTrendSignal(input),
    teamsWithoutGoldenPathSignal(input),
    selfServiceTemplatesSignal(input),
    onboardingTimeSignal(input),
    ownershipSignal(input),
    reviewsSignal(input),
    playbooksSignal(input),
    metricsCoverageSignal(input),
    npsSignal(input),
    researchCoverageSignal(input),
  ];
}
