/**
 * The search relevance test set: queries a developer, a new hire or a platform product manager would type
 * against the sample site, each with the pages that should appear in the top 3 (any one of them counts as
 * a hit). Written before the ranking was tuned. No query only names a page's exact title: they are
 * how-to phrasings, single words, synonyms, typos, ownership questions and research topics.
 * `scripts/search-relevance.ts` runs them in Chromium against the built site and prints hit@3 and MRR.
 */
export type QueryKind = 'how-to' | 'word' | 'synonym' | 'typo' | 'ownership' | 'name' | 'research';

export interface RelevanceQuery {
  query: string;
  kind: QueryKind;
  /** Site paths; the query is a hit when any of them is among the first three results. */
  expect: string[];
}

const g = (id: string) => `/guides/${id}/`;
const c = (kind: string, name: string) => `/catalogue/${kind}/default/${name}/`;
const team = (name: string) => `/teams/${name}/`;
const finding = (id: string) => `/research/${id}/`;

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // How-to phrasing
  { query: 'how do I get a database', kind: 'how-to', expect: [g('get-a-postgres-database')] },
  { query: 'how to rotate credentials', kind: 'how-to', expect: [g('security/rotate-a-secret')] },
  { query: 'create a new microservice', kind: 'how-to', expect: [g('ship-a-new-service')] },
  { query: 'how do I roll back a bad release', kind: 'how-to', expect: [g('roll-back-a-deploy')] },
  { query: 'set up monitoring for my service', kind: 'how-to', expect: [g('add-metrics-and-dashboards'), g('set-up-alerts')] },
  { query: 'where do I store an api key', kind: 'how-to', expect: [g('manage-secrets')] },
  { query: 'add caching to my service', kind: 'how-to', expect: [g('add-a-redis-cache')] },
  { query: 'how to change the database schema', kind: 'how-to', expect: [g('databases/run-database-migrations')] },
  { query: 'get kubectl access', kind: 'how-to', expect: [g('get-access')] },
  { query: 'install the kestrel cli', kind: 'how-to', expect: [g('set-up-your-laptop')] },
  { query: 'deploy to production for the first time', kind: 'how-to', expect: [g('your-first-deploy')] },
  { query: 'page the on-call when errors spike', kind: 'how-to', expect: [g('set-up-alerts')] },
  { query: 'publish an openapi spec', kind: 'how-to', expect: [g('add-an-api')] },
  { query: 'move our builds off jenkins', kind: 'how-to', expect: ['/playbooks/jenkins-to-paved-pipeline/', g('set-up-the-pipeline')] },
  { query: 'where do I start as a new engineer', kind: 'how-to', expect: [g('welcome'), '/start/new-hire/'] },
  { query: 'request production access', kind: 'how-to', expect: [g('get-access')] },
  { query: 'connect my service to postgres', kind: 'how-to', expect: [g('get-a-postgres-database')] },
  { query: 'leaked an api key what now', kind: 'how-to', expect: [g('security/rotate-a-secret')] },
  // Single words
  { query: 'database', kind: 'word', expect: [g('get-a-postgres-database')] },
  { query: 'redis', kind: 'word', expect: [g('add-a-redis-cache'), c('resource', 'redis-cache')] },
  { query: 'secrets', kind: 'word', expect: [g('manage-secrets')] },
  { query: 'pipeline', kind: 'word', expect: [g('set-up-the-pipeline')] },
  { query: 'alerts', kind: 'word', expect: [g('set-up-alerts')] },
  { query: 'laptop', kind: 'word', expect: [g('set-up-your-laptop')] },
  { query: 'rollback', kind: 'word', expect: [g('roll-back-a-deploy')] },
  { query: 'migrations', kind: 'word', expect: [g('databases/run-database-migrations')] },
  { query: 'kafka', kind: 'word', expect: [c('resource', 'events-kafka'), c('api', 'tracking-events')] },
  { query: 'onboarding', kind: 'word', expect: [g('welcome'), '/start/new-hire/'] },
  { query: 'grafana', kind: 'word', expect: [g('add-metrics-and-dashboards')] },
  { query: 'vault', kind: 'word', expect: [g('manage-secrets')] },
  // Synonyms (words readers use that the guide declares as aliases or that mean the same)
  { query: 'db', kind: 'synonym', expect: [g('get-a-postgres-database')] },
  { query: 'password', kind: 'synonym', expect: [g('manage-secrets'), g('security/rotate-a-secret')] },
  { query: 'ci', kind: 'synonym', expect: [g('set-up-the-pipeline')] },
  { query: 'revert', kind: 'synonym', expect: [g('roll-back-a-deploy')] },
  { query: 'swagger', kind: 'synonym', expect: [g('add-an-api')] },
  { query: 'memcached', kind: 'synonym', expect: [g('add-a-redis-cache')] },
  { query: 'paging', kind: 'synonym', expect: [g('set-up-alerts')] },
  { query: 'env vars', kind: 'synonym', expect: [g('manage-secrets')] },
  { query: 'macbook setup', kind: 'synonym', expect: [g('set-up-your-laptop')] },
  { query: 'prometheus', kind: 'synonym', expect: [g('add-metrics-and-dashboards')] },
  { query: 'flyway', kind: 'synonym', expect: [g('databases/run-database-migrations')] },
  { query: 'error budget', kind: 'synonym', expect: [g('set-up-alerts')] },
  // Typos
  { query: 'postgers', kind: 'typo', expect: [g('get-a-postgres-database')] },
  { query: 'databse', kind: 'typo', expect: [g('get-a-postgres-database')] },
  { query: 'secert', kind: 'typo', expect: [g('manage-secrets'), g('security/rotate-a-secret')] },
  { query: 'piepline', kind: 'typo', expect: [g('set-up-the-pipeline')] },
  { query: 'rollbak', kind: 'typo', expect: [g('roll-back-a-deploy')] },
  { query: 'kuberentes access', kind: 'typo', expect: [g('get-access')] },
  { query: 'grafna dashboard', kind: 'typo', expect: [g('add-metrics-and-dashboards')] },
  { query: 'redsi cache', kind: 'typo', expect: [g('add-a-redis-cache'), c('resource', 'redis-cache')] },
  { query: 'migraton', kind: 'typo', expect: [g('databases/run-database-migrations')] },
  { query: 'onbording', kind: 'typo', expect: [g('welcome'), '/start/new-hire/'] },
  // Ownership questions
  { query: 'who owns payments', kind: 'ownership', expect: [team('payments')] },
  { query: 'who owns the payments api', kind: 'ownership', expect: [c('api', 'payments-api')] },
  { query: 'owner of shipments-db', kind: 'ownership', expect: [c('resource', 'shipments-db')] },
  { query: 'who owns the telemetry collector', kind: 'ownership', expect: [c('component', 'telemetry-collector')] },
  { query: 'sre team', kind: 'ownership', expect: [team('sre')] },
  { query: 'data platform team', kind: 'ownership', expect: [team('data-platform')] },
  { query: 'who owns the ledger', kind: 'ownership', expect: [c('component', 'ledger-service'), c('api', 'ledger-grpc')] },
  { query: 'owner of redis-cache', kind: 'ownership', expect: [c('resource', 'redis-cache')] },
  { query: 'security team', kind: 'ownership', expect: [team('security')] },
  { query: 'who runs kafka', kind: 'ownership', expect: [c('resource', 'events-kafka'), team('data-platform')] },
  // Entity names as written in descriptors (not the page titles)
  { query: 'postgres-standard', kind: 'name', expect: [c('resource', 'postgres-standard')] },
  { query: 'checkout-web', kind: 'name', expect: [c('component', 'checkout-web')] },
  { query: 'storefront-web', kind: 'name', expect: [c('component', 'storefront-web')] },
  { query: 'service kit node', kind: 'name', expect: [c('component', 'service-kit-node')] },
  // Research topics (a product manager)
  { query: 'flaky tests', kind: 'research', expect: [finding('slow-flaky-ci')] },
  { query: 'why is ci so slow', kind: 'research', expect: [finding('slow-flaky-ci'), '/roadmap/pipeline-caching/'] },
  { query: 'waiting on infrastructure tickets', kind: 'research', expect: [finding('waiting-for-infrastructure')] },
  { query: 'unclear ownership during incidents', kind: 'research', expect: [finding('unclear-ownership')] },
  { query: 'new joiners cannot find docs', kind: 'research', expect: [finding('scattered-onboarding-docs')] },
  { query: 'interviews with payments engineers', kind: 'research', expect: ['/research/interviews/2026-01-12-p01/', '/research/interviews/2026-01-19-p06/', '/research/interviews/2026-01-28-p10/', '/research/interviews/team/payments/'] },
  { query: 'roadmap for secrets', kind: 'research', expect: ['/roadmap/secrets-operator-rollout/', '/updates/2026-11-secrets-operator-beta/', finding('secrets-friction')] },
  { query: 'pull request environments', kind: 'research', expect: ['/roadmap/preview-environments/'] },
  { query: 'incident dashboard research', kind: 'research', expect: [finding('observability-gaps')] },
  { query: 'is self-service postgres available', kind: 'research', expect: ['/updates/2026-10-self-service-postgres-ga/', '/roadmap/self-service-postgres/'] },
];
