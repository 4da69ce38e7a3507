/** Names of the product metrics, as shown on pages. */
import type { METRICS } from '../schemas/roadmap.ts';

export const METRIC_LABELS: Record<(typeof METRICS)[number], string> = {
  'lead-time': 'lead time for changes',
  'deploy-frequency': 'deployment frequency',
  'change-failure-rate': 'change failure rate',
  'onboarding-time': 'onboarding time',
  'golden-path-adoption': 'golden-path adoption',
  'developer-nps': 'developer NPS',
};
