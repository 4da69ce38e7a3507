/**
 * Deployments from GitHub's REST API, as saved JSON: the pages of "List deployments"
 * (GET /repos/{owner}/{repo}/deployments) and of "List deployment statuses"
 * (GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses), each page one file.
 *
 * A deployment is imported when its environment is the production one and it has a `success` status:
 * its deploy time is the first success status's `created_at`. Its commit time is the payload's
 * `commit_time` (set by the workflow that creates the deployment), else the commit's time in a local
 * clone. A deployment whose statuses end in `failure` or `error` never went live; one with no status, or
 * only `queued`, `pending` or `in_progress`, is not known to have gone live: both are rejected and listed.
 */
import { deploymentRow, get, isoTime, pageItems, type DeploymentTarget, type ImportResult, type Rejected } from './shared.ts';

/** The deployment id a status belongs to, from its `deployment_url` (or its own `url`). */
function statusDeployment(status: Record<string, unknown>): string | undefined {
  for (const key of ['deployment_url', 'url']) {
    const m = /\/deployments\/(\d+)(?:\/statuses\/\d+)?$/.exec(String(status[key] ?? ''));
    if (m) return m[1];
  }
  return undefined;
}

function payloadOf(d: Record<string, unknown>): unknown {
  const p = d['payload'];
  if (typeof p !== 'string') return p;
  try {
    return JSON.parse(p);
  } catch {
    return undefined;
  }
}

export function importGithub(deploymentPages: readonly { file: string; json: unknown }[], statusPages: readonly { file: string; json: unknown }[], target: DeploymentTarget): ImportResult {
  const rejected: Rejected[] = [];
  const statuses = new Map<string, { state: string; time: string; id: number }[]>();
  for (const { item, where } of pageItems(statusPages, rejected)) {
    const id = statusDeployment(item);
    const time = isoTime(item['created_at']);
    if (!id || !time || typeof item['state'] !== 'string') {
      rejected.push({ where, reason: 'is not a deployment status: it needs deployment_url, state and created_at' });
      continue;
    }
    const list = statuses.get(id) ?? [];
    list.push({ state: item['state'], time, id: Number(item['id'] ?? 0) });
    statuses.set(id, list);
  }
  const env = target.environment ?? 'production';
  const rows = [];
  for (const { item, where } of pageItems(deploymentPages, rejected)) {
    const id = String(item['id'] ?? '');
    const sha = String(item['sha'] ?? '');
    const label = `${where} (deployment ${id || '?'})`;
    if (!id || !sha || isoTime(item['created_at']) === undefined) {
      rejected.push({ where: label, reason: 'is not a deployment: it needs id, sha and created_at' });
      continue;
    }
    if (item['environment'] !== env) {
      rejected.push({ where: label, reason: `is for environment "${String(item['environment'])}", not "${env}" (choose the production environment with --environment)` });
      continue;
    }
    const list = (statuses.get(id) ?? []).sort((a, b) => a.time.localeCompare(b.time) || a.id - b.id);
    if (list.length === 0) {
      rejected.push({ where: label, reason: 'has no status, so it is not known to have gone live: save the statuses of every deployment (one file per page of /deployments/{id}/statuses)' });
      continue;
    }
    const success = list.find((s) => s.state === 'success');
    if (!success) {
      const last = list[list.length - 1]!.state;
      rejected.push({ where: label, reason: last === 'failure' || last === 'error' ? `never went live (its last status is ${last})` : `has not finished (its last status is ${last})` });
      continue;
    }
    const payload = payloadOf(item);
    const commitTime = isoTime(get(payload, 'commit_time')) ?? (target.commitTime ? target.commitTime(sha) : undefined);
    if (!commitTime) {
      rejected.push({ where: label, reason: `has no commit time: add commit_time to the deployment's payload, or pass --repo with a clone that has commit ${sha.slice(0, 12)}` });
      continue;
    }
    rows.push(deploymentRow(target, commitTime, success.time));
  }
  return { rows, rejected };
}
