/**
 * The site model: everything the pages show, computed once from the validated collections.
 *
 * Each domain has its own builder in this folder (catalogue.ts, guides.ts, research.ts, roadmap.ts,
 * metrics.ts), a pure function of its own inputs; this module composes them and makes the few links
 * between domains: the guides that use an entity, what a finished roadmap item delivered, the roadmap
 * items that aim at a metric, and everything a team owns. It never reads files, so every aggregate is
 * unit-tested outside Astro. Pages only arrange what it returns.
 */
import type { GuideData } from '../../schemas/guide.ts';
import type { MetricId } from '../metrics/index.ts';
import { parseEntityRef, refKey } from '../catalogue/refs.ts';
import { buildCatalogue } from './catalogue.ts';
import { buildGuides } from './guides.ts';
import { buildMetrics } from './metrics.ts';
import { buildResearch } from './research.ts';
import { buildRoadmap } from './roadmap.ts';
import { indexBy, type Entry, type SiteInput } from './shared.ts';

export { confidenceFor } from './roadmap.ts';
export { indexBy } from './shared.ts';
export type { CatalogueItem, Entry, EntityLink, GuideReview, PlaybookProgress, Priority, Review, SiteInput } from './shared.ts';

export function buildSite(input: SiteInput) {
  const catalogue = buildCatalogue(input);
  const { link } = catalogue;
  const guides = buildGuides(input, link);
  const research = buildResearch(input, link);
  const roadmap = buildRoadmap({ roadmap: input.roadmap, interviews: input.interviews, evidence: research.evidence, interviewedTeams: research.interviewedTeams });
  const metrics = buildMetrics(input, link);

  // Guide -> entity: which guides use an entity, indexed once on first use (quadratic if scanned per page).
  let usingIndex: Map<string, Entry<GuideData>[]> | undefined;
  function guidesUsing(key: string): Entry<GuideData>[] {
    usingIndex ??= indexBy(guides.guides, (g) => g.data.uses.map((u) => refKey(parseEntityRef(u, 'Component'))));
    return [...(usingIndex.get(key) ?? [])];
  }

  // Roadmap -> findings, guides and entities: what each finished item answered and delivered.
  const delivered = roadmap.roadmapItems
    .filter((r) => r.item.data.status === 'done')
    .sort((a, b) => (b.item.data.shipped?.getTime() ?? 0) - (a.item.data.shipped?.getTime() ?? 0) || a.item.data.title.localeCompare(b.item.data.title))
    .map((r) => ({
      ...r,
      findings: r.item.data.evidence.flatMap((id) => {
        const finding = research.findingById.get(id);
        const ev = research.evidence.get(id);
        return finding && ev ? [{ finding, evidence: ev, theme: research.themeById.get(id) }] : [];
      }),
      guides: r.item.data.delivers.guides.map((id) => guides.guideById.get(id)).filter((g): g is Entry<GuideData> => g !== undefined),
      entities: r.item.data.delivers.entities.map((e) => link(e, 'Component')),
    }));

  // Team -> everything it owns and writes, across domains.
  const ownerKey = (value: string) => refKey(parseEntityRef(value, 'Group'));
  const metricsByTeam = new Map(metrics.teams.map((t) => [t.team, t]));
  function teamView(key: string) {
    const owns = (value: string) => ownerKey(value) === key;
    return {
      entities: catalogue.entitiesOwnedBy(key),
      guides: guides.guides.filter((g) => owns(g.data.owner)),
      playbooks: guides.playbooks.filter((p) => owns(p.data.owner)),
      migrating: guides.playbooks.filter((p) => p.data.teams.some((t) => ownerKey(t.team) === key)),
      roadmap: roadmap.roadmapItems.filter((r) => owns(r.item.data.owner)),
      findings: research.findings.filter((f) => owns(f.data.owner)),
      updates: guides.updates.filter((u) => owns(u.data.owner)),
      paths: guides.paths.filter((p) => owns(p.data.owner)),
      /** The team's product metrics, when any metrics file names it. */
      metrics: metricsByTeam.get(key),
    };
  }

  return {
    today: input.today,
    ...catalogue,
    ...guides,
    ...research,
    ...roadmap,
    metrics: {
      ...metrics,
      /** Roadmap items that aim to move a metric. */
      roadmapFor: (id: MetricId) => roadmap.roadmapItems.filter((r) => r.item.data.metric === id),
    },
    /** Done roadmap items, latest first, with the findings that drove them and what they delivered. */
    delivered,
    guidesUsing,
    teamView,
  };
}

export type Site = ReturnType<typeof buildSite>;
