/**
 * The bridge between Astro's collections and the pure site model in src/lib/model.ts: reads each
 * collection once per build and memoises the model, so pages share one computation.
 */
import { getCollection } from 'astro:content';
import { lastCommits } from '../lib/last-commit.ts';
import { buildSite, type Site } from '../lib/model.ts';
import { today } from '../lib/review.ts';
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
      today: today(),
      guideCommits,
    });
  })();
  return cached;
}
