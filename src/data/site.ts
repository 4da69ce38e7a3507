/**
 * The bridge between Astro's collections and the pure site model in src/lib/site/model.ts: reads each
 * collection once per build and memoises the model, so pages share one computation.
 *
 * The metrics rows are read with the same reader as `paved check` rather than through a collection:
 * 100,000 deployments would otherwise be validated a second time and serialised into Astro's data
 * store (18 MB, several seconds of every build) only to be read back here.
 */
import { getCollection } from 'astro:content';
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { lastCommits } from '../lib/guides/last-commit.ts';
import { buildSite, type Site } from '../lib/site/model.ts';
import { ContentError, type Problem } from '../lib/content/problems.ts';
import { today } from '../lib/guides/review.ts';
import { buildMaturity, type Maturity } from '../lib/maturity/index.ts';
import { loadConfig } from '../loaders/config.ts';
import { loadMetrics } from '../loaders/metrics.ts';
import { gitRunner } from '../loaders/git.ts';

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= (async () => {
    const [guides, playbooks, roadmap, findings, updates, paths, catalogue, interviews, themes] = await Promise.all([
      getCollection('guides'),
      getCollection('playbooks'),
      getCollection('roadmap'),
      getCollection('findings'),
      getCollection('updates'),
      getCollection('paths'),
      getCollection('catalogue'),
      getCollection('interviews'),
      getCollection('themes'),
    ]);
    const problems: Problem[] = [];
    const metrics = loadMetrics(fileURLToPath(root), problems);
    // The build's check stops on these first; in dev they end up here and must not pass silently.
    if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
    // Guides without a review date in their front matter fall back to their file's last commit.
    const undated = guides.filter((g) => !g.data.lastReviewed).map((g) => ({ id: g.id, file: g.filePath ?? `content/guides/${g.id}.mdx` }));
    const commits = lastCommits(undated.map((g) => g.file), gitRunner(process.cwd()));
    const guideCommits = new Map(undated.map((g) => [g.id, commits.get(g.file)!]));
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
      metrics,
      today: today(),
      guideCommits,
    });
  })();
  return cached;
}

let maturity: Promise<Maturity> | undefined;

/** The /maturity/ page's model (src/lib/maturity/), from the site model and the assessments. */
export function getMaturity(): Promise<Maturity> {
  maturity ??= (async () => {
    const [site, assessments] = await Promise.all([getSite(), getCollection('maturity')]);
    return buildMaturity({
      catalogue: site.catalogue.map((c) => c.entity),
      guides: site.guides.map((g) => ({ id: g.id, owner: g.data.owner, lastReviewed: site.guideReview(g).lastReviewed, everyDays: g.data.reviewEveryDays })),
      playbooks: site.playbooks,
      findings: site.findings,
      roadmap: site.roadmapItems.map((r) => r.item),
      metrics: site.metrics.report,
      interviews: site.interviews,
      assessments,
      today: site.today,
      options: loadConfig(fileURLToPath(root)).config.maturity,
    });
  })();
  return maturity;
}
