/**
 * Metrics: the platform's product metrics. This domain owns reading periods, the computations, headline
 * changes, formatting and chart geometry, over the validated rows of `content/metrics/`:
 *
 * - DORA's four keys, over production deployments only: lead time for changes (commit to running in
 *   production; median and 90th percentile), deployment frequency (deployments per week), change failure
 *   rate (deployments that degraded the service and needed remediation, over all deployments) and failed
 *   deployment recovery time (from the failed deployment to service restored);
 * - onboarding time for new services (request to first production deployment, in days);
 * - golden-path adoption: the share of services, and of teams, whose production deployments go through
 *   the golden path;
 * - developer NPS: promoters (9-10) minus detractors (0-6), as a share of answers, with the sample size
 *   and a 95% margin of error; small samples are flagged.
 *
 * The headline compares complete months only (periods.ts), and calls a change better or worse only when
 * a stated test finds it larger than its uncertainty (verdicts.ts). plausibility.ts checks rows that are
 * well-formed but implausible; import/ turns GitHub, GitLab, git and form-tool exports into rows.
 *
 * Months are calendar months in UTC. Pure functions over plain rows: no files, no Astro, fast enough for
 * 100,000 deployments (see the README's performance note).
 */
export * from './definitions.ts';
export * from './periods.ts';
export * from './stats.ts';
export * from './summary.ts';
export * from './report.ts';
export * from './headlines.ts';
export * from './verdicts.ts';
export * from './plausibility.ts';
export * from './chart.ts';
export * from './format.ts';
export * from './labels.ts';
