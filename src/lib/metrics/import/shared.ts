/**
 * What every metrics import produces: rows for a metrics CSV file (cells as text, by column name) and
 * every input row that was not imported, with where it came from and why.
 */
export type CsvRow = Record<string, string>;

export interface Rejected {
  /** Where the row came from: `file:index` for JSON, `file:line` for CSV, a tag or commit for git. */
  where: string;
  reason: string;
}

export interface ImportResult {
  rows: CsvRow[];
  rejected: Rejected[];
}

/** Who a deployment source's rows belong to: one service of one team, on the golden path or not. */
export interface DeploymentTarget {
  service: string;
  team: string;
  goldenPath: boolean;
  /** The environment name that means production in the source (default `production`). */
  environment?: string | undefined;
  /** The commit time of a commit, from a local clone, when the source does not carry it. */
  commitTime?: ((sha: string) => string | undefined) | undefined;
}

/** An ISO 8601 time as the CSV files write it: `2026-03-14T09:12:00Z`; undefined when it is not a time. */
export function isoTime(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const t = Date.parse(text);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function deploymentRow(target: DeploymentTarget, commitTime: string, deployTime: string): CsvRow {
  return {
    service: target.service,
    team: target.team,
    commit_time: commitTime,
    deploy_time: deployTime,
    environment: 'production',
    outcome: 'success',
    restored_time: '',
    golden_path: target.goldenPath ? 'yes' : 'no',
  };
}

export const DEPLOYMENT_COLUMNS = ['service', 'team', 'commit_time', 'deploy_time', 'environment', 'outcome', 'restored_time', 'golden_path'];
export const SURVEY_COLUMNS = ['date', 'team', 'score', 'comment'];

/** The items of saved API pages (each file one JSON array), in order, with where each came from; duplicates by `id` kept once. */
export function pageItems(pages: readonly { file: string; json: unknown }[], rejected: Rejected[]): { item: Record<string, unknown>; where: string }[] {
  const out: { item: Record<string, unknown>; where: string }[] = [];
  const ids = new Set<unknown>();
  for (const { file, json } of pages) {
    if (!Array.isArray(json)) {
      rejected.push({ where: file, reason: 'is not a JSON array: save each page of the API response as it comes (a list of objects)' });
      continue;
    }
    json.forEach((item, i) => {
      const where = `${file}:${i + 1}`;
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        rejected.push({ where, reason: 'is not an object' });
        return;
      }
      const id = (item as Record<string, unknown>)['id'];
      if (id !== undefined && ids.has(id)) return; // the same item on two pages (pages shift while they are saved)
      ids.add(id);
      out.push({ item: item as Record<string, unknown>, where });
    });
  }
  return out;
}

const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);
export { get };
