/**
 * Deployments from git itself: each tag (or each commit on a branch) matching a pattern is a production
 * deployment at its time. A commit's lead time runs to the first deployment that contains it; a
 * deployment's row carries the oldest commit it brought to production (the CSV's convention for a
 * deployment with several changes). Pure: the git history is read by src/loaders/metrics-git.ts.
 */
import { deploymentRow, type DeploymentTarget, type ImportResult, type Rejected } from './shared.ts';

/** A deployment point read from git: its name (tag or commit), its time, and the commits it contains. */
export interface GitDeploy {
  name: string;
  /** ISO 8601 time of the tag (tagger date) or of the branch commit. */
  time: string;
  /** Commits reachable from it and not from the deployment before it, with their commit times. */
  commits: { sha: string; time: string }[];
}

export function importGit(deploys: readonly GitDeploy[], target: DeploymentTarget): ImportResult & { leadHours: number[] } {
  const rejected: Rejected[] = [];
  const rows = [];
  const leadHours: number[] = [];
  const deployed = new Set<string>();
  const ordered = [...deploys].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.name.localeCompare(b.name));
  for (const d of ordered) {
    const fresh = d.commits.filter((c) => !deployed.has(c.sha));
    for (const c of fresh) deployed.add(c.sha);
    if (fresh.length === 0) {
      rejected.push({ where: d.name, reason: 'contains no commit that an earlier deployment did not: not counted as a deployment of new changes' });
      continue;
    }
    const deployTime = new Date(Date.parse(d.time)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const times = fresh.map((c) => Date.parse(c.time));
    for (const t of times) leadHours.push((Date.parse(deployTime) - t) / 3_600_000);
    const oldest = new Date(Math.min(...times)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (oldest > deployTime) {
      rejected.push({ where: d.name, reason: `its commits are dated after it (${oldest}): check the clock of the machine that made them` });
      continue;
    }
    rows.push(deploymentRow(target, oldest, deployTime));
  }
  return { rows, rejected, leadHours };
}
