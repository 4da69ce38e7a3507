/**
 * The allowances, so nobody is pushed to switch the check off:
 * - addresses at the reserved documentation domains of RFC 2606 and RFC 6761 (example.com, example.net,
 *   example.org, and anything under .example, .test, .invalid or .localhost) are notes, not errors, and so
 *   are placeholder accounts in profile links (github.com/example/…, orgname.github.io, your-org);
 * - a Group's own contact address from the catalogue is allowed wherever it appears, and so are the
 *   accounts of a Group's own links (its code-host organisation, its social account);
 * - the site's allow list (`privacy` in paved.config.yaml) of domains and code-host organisations;
 * - an inline marker on one line, `paved-allow-personal-data: <reason>`, in a comment (YAML `# …`,
 *   MDX `{/* … *\/}`, Markdown `<!-- … -->`). It needs a reason, and every use is listed in the summary.
 */
import { foldText } from './fold.ts';
import { CODE_HOSTS, type Detection } from './detect.ts';

/** The site-wide allow list: the `privacy` section of paved.config.yaml (src/schemas/config.ts). */
export interface PrivacySettings {
  /** Domains whose addresses are allowed (a subdomain of one is too), e.g. "kestrel.com". */
  allowedDomains: readonly string[];
  /** Code-host accounts that are organisations, not people: "github.com/kestrel" or just "kestrel" (any code host). */
  codeHostOrganisations: readonly string[];
}

export const NO_SETTINGS: PrivacySettings = { allowedDomains: [], codeHostOrganisations: [] };

/** What the catalogue allows: Group contact addresses and the accounts of Group links. */
export interface CatalogueAllowances {
  groupEmails: readonly string[];
  groupLinks: readonly string[];
}

const DOCUMENTATION_DOMAINS = /(^|\.)(example\.(com|net|org)|[^.]+\.example|example|test|invalid|localhost)$/;

export function isDocumentationDomain(domain: string): boolean {
  return DOCUMENTATION_DOMAINS.test(domain.toLowerCase());
}

/**
 * Accounts that are placeholders in documentation, not anybody's: `github.com/example/repository`,
 * `orgname.github.io`, `github.com/your-org/your-repo`, `github.com/.../x`, template variables. Like the
 * documentation domains, they are notes.
 */
const PLACEHOLDER_ACCOUNT = /^(?:\.+|…|example|examples|user|username|orgname|your[-_]?[a-z]*|my[-_]?(?:org|user|name|team|company)|<[^>]*>|\{\{.*\}\}|\$\{.*\}|x+)$/i;

export function isPlaceholderAccount(account: string): boolean {
  return PLACEHOLDER_ACCOUNT.test(account);
}

export const MARKER = 'paved-allow-personal-data';
const MARKER_RE = new RegExp(`${MARKER}(?:\\s*:\\s*(.*?))?\\s*(?:\\*\\/\\s*\\}|-->|\\*\\/)?\\s*$`, 'i');
/** A reason shorter than this is not a reason. */
const MIN_REASON = 8;

/** One inline marker: its line and reason (empty when none was given). */
export interface Marker {
  line: number;
  reason: string;
}

/** The markers of a file, by line. */
export function markersOf(text: string): Map<number, Marker> {
  const out = new Map<number, Marker>();
  text.split('\n').forEach((l, i) => {
    const m = MARKER_RE.exec(l);
    if (m) out.set(i + 1, { line: i + 1, reason: (m[1] ?? '').replace(/^["']|["']$/g, '').trim() });
  });
  return out;
}

export function hasReason(m: Marker): boolean {
  return m.reason.replace(/\W/g, '').length >= MIN_REASON;
}

/** Folded allowances, ready for lookups. */
export interface Allowances {
  emails: Set<string>;
  domains: readonly string[];
  /** `host/account` and bare `account` (any code host). */
  accounts: Set<string>;
}

function accountKey(url: string): string | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/]+)\/+([^/?#]+)/.exec(foldText(url).trim());
  if (m) return `${m[1]}/${m[2]!.replace(/^[@~]/, '')}`;
  const io = /^(?:https?:\/\/)?([^./]+)\.(github|gitlab)\.io/.exec(foldText(url).trim());
  return io ? `${io[2]}.io/${io[1]}` : undefined;
}

export function allowances(settings: PrivacySettings, catalogue: CatalogueAllowances): Allowances {
  const accounts = new Set<string>();
  for (const o of settings.codeHostOrganisations) accounts.add(foldText(o).replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, ''));
  for (const l of catalogue.groupLinks) {
    const k = accountKey(l);
    if (k) accounts.add(k);
  }
  return {
    emails: new Set(catalogue.groupEmails.map((e) => foldText(e).trim())),
    domains: settings.allowedDomains.map((d) => foldText(d).trim().replace(/^@/, '')),
    accounts,
  };
}

/**
 * Why a detection is allowed without a marker: 'note' for a documentation domain, 'allowed' for the
 * catalogue and the site's allow list; undefined when it is not.
 */
export function allowance(d: Detection, folded: string, a: Allowances): 'note' | 'allowed' | undefined {
  if (d.rule === 'email' || d.rule === 'email-obfuscated') {
    const domain = d.domain ?? '';
    if (a.domains.some((x) => domain === x || domain.endsWith(`.${x}`))) return 'allowed';
    const local = folded.split(/\s*(?:@|[\[({<]\s*at\s*[\])}>]|\sat\s)\s*/)[0] ?? '';
    if (a.emails.has(`${local.trim()}@${domain}`)) return 'allowed';
    if (isDocumentationDomain(domain)) return 'note';
  }
  if (d.rule === 'profile' && d.host && d.account) {
    const site = d.host.endsWith('.github.io') ? 'github.io' : d.host.endsWith('.gitlab.io') ? 'gitlab.io' : d.host;
    if (a.accounts.has(`${site}/${d.account}`)) return 'allowed';
    if (CODE_HOSTS.has(site) && a.accounts.has(d.account)) return 'allowed';
    if (isPlaceholderAccount(d.account)) return 'note';
  }
  return undefined;
}
