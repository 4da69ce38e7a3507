/**
 * Deployments from GitLab's deployments API, as saved JSON: the pages of "List project deployments"
 * (GET /projects/:id/deployments), each page one file.
 *
 * A deployment is imported when its environment is the production one and its status is `success`: its
 * deploy time is `finished_at` (or its job's `finished_at`, else `updated_at`), its commit time the
 * deployable commit's `committed_date` (or `created_at`), else the commit's time in a local clone.
 * `failed` and `canceled` deployments never went live; `created`, `running` and `blocked` ones have not
 * finished: all are rejected and listed.
 */
import { deploymentRow, get, isoTime, pageItems, type DeploymentTarget, type ImportResult, type Rejected } from './shared.ts';

export function importGitlab(pages: readonly { file: string; json: unknown }[], target: DeploymentTarget): ImportResult {
  const rejected: Rejected[] = [];
  const env = target.environment ?? 'production';
  const rows = [];
  for (const { item, where } of pageItems(pages, rejected)) {
    const label = `${where} (deployment ${String(item['iid'] ?? item['id'] ?? '?')})`;
    const sha = typeof item['sha'] === 'string' ? item['sha'] : '';
    const status = item['status'];
    if (!sha || typeof status !== 'string') {
      rejected.push({ where: label, reason: 'is not a deployment: it needs sha and status' });
      continue;
    }
    const environment = get(item, 'environment', 'name');
    if (environment !== env) {
      rejected.push({ where: label, reason: `is for environment "${String(environment)}", not "${env}" (choose the production environment with --environment)` });
      continue;
    }
    if (status !== 'success') {
      rejected.push({ where: label, reason: status === 'failed' || status === 'canceled' ? `never went live (status ${status})` : `has not finished (status ${status})` });
      continue;
    }
    const deployTime = isoTime(item['finished_at']) ?? isoTime(get(item, 'deployable', 'finished_at')) ?? isoTime(item['updated_at']);
    if (!deployTime) {
      rejected.push({ where: label, reason: 'has no finish time (finished_at, deployable.finished_at or updated_at)' });
      continue;
    }
    const commitTime = isoTime(get(item, 'deployable', 'commit', 'committed_date')) ?? isoTime(get(item, 'deployable', 'commit', 'created_at')) ?? (target.commitTime ? target.commitTime(sha) : undefined);
    if (!commitTime) {
      rejected.push({ where: label, reason: `has no commit time: its deployable has no commit; pass --repo with a clone that has commit ${sha.slice(0, 12)}` });
      continue;
    }
    rows.push(deploymentRow(target, commitTime, deployTime));
  }
  return { rows, rejected };
}
