/**
 * Finds personal data in text that may be published: e-mail addresses, phone numbers, links to personal
 * profiles, and names from the private research roster. Pure, so `paved research check`, `paved check`
 * and the build apply exactly the same rules, and the unit tests pin its true and false positives.
 *
 * The rules lean towards caution but leave alone what portal content is full of: chat channels
 * (`@platform-help`), scoped packages (`@astrojs/mdx`), version pins (`node@22`), git remotes
 * (`git@git.kestrel.example:...`), dates, version numbers, IP addresses and repository URLs.
 */

export type PersonalDataKind = 'email' | 'phone' | 'profile' | 'name';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text that matched. Never print it where logs are kept: use `describeMatch`. */
  value: string;
  /** 1-based line and column within the text searched. */
  line: number;
  column: number;
  /** For roster names, the participant code whose name it is. */
  code?: string | undefined;
}

/** A participant's names, from the private roster. */
export interface RosterNames {
  code: string;
  /** The full name and any other names the person goes by. */
  names: readonly string[];
}

/** What each kind is called in messages. */
export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  profile: 'a link to a personal profile',
  name: 'a name from the private roster',
};

// An address needs a local part, an @ and a domain whose last label is letters: `node@22`, `@kestrel/x`
// and `service-overview@v3` are not addresses. `git@host:path` is an SSH remote, not a mailbox.
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-]*@)/g;
const GIT_REMOTE_USERS = new Set(['git', 'ssh', 'hg', 'svn']);

// Phone numbers in the shapes people write them: international (+44 20 7946 0958), national with a
// trunk zero (020 7946 0958, (020) 7946 0958, 07700 900123) and North American ((555) 123-4567,
// 555-123-4567). Dates, versions, IP addresses and plain counts have none of these shapes.
const PHONE_PATTERNS: readonly RegExp[] = [
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\w])/g,
  /(?<![\w+.-])\(?0\d{1,4}\)?[ -]\d{3,4}[ -]?\d{3,4}(?![\w.-]*\d)/g,
  /(?<![\w+.-])\(\d{3}\) ?\d{3}[ -]\d{4}(?![\w])/g,
  /(?<![\w+.-])\d{3}-\d{3}-\d{4}(?![\w-])/g,
];
const PHONE_DIGITS = { min: 9, max: 15 };

// Profile links: the sites where an address names one person. A repository URL (github.com/owner/repo)
// or the company's own git host is not a profile; github.com/someone is.
const URL_CANDIDATE = /(?<![\w.@-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|medium\.com|stackoverflow\.com|bsky\.app|keybase\.io|about\.me|xing\.com)\/[^\s)"'<>\]`,;]*/gi;
const PROFILE_PATHS: readonly { host: RegExp; path: RegExp }[] = [
  { host: /(^|\.)linkedin\.com$/, path: /^\/(in|pub|profile)\/[^/]+/ },
  { host: /(^|\.)(github|gitlab)\.com$/, path: /^\/(?!(orgs|about|features|pricing|topics|explore|marketplace|settings|login|join|search)(\/|$))[A-Za-z0-9-]+\/?$/ },
  { host: /(^|\.)(twitter|x|facebook|instagram|keybase|about)\.(com|io|me)$/, path: /^\/(?!(home|search|explore|hashtag|i)(\/|$))[A-Za-z0-9_.-]+\/?$/ },
  { host: /(^|\.)medium\.com$/, path: /^\/@[^/]+/ },
  { host: /(^|\.)stackoverflow\.com$/, path: /^\/users\/\d+/ },
  { host: /(^|\.)bsky\.app$/, path: /^\/profile\/[^/]+/ },
  { host: /(^|\.)xing\.com$/, path: /^\/profile\/[^/]+/ },
];
// Mastodon-style handles (@name@instance.social) are caught by the e-mail rule.

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns an offset into a 1-based line and column. */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lastBreak = i;
  }
  return { line, column: index - lastBreak };
}

function isProfile(url: string): boolean {
  const m = /^(?:https?:\/\/)?([^/]+)(\/[^?#]*)?/i.exec(url);
  if (!m) return false;
  const host = m[1]!.toLowerCase().replace(/^www\./, '');
  const path = m[2] ?? '/';
  return PROFILE_PATHS.some((p) => p.host.test(host) && p.path.test(path));
}

/**
 * The patterns for one roster entry: each name of several words in full (any case, any run of spaces
 * between its words), and each word of three letters or more, or a one-word name of any length, as a
 * capitalised whole word: "Dana" and "Whitfield" are caught on their own, the word "may" is not taken
 * for the name "May".
 */
function rosterPatterns(entry: RosterNames): RegExp[] {
  const patterns: RegExp[] = [];
  const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w.charAt(0).toLocaleUpperCase() + w.slice(1))}(?![\\p{L}\\p{N}])`, 'gu');
  for (const name of entry.names) {
    const parts = name.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 1) patterns.push(word(parts[0]!));
    if (parts.length < 2) continue;
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'));
    for (const part of parts) if ([...part].length >= 3) patterns.push(word(part));
  }
  return patterns;
}

/** Finds every piece of personal data in `text`, in reading order, without overlaps. */
export function findPersonalData(text: string, roster: readonly RosterNames[] = []): PersonalDataMatch[] {
  const found: { kind: PersonalDataKind; index: number; value: string; code?: string }[] = [];

  for (const m of text.matchAll(EMAIL)) {
    const local = m[0].slice(0, m[0].indexOf('@')).toLowerCase();
    const after = text.charAt(m.index + m[0].length);
    if (GIT_REMOTE_USERS.has(local) && after === ':') continue;
    found.push({ kind: 'email', index: m.index, value: m[0] });
  }
  for (const re of PHONE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) continue;
      found.push({ kind: 'phone', index: m.index, value: m[0] });
    }
  }
  for (const m of text.matchAll(URL_CANDIDATE)) {
    const url = m[0].replace(/[.!?]+$/, '');
    if (isProfile(url)) found.push({ kind: 'profile', index: m.index, value: url });
  }
  for (const entry of roster) {
    for (const re of rosterPatterns(entry)) {
      for (const m of text.matchAll(re)) found.push({ kind: 'name', index: m.index, value: m[0], code: entry.code });
    }
  }

  // Keep the first, longest match at each place; drop matches inside one already kept.
  found.sort((a, b) => a.index - b.index || b.value.length - a.value.length);
  const out: PersonalDataMatch[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    end = f.index + f.value.length;
    out.push({ kind: f.kind, value: f.value, ...positionOf(text, f.index), ...(f.code ? { code: f.code } : {}) });
  }
  return out;
}

/**
 * Says what was found without repeating it in full, since problems end up in terminal scroll-back and
 * CI logs: "an e-mail address (da…@example.com)", "a name from the private roster (P03's)".
 */
export function describeMatch(m: PersonalDataMatch): string {
  const label = PERSONAL_DATA_LABELS[m.kind];
  switch (m.kind) {
    case 'email': {
      const at = m.value.indexOf('@');
      return `${label} (${m.value.slice(0, Math.min(2, at))}…${m.value.slice(at)})`;
    }
    case 'phone':
      return `${label} (${m.value.slice(0, 4)}…, ${m.value.replace(/\D/g, '').length} digits)`;
    case 'profile':
      return `${label} (${m.value.replace(/^https?:\/\//i, '').replace(/\/.*/, '')}/…)`;
    case 'name':
      return `${label} (${m.code ?? 'a participant'}'s)`;
  }
}
