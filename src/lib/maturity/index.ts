/**
 * Platform maturity. This domain owns the quarterly self-assessments of content/maturity/ on the CNCF Platform Engineering
 * Maturity Model (src/schemas/maturity.ts), set beside the signals Paved measures (signals.ts), with the
 * disagreements between the two (levels.ts), the change since the previous quarter, the roadmap items
 * aiming at each aspect, and whether the organisation is small enough that a platform team may not pay
 * off yet. Pure: plain inputs in, a plain view out; `buildMaturity` reads no files.
 */
import type { EntityData } from '../../schemas/catalogue.ts';
import { MATURITY_ASPECTS, type MaturityAspect, type MaturityAssessmentData, type MaturityLevel } from '../../schemas/maturity.ts';
import type { PlaybookData } from '../../schemas/playbook.ts';
import type { InterviewRecord } from '../../schemas/research.ts';
import { ROADMAP_STATUSES, type RoadmapItemData } from '../../schemas/roadmap.ts';
import type { MetricsReport } from '../metrics/index.ts';
import { METRIC_LABELS } from '../metrics/labels.ts';
import { entityPath, parseEntityRef, refKey } from '../catalogue/refs.ts';
import { evidenceHref, parseEvidenceId, type EvidenceId } from './evidence.ts';
import { disagreements, levelIndex, suggestedRange, type Disagreement, type Signal } from './levels.ts';
import { computeSignals, platformTeamsOf, teamsOf, type GuideReviewInput } from './signals.ts';

export { levelIndex, disagreements, suggestedRange, type Disagreement, type Signal } from './levels.ts';
export { layoutMaturityChart } from './chart.ts';

export interface MaturityOptions {
  /** The catalogue tag that marks a Group of type team as a platform team. Default `platform-team`. */
  platformTeamTag: string;
  /**
   * "Do we need a platform team yet?" is shown when the catalogue has at most this many product teams
   * (teams not tagged as platform teams). Default 5.
   */
  smallOrganisationTeams: number;
}

export const DEFAULT_MATURITY_OPTIONS: MaturityOptions = { platformTeamTag: 'platform-team', smallOrganisationTeams: 5 };

export interface MaturityInput {
  catalogue: readonly EntityData[];
  guides: readonly GuideReviewInput[];
  playbooks: readonly { id: string; data: PlaybookData }[];
  /** Finding ids and titles, to name cited findings. */
  findings: readonly { id: string; data: { title: string; draft: boolean } }[];
  roadmap: readonly { id: string; data: RoadmapItemData }[];
  metrics: MetricsReport;
  interviews: readonly { id: string; data: InterviewRecord }[];
  assessments: readonly { id: string; data: MaturityAssessmentData }[];
  today: Date;
  options?: Partial<MaturityOptions> | undefined;
}

/** A cited piece of evidence, resolved to a label and an address. */
export interface EvidenceLink {
  id: string;
  kind: EvidenceId['kind'];
  label: string;
  href: string;
}

/** How an aspect's level moved since the previous assessment. */
export type LevelChange = { kind: 'first' } | { kind: 'same' } | { kind: 'up' | 'down'; by: number; from: MaturityLevel };

export interface AspectView {
  aspect: MaturityAspect;
  level: MaturityLevel;
  rationale: string;
  evidence: EvidenceLink[];
  previous: MaturityLevel | undefined;
  change: LevelChange;
  signals: Signal[];
  /** The levels the signals leave open. */
  suggested: { from: MaturityLevel; to: MaturityLevel };
  disagreements: Disagreement[];
  /** Roadmap items that name this aspect in `maturity`, now first, done last. */
  roadmap: { id: string; data: RoadmapItemData }[];
}

export interface SmallOrganisation {
  /** Teams of the catalogue not tagged as platform teams. */
  productTeams: number;
  platformTeams: number;
  components: number;
  threshold: number;
  /** True when productTeams is at most the threshold: the page shows the note. */
  show: boolean;
}

export interface Maturity {
  /** Every assessment, oldest quarter first. */
  history: { id: string; quarter: string; assessed: Date; by: string; levels: Record<MaturityAspect, MaturityLevel> }[];
  /** The latest quarter's assessment, with the signals; undefined when content/maturity/ is empty. */
  current: { id: string; quarter: string; assessed: Date; by: string; next: string | undefined; aspects: AspectView[] } | undefined;
  /** The quarter before it, when there is one. */
  previousQuarter: string | undefined;
  /** Every signal, computed whether or not there is an assessment. */
  signals: Signal[];
  smallOrganisation: SmallOrganisation;
  options: MaturityOptions;
}

/** Whether the organisation is small enough for the "do we need a platform team yet?" note. */
export function smallOrganisationOf(catalogue: readonly EntityData[], options: MaturityOptions): SmallOrganisation {
  const teams = teamsOf(catalogue);
  const platform = platformTeamsOf(catalogue, options.platformTeamTag).length;
  const productTeams = teams.size - platform;
  return {
    productTeams,
    platformTeams: platform,
    components: catalogue.filter((e) => e.kind === 'Component').length,
    threshold: options.smallOrganisationTeams,
    show: productTeams <= options.smallOrganisationTeams,
  };
}

export function levelChange(level: MaturityLevel, previous: MaturityLevel | undefined): LevelChange {
  if (!previous) return { kind: 'first' };
  const d = levelIndex(level) - levelIndex(previous);
  if (d === 0) return { kind: 'same' };
  return { kind: d > 0 ? 'up' : 'down', by: Math.abs(d), from: previous };
}

export function buildMaturity(input: MaturityInput): Maturity {
  const options = { ...DEFAULT_MATURITY_OPTIONS, ...input.options };
  const signals = computeSignals({
    catalogue: input.catalogue,
    guides: input.guides,
    playbooks: input.playbooks,
    roadmap: input.roadmap,
    metrics: input.metrics,
    interviews: input.interviews,
    today: input.today,
    platformTeamTag: options.platformTeamTag,
  });
  const sorted = [...input.assessments].sort((a, b) => a.data.quarter.localeCompare(b.data.quarter) || a.id.localeCompare(b.id));
  const history = sorted.map((a) => ({
    id: a.id,
    quarter: a.data.quarter,
    assessed: a.data.assessed,
    by: a.data.by,
    levels: Object.fromEntries(MATURITY_ASPECTS.map((k) => [k, a.data.aspects[k].level])) as Record<MaturityAspect, MaturityLevel>,
  }));
  const latest = sorted[sorted.length - 1];
  const before = sorted[sorted.length - 2];

  const findingTitle = new Map(input.findings.map((f) => [f.id, f.data.title]));
  const published = input.roadmap.filter((r) => !r.data.draft);
  const roadmapTitle = new Map(published.map((r) => [r.id, r.data.title]));
  const playbookTitle = new Map(input.playbooks.map((p) => [p.id, p.data.title]));
  const entityHref = (ref: string) => entityPath(parseEntityRef(ref, 'Component'));
  function resolve(value: string): EvidenceLink | undefined {
    const e = parseEvidenceId(value);
    if ('reason' in e) return undefined; // paved check reports it; the page leaves it out
    const label =
      e.kind === 'finding' ? `Finding: ${findingTitle.get(e.id) ?? e.id}`
      : e.kind === 'roadmap' ? `Roadmap: ${roadmapTitle.get(e.id) ?? e.id}`
      : e.kind === 'playbook' ? `Playbook: ${playbookTitle.get(e.id) ?? e.id}`
      : e.kind === 'entity' ? `Catalogue: ${refKey(parseEntityRef(e.id, 'Component'))}`
      : e.kind === 'metric' ? `Metric: ${METRIC_LABELS[e.id as keyof typeof METRIC_LABELS]}`
      : `${e.kind.charAt(0).toUpperCase()}${e.kind.slice(1)}: ${e.id}`;
    return { id: value, kind: e.kind, label, href: evidenceHref(e, entityHref) };
  }
  const statusOrder = (s: RoadmapItemData['status']) => ROADMAP_STATUSES.indexOf(s);

  const current = latest && {
    id: latest.id,
    quarter: latest.data.quarter,
    assessed: latest.data.assessed,
    by: latest.data.by,
    next: latest.data.next,
    aspects: MATURITY_ASPECTS.map((aspect): AspectView => {
      const a = latest.data.aspects[aspect];
      const previous = before?.data.aspects[aspect].level;
      return {
        aspect,
        level: a.level,
        rationale: a.rationale,
        evidence: a.evidence.map(resolve).filter((e): e is EvidenceLink => e !== undefined),
        previous,
        change: levelChange(a.level, previous),
        signals: signals.filter((s) => s.aspect === aspect),
        suggested: suggestedRange(aspect, signals),
        disagreements: disagreements(aspect, a.level, signals),
        roadmap: published.filter((r) => r.data.maturity === aspect).sort((x, y) => statusOrder(x.data.status) - statusOrder(y.data.status) || x.data.title.localeCompare(y.data.title)),
      };
    }),
  };
  return {
    history,
    current,
    previousQuarter: before?.data.quarter,
    signals,
    smallOrganisation: smallOrganisationOf(input.catalogue, options),
    options,
  };
}
