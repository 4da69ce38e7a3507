/** Names of the product metrics, as shown on pages. */
import type { METRICS } from '../../schemas/roadmap.ts';

export const METRIC_LABELS: Record<(typeof METRICS)[number], string> = {
  'lead-time': 'lead time for changes',
  'deploy-frequency': 'deployment frequency',
  'change-failure-rate': 'change failure rate',
  'recovery-time': 'failed deployment recovery time',
  'onboarding-time': 'onboarding time',
  'golden-path-adoption': 'golden-path adoption',
  'developer-nps': 'developer NPS',
};

/** What each metric measures and how it is counted, in a sentence or two (DORA's definitions for the delivery metrics). */
export const METRIC_DEFINITIONS: Record<(typeof METRICS)[number], string> = {
  'lead-time':
    'The time from a change being committed to it running in production, over every production deployment: the median (half of the changes are faster) and the 90th percentile (the slow tail).',
  'deploy-frequency': 'How often changes reach production: production deployments across every service, divided by the days the period\'s data really cover, times 7 (per week). A partial month counts only its days with data.',
  'change-failure-rate':
    'The share of production deployments that degraded the service and needed remediation: a rollback, a fix forward or a hotfix.',
  'recovery-time':
    'How long service takes to recover from a failed deployment: from the deployment to service restored, the median over the failures that were restored. Failures not restored yet are counted apart.',
  'onboarding-time':
    'Calendar days from a team asking for a new service to its first production deployment, counted in the month it reached production. Services created from a golden-path template are shown apart from the others.',
  'golden-path-adoption':
    'The share of services whose latest production deployment went through the golden path (the Paved pipeline), and the share of teams whose services all did. Only services that deployed to production in the period count.',
  'developer-nps':
    'From the developer survey, "How likely are you to recommend the platform to a colleague?" (0 to 10): the share of promoters (9 or 10) minus the share of detractors (0 to 6), from −100 to +100, with its 95% margin of error. Fewer than 30 answers is a small sample: read it as a hint, not a measurement.',
};
