/**
 * The bridge between Astro's collections and the pure site model in src/lib/model.ts: reads each
 * collection once per build and memoises the model, so pages share one computation.
 */
import { getCollection } from 'astro:content';
import { buildSite, type Site } from '../lib/model.ts';
import { today } from '../lib/review.ts';
import type { MetricsRecord } from '../schemas/metrics.ts';

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= (async () => {
    const [guides, playbooks, roadmap, findings, updates, paths, catalogue, interviews, themes, metrics] = await Promise.all([
      getCollection('guides'),
      getCollection('playbooks'),
      getCollection('roadmap'),
      getCollection('findings'),
      getCollection('updates'),
      getCollection('paths'),
      getCollection('catalogue'),
      getCollection('interviews'),
      getCollection('themes'),
      getCollection('metrics'),
    ]);
    const record = <K extends MetricsRecord['kind']>(kind: K) => metrics.find((m) => m.data.kind === kind)?.data as Extract<MetricsRecord, { kind: K }> | undefined;
    return buildSite({
      guides,
      playbooks,
      roadmap,
      findings,
      updates,
      paths,
      catalogue: catalogue.map((c) => c.data),
      interviews,
      themes,
      metrics: { deployments: record('deployments')?.rows ?? [], surveys: record('surveys')?.rows ?? [], onboarding: record('onboarding')?.rows ?? [] },
      today: today(),
    });
  })();
  return cached;
}
