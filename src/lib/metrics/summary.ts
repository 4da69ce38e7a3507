/** Every metric over one set of rows: the unit that months, periods and teams are all summed up in. */
import { parseEntityRef, refKey } from '../catalogue/refs.ts';
import { spread, nps, type Nps, type Spread } from './stats.ts';

/** The key a team is grouped by: its canonical Group reference, e.g. `group:default/payments`. */
const teamKeys = new Map<string, string>();
export function teamKey(team: string): string {
  let key = teamKeys.get(team);
  if (key === undefined) {
    try {
      key = refKey(parseEntityRef(team, 'Group'));
    } catch {
      key = team;
    }
    teamKeys.set(team, key);
  }
  return key;
}

/** Every metric over one set of rows (one month, one period, one team). */
export interface Summary {
  /** Lead time for changes, in hours. */
  leadTime: Spread;
  /** Production deployments, the days they were counted over, and deployments per week. */
  frequency: { deployments: number; days: number; perWeek: number };
  /** Failed production deployments over all production deployments (0-1; undefined without deployments). */
  failureRate: { deployments: number; failures: number; rate: number | undefined };
  /** Failed deployment recovery time, in hours, over the restored failures; `open` failures are not restored yet. */
  recovery: Spread & { failures: number; open: number };
  /** Onboarding time of the services that reached production, in days, overall and by golden path or not. */
  onboarding: Spread & { goldenPath: Spread; other: Spread };
  /**
   * Golden-path adoption among the services that deployed to production: a service is on the golden path
   * when its latest production deployment went through it, a team when all its services are.
   */
  adoption: {
    services: number;
    servicesOn: number;
    serviceShare: number | undefined;
    teams: number;
    teamsOn: number;
    teamShare: number | undefined;
    /** The services whose latest production deployment did not go through the golden path, by team and name. */
    notOn: { team: string; service: string }[];
  };
  /** Developer NPS. */
  nps: Nps;
}

/** A production deployment reduced to what the computations need. */
export interface Prod {
  team: string;
  service: string;
  month: number;
  leadHours: number;
  deployTime: number;
  failed: boolean;
  /** Hours to restore, for a restored failure. */
  restoreHours: number | undefined;
  goldenPath: boolean;
}

export interface Answer {
  team: string;
  month: number;
  score: number;
}

export interface Onboarded {
  team: string;
  month: number;
  days: number;
  goldenPath: boolean;
}

export function summarise(deployments: readonly Prod[], answers: readonly Answer[], onboarded: readonly Onboarded[], days: number): Summary {
  const lead: number[] = [];
  const restore: number[] = [];
  let failures = 0;
  let open = 0;
  const latest = new Map<string, Prod>();
  for (const d of deployments) {
    lead.push(d.leadHours);
    if (d.failed) {
      failures++;
      if (d.restoreHours === undefined) open++;
      else restore.push(d.restoreHours);
    }
    const key = `${d.team}\u0000${d.service}`;
    const seen = latest.get(key);
    if (!seen || d.deployTime >= seen.deployTime) latest.set(key, d);
  }
  const teamOn = new Map<string, boolean>();
  let servicesOn = 0;
  const notOn: { team: string; service: string }[] = [];
  for (const d of latest.values()) {
    if (d.goldenPath) servicesOn++;
    else notOn.push({ team: d.team, service: d.service });
    teamOn.set(d.team, (teamOn.get(d.team) ?? true) && d.goldenPath);
  }
  notOn.sort((a, b) => a.team.localeCompare(b.team) || a.service.localeCompare(b.service));
  const teamsOn = [...teamOn.values()].filter(Boolean).length;
  const n = deployments.length;
  const onboardingDays = onboarded.map((o) => o.days);
  return {
    leadTime: spread(lead),
    frequency: { deployments: n, days, perWeek: days > 0 ? (n / days) * 7 : 0 },
    failureRate: { deployments: n, failures, rate: n ? failures / n : undefined },
    recovery: Object.assign(spread(restore), { failures, open }),
    onboarding: Object.assign(spread(onboardingDays), {
      goldenPath: spread(onboarded.filter((o) => o.goldenPath).map((o) => o.days)),
      other: spread(onboarded.filter((o) => !o.goldenPath).map((o) => o.days)),
    }),
    adoption: {
      services: latest.size,
      servicesOn,
      serviceShare: latest.size ? servicesOn / latest.size : undefined,
      teams: teamOn.size,
      teamsOn,
      teamShare: teamOn.size ? teamsOn / teamOn.size : undefined,
      notOn,
    },
    nps: nps(answers.map((a) => a.score)),
  };
}
