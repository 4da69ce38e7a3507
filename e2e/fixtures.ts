/**
 * Shared Playwright fixture: every page a test opens is watched for console errors, page errors and
 * requests that leave the site (internal portals run behind firewalls; nothing may be fetched from
 * elsewhere). A test fails if any happened.
 */
import { test as base, expect } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  external: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { consoleErrors: [], external: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        // The 404 page is served with status 404 on purpose; Chromium logs that as a failed load of the page itself.
        const ownStatus = msg.location().url === page.url() && msg.text().includes('status of 404');
        if (msg.type() === 'error' && !ownStatus) watch.consoleErrors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => watch.consoleErrors.push(`${page.url()}: ${err.message}`));
      // Observed, not intercepted: routing every request through the test process slowed each page
      // load, and the network here is closed anyway, so an outside request fails as well as being listed.
      page.on('request', (request) => {
        const url = request.url();
        if (!(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))) watch.external.push(url);
      });
      await use(watch);
      expect(watch.external, 'requests outside the site').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** One URL of every page type, with the heading it must show. */
export const PAGES = [
  { type: 'home', url: '/', heading: 'Kestrel Developer Portal' },
  { type: 'guides index', url: '/guides/', heading: 'Golden-path guides' },
  { type: 'guide', url: '/guides/get-a-postgres-database/', heading: /postgres/i },
  { type: 'catalogue index', url: '/catalogue/', heading: 'Catalogue' },
  { type: 'entity (component)', url: '/catalogue/component/default/shipments-service/', heading: /shipments/i },
  { type: 'entity (API)', url: '/catalogue/api/default/payments-api/', heading: /payments/i },
  { type: 'entity (template)', url: '/catalogue/template/default/node-service/', heading: /node\.js service/i },
  { type: 'catalogue facet listing', url: '/catalogue/by/kind/api/', heading: 'Kind: API' },
  { type: 'golden-path adoption', url: '/catalogue/adoption/', heading: 'Golden-path adoption' },
  { type: 'catalogue health', url: '/catalogue/health/', heading: 'Catalogue health' },
  { type: 'entity (owner and system not in the catalogue)', url: '/catalogue/component/default/carrier-webhooks/', heading: /carrier webhooks/i },
  { type: 'teams index', url: '/teams/', heading: 'Teams' },
  { type: 'team', url: '/teams/payments/', heading: /payments/i },
  { type: 'playbooks index', url: '/playbooks/', heading: 'Migration playbooks' },
  { type: 'playbook', url: '/playbooks/jenkins-to-paved-pipeline/', heading: /jenkins/i },
  { type: 'research index', url: '/research/', heading: 'Research' },
  { type: 'finding', url: '/research/waiting-for-infrastructure/', heading: /./ },
  { type: 'interview library', url: '/research/interviews/', heading: 'Interview library' },
  { type: 'interview library by team', url: '/research/interviews/team/payments/', heading: 'Interviews with Payments' },
  { type: 'interview library by theme', url: '/research/interviews/theme/secrets-friction/', heading: /Secrets friction/ },
  { type: 'interview note', url: '/research/interviews/2026-01-12-p01/', heading: /^P01: / },
  { type: 'roadmap', url: '/roadmap/', heading: 'Platform roadmap' },
  { type: 'roadmap item', url: '/roadmap/self-service-postgres/', heading: /postgres/i },
  { type: 'you said, we did', url: '/roadmap/you-said-we-did/', heading: 'You said, we did' },
  { type: 'metrics', url: '/metrics/', heading: 'Platform metrics' },
  { type: 'maturity', url: '/maturity/', heading: 'Platform maturity' },
  { type: 'start here', url: '/start/', heading: 'Start here' },
  { type: 'onboarding path', url: '/start/new-hire/', heading: 'Your first two weeks' },
  { type: 'updates index', url: '/updates/', heading: 'Platform updates' },
  { type: 'search', url: '/search/', heading: 'Search' },
] as const;
