/**
 * The sample metrics of Kestrel Freight, generated from a fixed seed so that the files in
 * content/metrics/ can be rebuilt byte for byte (`npm run metrics:sample`) and scaled up for the
 * metrics benchmark (`npm run metrics:benchmark`).
 *
 * The row generators take the services, teams and new services as options (the sample's by default),
 * so the site benchmark (bench/generate.ts) writes its metrics files at scale with the same model of
 * lead times, failures, restores, staging deployments and survey answers, for its own generated teams
 * and services.
 *
 * The story follows the sample catalogue, playbooks, roadmap and updates (see content/metrics/README.md):
 * the six teams the platform serves move from legacy Jenkins to the Paved pipeline at the dates of the
 * Jenkins playbook, pipeline caching is piloted from 2 April 2026 and on for everyone from 2 September,
 * and self-service PostgreSQL (14 May 2026) takes the wait for a database out of new services.
 */

/** A small, fast, seeded random number generator (mulberry32): the same seed gives the same sequence. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

/** The months of the sample: December 2025 to November 2026. The data stops on 27 November 2026. */
export const START = day('2025-12-01');
export const END = day('2026-11-28');
/** Pipeline caching: piloted by storefront and sre from 2 April, on for every repository from 2 September. */
const CACHING_PILOT = day('2026-04-02');
const CACHING_ALL = day('2026-09-02');
const PILOT_TEAMS: ReadonlySet<string> = new Set(['storefront', 'sre']);

/** A deployed service and how often it deploys. */
export interface Service {
  name: string;
  team: string;
  /** Production deployments in a month, before the golden path multiplies them. */
  perMonth: number;
  /** The day its deployments moved to the Paved pipeline; undefined while still on legacy Jenkins. */
  goldenFrom?: string | undefined;
  /** For a new service: its first production deployment (nothing is deployed before). */
  since?: string | undefined;
}

/** Services and their owners, as in the sample catalogue; new services as in the onboarding file. */
export const SERVICES: Service[] = [
  { name: 'storefront-web', team: 'storefront', perMonth: 20, goldenFrom: '2025-06-02' },
  { name: 'checkout-web', team: 'storefront', perMonth: 14, goldenFrom: '2026-01-19' },
  { name: 'store-search', team: 'storefront', perMonth: 7, goldenFrom: '2026-03-20', since: '2026-03-20' },
  { name: 'gift-cards-web', team: 'storefront', perMonth: 6, goldenFrom: '2026-06-15', since: '2026-06-15' },
  { name: 'telemetry-collector', team: 'sre', perMonth: 7, goldenFrom: '2026-02-09' },
  { name: 'incident-bot', team: 'sre', perMonth: 4, goldenFrom: '2026-03-04', since: '2026-03-04' },
  { name: 'status-page', team: 'sre', perMonth: 3, goldenFrom: '2026-07-16', since: '2026-07-16' },
  { name: 'secrets-operator', team: 'security', perMonth: 6, goldenFrom: '2026-05-18' },
  { name: 'access-broker', team: 'security', perMonth: 4, goldenFrom: '2026-08-12', since: '2026-08-12' },
  { name: 'shipments-service', team: 'shipments', perMonth: 16, goldenFrom: '2026-07-06' },
  { name: 'tracking-worker', team: 'shipments', perMonth: 9, goldenFrom: '2026-08-17' },
  { name: 'label-printer', team: 'shipments', perMonth: 2 },
  { name: 'returns-service', team: 'shipments', perMonth: 5, since: '2026-02-23' },
  { name: 'depot-scanner-gateway', team: 'shipments', perMonth: 4, since: '2026-05-11' },
  { name: 'eta-predictor', team: 'shipments', perMonth: 4, goldenFrom: '2026-10-08', since: '2026-10-08' },
  { name: 'postgres-standard', team: 'data-platform', perMonth: 6, goldenFrom: '2026-06-01' },
  { name: 'events-kafka', team: 'data-platform', perMonth: 4 },
  { name: 'redis-cache', team: 'data-platform', perMonth: 2 },
  { name: 'kafka-connect-cdc', team: 'data-platform', perMonth: 2, since: '2026-01-20' },
  { name: 'payments-gateway', team: 'payments', perMonth: 8 },
  { name: 'ledger-service', team: 'payments', perMonth: 6 },
  { name: 'refunds-service', team: 'payments', perMonth: 4, since: '2026-01-05' },
  { name: 'payouts-service', team: 'payments', perMonth: 5, goldenFrom: '2026-09-11', since: '2026-09-11' },
];

/** A new service: when it was asked for (`YYYY-MM-DD`), when it first reached production (none yet: undefined), and whether from a golden-path template. */
export interface Onboarding {
  service: string;
  team: string;
  requested: string;
  first?: string | undefined;
  goldenPath: boolean;
}

/** New services: when they were asked for, when they first reached production, and whether from a golden-path template. */
export const ONBOARDING: Onboarding[] = [
  { service: 'kafka-connect-cdc', team: 'data-platform', requested: '2025-12-01', first: '2026-01-20', goldenPath: false },
  { service: 'refunds-service', team: 'payments', requested: '2025-11-17', first: '2026-01-05', goldenPath: false },
  { service: 'returns-service', team: 'shipments', requested: '2026-01-12', first: '2026-02-23', goldenPath: false },
  { service: 'incident-bot', team: 'sre', requested: '2026-02-16', first: '2026-03-04', goldenPath: true },
  { service: 'store-search', team: 'storefront', requested: '2026-03-02', first: '2026-03-20', goldenPath: true },
  { service: 'depot-scanner-gateway', team: 'shipments', requested: '2026-04-06', first: '2026-05-11', goldenPath: false },
  { service: 'gift-cards-web', team: 'storefront', requested: '2026-06-08', first: '2026-06-15', goldenPath: true },
  { service: 'status-page', team: 'sre', requested: '2026-07-13', first: '2026-07-16', goldenPath: true },
  { service: 'access-broker', team: 'security', requested: '2026-08-03', first: '2026-08-12', goldenPath: true },
  { service: 'payouts-service', team: 'payments', requested: '2026-09-07', first: '2026-09-11', goldenPath: true },
  { service: 'eta-predictor', team: 'shipments', requested: '2026-10-05', first: '2026-10-08', goldenPath: true },
  { service: 'cert-rotator', team: 'security', requested: '2026-11-09', goldenPath: true },
  { service: 'fraud-rules', team: 'payments', requested: '2026-11-16', goldenPath: true },
];

/** The quarterly survey waves: each answer falls on the wave's day or one of the four days after it. */
export const WAVES = ['2025-12-08', '2026-03-09', '2026-06-08', '2026-09-07'];

/** A team's survey: answers per wave (give or take two) and its satisfaction (0 to 1) at each wave of WAVES. */
export interface Satisfaction {
  answers: number;
  waves: number[];
}

/** How satisfied each team is with the platform at each survey wave (0 to 1), following its move to the golden path. */
const SATISFACTION: Record<string, Satisfaction> = {
  storefront: { answers: 12, waves: [0.5, 0.7, 0.8, 0.85] },
  sre: { answers: 7, waves: [0.4, 0.6, 0.75, 0.8] },
  security: { answers: 7, waves: [0.3, 0.35, 0.6, 0.7] },
  shipments: { answers: 14, waves: [0.25, 0.3, 0.45, 0.65] },
  'data-platform': { answers: 8, waves: [0.3, 0.35, 0.6, 0.65] },
  payments: { answers: 13, waves: [0.15, 0.2, 0.25, 0.4] },
};
const COMMENTS = {
  promoter: ['The pipeline is fast enough now that I stopped batching changes.', 'Self-service Postgres saved us a week on the last service.', 'Rollback is one command, that alone is worth it.', 'The templates give us dashboards and alerts for free.'],
  passive: ['Good, but the docs for the pipeline file options are thin.', 'Mostly fine; preview environments would help design reviews.', 'Better than last year, still some waiting on access requests.'],
  detractor: ['Our builds are still on Jenkins and take forty minutes.', 'Waiting for a database took longer than writing the service.', 'Secrets live in three places and rotation is manual.', 'Hard to find who owns a service when something breaks.'],
};

function poisson(rnd: () => number, mean: number): number {
  // Knuth's method, split so large means do not underflow.
  let n = 0;
  let left = mean;
  while (left > 0) {
    const step = Math.min(left, 30);
    left -= step;
    const limit = Math.exp(-step);
    let p = rnd();
    while (p > limit) {
      n++;
      p *= rnd();
    }
  }
  return n;
}

/** A lognormal draw with the given median, in the median's unit. */
function lognormal(rnd: () => number, median: number, sigma: number): number {
  const u = Math.max(rnd(), 1e-12);
  const v = rnd();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

/** A working-hours moment (Monday to Friday, 07:00 to 17:00 UTC) between two times, or undefined if there is none. */
function workingMoment(rnd: () => number, from: number, to: number): number | undefined {
  for (let tries = 0; tries < 50; tries++) {
    const t = from + rnd() * (to - from);
    const d = new Date(t);
    const weekday = d.getUTCDay();
    const hour = d.getUTCHours();
    if (weekday !== 0 && weekday !== 6 && hour >= 7 && hour < 17) return t;
  }
  return undefined;
}

function iso(ms: number): string {
  return new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(/:00\.000Z$/, ':00Z');
}

/** Quotes a CSV value when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file: the header, then one line per row, each ending in a line break. */
export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** The columns of each file, in the order the sample writes them. */
export const DEPLOYMENT_COLUMNS = ['service', 'team', 'commit_time', 'deploy_time', 'environment', 'outcome', 'restored_time', 'golden_path'] as const;
export const SURVEY_COLUMNS = ['date', 'team', 'score', 'comment'] as const;
export const ONBOARDING_COLUMNS = ['service', 'team', 'requested', 'first_production_deploy', 'golden_path'] as const;

/**
 * Exactly `n` of the rows, chosen at random and kept in their order (selection sampling, Knuth's
 * algorithm S: one pass, every subset of n rows equally likely). Throws when there are fewer than n.
 */
export function keepExactly<T>(rows: readonly T[], n: number, rnd: () => number): T[] {
  if (rows.length < n) throw new Error(`asked for ${n} rows, only ${rows.length} were generated`);
  const kept: T[] = [];
  for (let i = 0; i < rows.length && kept.length < n; i++) {
    if (rnd() * (rows.length - i) < n - kept.length) kept.push(rows[i]!);
  }
  return kept;
}

export interface SampleOptions {
  /** Seed of the random numbers. */
  seed?: number;
  /** Copies of every service (named `<service>-2`, `-3`, ...), to scale the deployments up for the benchmark. */
  copies?: number;
}

export interface DeploymentOptions extends SampleOptions {
  /** The services that deploy; the sample's by default. */
  services?: readonly Service[];
  /** The teams that pilot pipeline caching from 2 April 2026 (everyone has it from 2 September); the sample's by default. */
  pilotTeams?: ReadonlySet<string>;
}

/** deployments.csv: production deployments, each preceded by its staging deployment on the golden path. */
export function deploymentsCsv(options: DeploymentOptions = {}): string {
  return csv(DEPLOYMENT_COLUMNS, deploymentRows(options));
}

/** The rows of deployments.csv (cells in DEPLOYMENT_COLUMNS order), sorted by deploy time. */
export function deploymentRows({ seed = 20251201, copies = 1, services = SERVICES, pilotTeams = PILOT_TEAMS }: DeploymentOptions = {}): string[][] {
  const rnd = random(seed);
  const rows: { at: number; cells: string[] }[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const s of services) {
      const name = copy === 1 ? s.name : `${s.name}-${copy}`;
      const golden = s.goldenFrom ? day(s.goldenFrom) : Number.POSITIVE_INFINITY;
      const cachedAt = (t: number) => t >= golden && (t >= CACHING_ALL || (t >= CACHING_PILOT && pilotTeams.has(s.team)));
      const deploy = (deployAt: number) => {
        const isGolden = deployAt >= golden;
        const isCached = cachedAt(deployAt);
        const leadHours = isGolden ? lognormal(rnd, isCached ? 6 : 19, 0.75) : lognormal(rnd, 55, 0.8);
        const lead = Math.max(0.3, leadHours);
        const commitAt = deployAt - lead * HOUR;
        const failed = rnd() < (isGolden ? (isCached ? 0.07 : 0.1) : 0.18);
        const restoreHours = isGolden ? lognormal(rnd, 0.8, 0.8) : lognormal(rnd, 5, 0.9);
        const restored = failed ? deployAt + Math.max(0.1, restoreHours) * HOUR : undefined;
        // A failure not restored by the end of the data is exported with an empty restored_time.
        const restoredCell = restored !== undefined && restored <= END ? iso(restored) : '';
        const common = [name, s.team, iso(commitAt)];
        if (isGolden) {
          // Staging goes out between the commit and production.
          const stagingAt = deployAt - Math.min(0.2 + rnd() * 0.8, lead / 2) * HOUR;
          rows.push({ at: stagingAt, cells: [...common, iso(stagingAt), 'staging', 'success', '', 'yes'] });
        }
        rows.push({ at: deployAt, cells: [...common, iso(deployAt), 'production', failed ? 'failure' : 'success', restoredCell, isGolden ? 'yes' : 'no'] });
      };
      // A new service's first production deployment is on the day the onboarding file records.
      if (s.since) deploy(day(s.since) + (10 + rnd() * 4) * HOUR);
      for (let month = START; month < END; ) {
        const d = new Date(month);
        const next = Math.min(END, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
        const from = Math.max(month, s.since ? day(s.since) + DAY : month);
        const share = Math.max(0, (next - from) / (next - month));
        const mid = (from + next) / 2;
        const expected = s.perMonth * share * (mid >= golden ? 1.5 : 1) * (cachedAt(mid) ? 1.4 : 1);
        const count = share > 0 ? poisson(rnd, expected) : 0;
        for (let i = 0; i < count; i++) {
          const at = workingMoment(rnd, from, next);
          if (at !== undefined) deploy(at);
        }
        month = next;
      }
    }
  }
  rows.sort((a, b) => a.at - b.at || a.cells[0]!.localeCompare(b.cells[0]!));
  return rows.map((r) => r.cells);
}

/**
 * surveys.csv: four quarterly waves of the developer survey, anonymous, some answers with a comment.
 * With six to fifteen answers per team a wave is noisy; the seed is one whose per-team results follow
 * the story rather than the noise.
 */
export function surveysCsv(options: SurveyOptions = {}): string {
  return csv(SURVEY_COLUMNS, surveyRows(options));
}

export interface SurveyOptions {
  seed?: number;
  /** Each team's answers and satisfaction per wave; the sample's six teams by default. */
  teams?: Readonly<Record<string, Satisfaction>>;
}

/** The rows of surveys.csv (cells in SURVEY_COLUMNS order), sorted by date and team. */
export function surveyRows({ seed = 306, teams = SATISFACTION }: SurveyOptions = {}): string[][] {
  const rnd = random(seed);
  const rows: string[][] = [];
  WAVES.forEach((wave, w) => {
    for (const [team, { answers, waves }] of Object.entries(teams)) {
      const s = waves[w]!;
      const promoter = 0.15 + 0.45 * s;
      const detractor = 0.5 - 0.4 * s;
      const n = answers + Math.round((rnd() - 0.5) * 4);
      for (let i = 0; i < n; i++) {
        const r = rnd();
        const kind = r < promoter ? 'promoter' : r < promoter + detractor ? 'detractor' : 'passive';
        const score = kind === 'promoter' ? 9 + Math.floor(rnd() * 2) : kind === 'passive' ? 7 + Math.floor(rnd() * 2) : [2, 3, 4, 5, 5, 6, 6, 6][Math.floor(rnd() * 8)]!;
        const date = new Date(day(wave) + Math.floor(rnd() * 5) * DAY).toISOString().slice(0, 10);
        const comments = COMMENTS[kind];
        const comment = rnd() < 0.2 ? comments[Math.floor(rnd() * comments.length)]! : '';
        rows.push([date, team, String(score), comment]);
      }
    }
  });
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!));
  return rows;
}

/** service-onboarding.csv: one row per new service, in the order given (the sample's by default). */
export function onboardingCsv(onboarding: readonly Onboarding[] = ONBOARDING): string {
  return csv(ONBOARDING_COLUMNS, onboarding.map((o) => [o.service, o.team, o.requested, o.first ?? '', o.goldenPath ? 'yes' : 'no']));
}
