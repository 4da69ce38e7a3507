/**
 * Settings of this portal instance: names, where the sources live (edit links) and where feedback goes.
 * Change these for your organisation; nothing else in src/ names the company.
 */
export const SITE = {
  /** Shown in the header and page titles. */
  title: 'Kestrel Developer Portal',
  /** The organisation the portal serves. */
  organisation: 'Kestrel Freight',
  /** The team that publishes it. */
  publisher: 'Developer Platform',
  /** One line for the home page and feeds. */
  tagline: 'Golden paths, the service catalogue and the research behind the platform roadmap.',
  /** Base URL for "edit this page" links; the repository-relative file path is appended. */
  editBase: 'https://git.kestrel.example/platform/paved/edit/main/',
  /** Where "was this helpful?" opens a prefilled issue. */
  issuesBase: 'https://git.kestrel.example/platform/paved/issues/new',
  /** The chat channel for help with the portal itself. */
  helpChannel: '#platform-help',
  /**
   * Guide ids offered when a search finds nothing, most read first. Paved has no analytics: take them from
   * your web server's access log and edit this list by hand. The build fails on an id that is not a guide.
   */
  mostReadGuides: ['get-a-postgres-database', 'ship-a-new-service', 'manage-secrets', 'your-first-deploy', 'set-up-the-pipeline'],
} as const;
