/**
 * Metrics' part of the site model: the report over content/metrics/, headline figures against the
 * previous period, each team's figures, and the catalogue entry a metrics row's service names.
 */
import type { MetricsData } from '../../schemas/metrics.ts';
import { computeMetrics, headlines } from '../metrics/index.ts';
import type { EntityLink, LinkResolver } from './shared.ts';

export interface MetricsInput {
  /** The validated rows of content/metrics/; none when the repository keeps no metrics. */
  metrics?: MetricsData | undefined;
  /** The build date: a month not over by then is partial. */
  today?: Date | undefined;
}

export function buildMetrics(input: MetricsInput, link: LinkResolver) {
  const report = computeMetrics(input.metrics ?? { deployments: [], surveys: [], onboarding: [] }, { today: input.today?.getTime(), window: input.metrics?.settings?.window });
  /** The catalogue entry a metrics row's service names: a Component, else a Resource of that name. */
  function serviceLink(service: string): EntityLink | undefined {
    for (const kind of ['Component', 'Resource'] as const) {
      const l = link(`${kind.toLowerCase()}:default/${service}`, kind);
      if (l.exists) return l;
    }
    return undefined;
  }
  return {
    report,
    /** Headline figures of the whole organisation, current period against the previous one. */
    headlines: headlines(report.overall.current, report.overall.previous),
    /** Each team's figures, with a link to the team and its own headlines. */
    teams: report.teams.map((t) => ({ ...t, link: link(t.team, 'Group'), headlines: headlines(t.current, t.previous) })),
    serviceLink,
  };
}

export type MetricsModel = ReturnType<typeof buildMetrics>;
