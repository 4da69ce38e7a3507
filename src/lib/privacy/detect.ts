/**
 * The detectors: e-mail addresses (plain and obfuscated), phone numbers, links to personal profiles and
 * names from the private roster. They run on folded text (./fold.ts: NFKC, no accents, lower case), so
 * `ZOË`, `Zoe\u0308` and `zoe` are one name and a full-width `＠` is an at sign. Pure: no allowances here
 * (./allow.ts decides what is allowed), only what the text contains.
 *
 * They leave alone what portal content is full of: chat channels (`@platform-help`), scoped packages
 * (`@astrojs/mdx`), version pins (`node@22`), git remotes (`git@host:path`), dates, ISO timestamps,
 * version numbers (`1.2.3.4`), IP addresses, ports, ticket ids and repository URLs of listed organisations.
 */
import { foldText } from './fold.ts';

export type Rule = 'email' | 'email-obfuscated' | 'phone' | 'profile' | 'roster-name';

/** One thing found, as offsets into the folded text searched. */
export interface Detection {
  rule: Rule;
  start: number;
  end: number;
  /** E-mail rules: the domain, folded (`kestrel.example`). */
  domain?: string;
  /** Profile rule: the host and the account (`github.com`, `dana-w`). */
  host?: string;
  account?: string;
  /** Roster rule: the participant code whose name it is. */
  code?: string;
}

/** A participant's names, from the private roster. */
export interface RosterNames {
  code: string;
  /** The full name and any other names the person goes by. */
  names: readonly string[];
}

// ------------------------------------------------------------------------------------------ e-mail

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
// A local part, an @ and a domain whose last label is letters: `node@22`, `@kestrel/x` and
// `service-overview@v3` are not addresses.
const EMAIL = new RegExp(`(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]*@(${LABEL}(?:\\.${LABEL})*\\.[a-z]{2,})(?![\\w-]*@)(?![\\w-])`, 'g');
const GIT_REMOTE_USERS = new Set(['git', 'ssh', 'hg', 'svn']);

// Obfuscations: `name at company dot com`, `name [at] company [dot] com`, `name(at)company.com`,
// `name@company dot com`. At least one separator must be spelled out in a way prose never is (a
// bracketed at, or a spelled-out dot), so "the service at payments.kestrel.example" stays prose.
const B_AT = String.raw`\s*[\[({<]\s*at\s*[\])}>]\s*`;
const B_DOT = String.raw`\s*[\[({<]\s*dot\s*[\])}>]\s*`;
const W_AT = String.raw`\s+at\s+`;
const W_DOT = String.raw`\s+dot\s+`;
const OBFUSCATED = new RegExp(
  String.raw`(?<![\w.%+-])([a-z0-9][a-z0-9._%+-]*)(${B_AT}|${W_AT}|@)(${LABEL}(?:(?:${B_DOT}|${W_DOT}|\.)${LABEL})*?)(${B_DOT}|${W_DOT}|\.)([a-z]{2,24})(?![\w-]|\.[a-z0-9])`,
  'g',
);
const SPELLED_DOT = /[\[({<]\s*dot|\sdot\s/;
/** Words that read as a local part in prose ("look at this dot com") are not taken for one. */
const PROSE_WORDS = new Set(['look', 'looking', 'looked', 'this', 'that', 'is', 'are', 'was', 'were', 'it', 'me', 'us', 'them', 'him', 'her', 'we', 'you', 'they', 'meet', 'see', 'stop', 'arrive', 'arrived', 'available', 'running', 'runs', 'live', 'lives', 'hosted', 'served']);

// ------------------------------------------------------------------------------------------- phone

// Phone numbers in the shapes people write them, with spaces, dots or dashes: international
// (+44 20 7946 0958, 0044 20 7946 0958), national with a trunk zero (020 7946 0958, 07700 900123,
// 06 12 34 56 78) and North American ((415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132).
// Dates, versions, IP addresses, ports and plain counts have none of these shapes.
const NOT_BEFORE = String.raw`(?<![\w+./:-]|\d[ ])`;
const NOT_AFTER = String.raw`(?![\w]|[.:/-]\d|[ ]\d)`;
const PHONE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\w+./-])(?:\+|00)\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\w]|[.:/-]\d)`, 'g'),
  new RegExp(String.raw`${NOT_BEFORE}\(?0\d{1,4}\)?[ .-]\d{3,4}[ .-]?\d{3,4}${NOT_AFTER}`, 'g'),
  new RegExp(String.raw`${NOT_BEFORE}0\d(?:[ .-]\d{2}){4}${NOT_AFTER}`, 'g'),
  new RegExp(String.raw`${NOT_BEFORE}\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}${NOT_AFTER}`, 'g'),
  new RegExp(String.raw`${NOT_BEFORE}[2-9]\d{2}([ .-])\d{3}\1\d{4}${NOT_AFTER}`, 'g'),
];
const PHONE_DIGITS = { min: 9, max: 15 };

// ---------------------------------------------------------------------------------------- profiles

const SOCIAL_HOSTS = [
  'linkedin.com', 'github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sr.ht', 'twitter.com', 'x.com', 'facebook.com', 'fb.com',
  'instagram.com', 'threads.net', 'tiktok.com', 'youtube.com', 'medium.com', 'dev.to', 'reddit.com', 'stackoverflow.com', 'bsky.app',
  'keybase.io', 'about.me', 'xing.com', 'npmjs.com', 'mastodon.social', 'github.io', 'gitlab.io',
];
const URL_CANDIDATE = new RegExp(
  String.raw`(?<![\w.@-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:${SOCIAL_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})(?![\w-])(?:\/[^\s)"'<>\]\`,;|]*)?`,
  'g',
);
/** Code hosts, where an account is personal unless it is a listed organisation. */
export const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sr.ht', 'github.io', 'gitlab.io']);
/** Paths of a code host that are pages of the site itself, not accounts (`-` starts GitLab's own routes: gitlab.com/-/ide/…). */
const CODE_HOST_PAGES = new Set(['-', 'orgs', 'organizations', 'about', 'features', 'pricing', 'topics', 'explore', 'marketplace', 'settings', 'login', 'join', 'search', 'sponsors', 'apps', 'enterprise', 'security', 'collections', 'trending', 'site', 'contact', 'notifications', 'new', 'customer-stories', 'readme', 'team', 'help', 'dashboard', 'users', 'advisories', 'codespaces', 'signup', 'pages', 'blog']);

/** The account a profile link names, or undefined when the link is not to a person's page. */
function profileAccount(host: string, path: string): string | undefined {
  const seg = path.split('/').filter(Boolean);
  const first = seg[0];
  if (host.endsWith('.github.io') || host.endsWith('.gitlab.io')) {
    const account = host.split('.')[0]!;
    return account === 'www' ? undefined : account;
  }
  if (host.endsWith('.medium.com')) return host.split('.')[0];
  const site = host.replace(/^(www|m|mobile)\./, '');
  if (!first) return undefined;
  switch (site) {
    case 'github.com':
    case 'gitlab.com':
    case 'bitbucket.org':
    case 'codeberg.org':
      if (first === 'orgs' || first === 'groups') return undefined; // an organisation's own page
      return CODE_HOST_PAGES.has(first) ? undefined : first;
    case 'sr.ht':
      return first.startsWith('~') ? first.slice(1) : undefined;
    case 'gist.github.com':
      return first;
    case 'linkedin.com':
      return ['in', 'pub', 'profile'].includes(first) && seg[1] ? seg[1] : undefined;
    case 'twitter.com':
    case 'x.com':
    case 'facebook.com':
    case 'fb.com':
    case 'instagram.com':
    case 'keybase.io':
    case 'about.me':
    case 'dev.to':
      return ['home', 'search', 'explore', 'hashtag', 'i', 'intent', 'share', 'sharer', 'settings', 'login', 'about', 'help', 'privacy', 'tos', 'groups', 'pages', 'watch', 'events'].includes(first) ? undefined : first.replace(/^@/, '');
    case 'medium.com':
    case 'youtube.com':
    case 'tiktok.com':
    case 'threads.net':
    case 'mastodon.social':
      return first.startsWith('@') ? first.slice(1) : undefined;
    case 'reddit.com':
      return (first === 'user' || first === 'u') && seg[1] ? seg[1] : undefined;
    case 'stackoverflow.com':
      return first === 'users' && seg[1] ? seg[1] : undefined;
    case 'bsky.app':
    case 'xing.com':
      return first === 'profile' && seg[1] ? seg[1] : undefined;
    case 'npmjs.com':
      return first.startsWith('~') ? first.slice(1) : undefined;
    default:
      return undefined;
  }
}

// ------------------------------------------------------------------------------------------- names

/**
 * Names that are also everyday words: as a single word they count only when written with a capital
 * (the original text is consulted), so "we will grant access in may" names nobody.
 */
export const COMMON_WORD_NAMES = new Set([
  'may', 'will', 'mark', 'grant', 'rose', 'bill', 'frank', 'dawn', 'hope', 'joy', 'faith', 'june', 'april', 'august', 'sky', 'art', 'max',
  'ray', 'jack', 'chase', 'hunter', 'lee', 'page', 'paige', 'carter', 'cole', 'dean', 'drew', 'ford', 'gray', 'grey', 'hall', 'hill', 'king',
  'lane', 'long', 'miles', 'park', 'price', 'reed', 'rich', 'rob', 'sage', 'stone', 'summer', 'wade', 'ward', 'west', 'white', 'wood', 'young',
  'brown', 'green', 'black', 'bell', 'cook', 'fox', 'guy', 'hart', 'holly', 'ivy', 'jade', 'lily', 'pat', 'penny', 'robin', 'russell', 'sandy',
  'river', 'storm', 'sterling', 'victor', 'don', 'dot', 'ada', 'eve', 'amber', 'crystal', 'destiny', 'melody', 'harmony', 'patience', 'honor',
  'baker', 'bishop', 'butler', 'carpenter', 'fisher', 'hunt', 'mason', 'porter', 'turner', 'walker', 'weaver', 'golden', 'rust', 'lock',
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What follows a name at the start of a sentence: a possessive, a comma, or a verb people do. */
const PERSON_NEXT = /^(?:['’]s\b|\s*[,(]|\s+(?:said|says|told|tells|mentioned|asked|asks|explained|described|thinks|thought|wants|wanted|was|is|has|had|and|from|noted|added|felt|feels|works|worked|joined|leads|led|runs|ran|uses|used|would|could|does|did|also|never|always|still|showed|shows|pointed|keeps|kept|called|wrote|sent)\b)/;

interface NamePattern {
  re: RegExp;
  /** Text every match contains: a quick test before the regular expression runs. */
  literal: string;
  /** A single everyday word, which counts only when capitalised in the original. */
  needsCapital: boolean;
}

const B = String.raw`(?<![\p{L}\p{N}])`;
// A possessive or plural ending (Zoë's, Zoë’s, Whitfields') is still the name.
const E = String.raw`(?:['’]s|s['’]?|['’])?(?![\p{L}\p{N}])`;
// Between the words of a name: spaces, a line break, a comma (surname first), emphasis or a quote marker.
const GAP = String.raw`[\s,*_>~]+`;

/**
 * The patterns for one roster entry, on folded text: each name of several words in full, in its order
 * and reversed ("Whitfield, Dana"), across line breaks; and each word of three letters or more (a
 * one-word name at any length) on its own.
 */
export function rosterPatterns(entry: RosterNames): NamePattern[] {
  const out: NamePattern[] = [];
  const seen = new Set<string>();
  const add = (source: string, needsCapital: boolean, first: string) => {
    if (seen.has(source)) return;
    seen.add(source);
    out.push({ re: new RegExp(source, 'gu'), needsCapital, literal: /^[^-'’ ]+/.exec(first)?.[0] ?? first });
  };
  for (const name of entry.names) {
    const parts = foldText(name).trim().split(/[\s]+/).filter(Boolean);
    if (parts.length === 0) continue;
    if (parts.length >= 2) {
      add(`${B}${parts.map(escapeRegExp).join(GAP)}${E}`, false, parts[0]!);
      add(`${B}${[...parts].reverse().map(escapeRegExp).join(GAP)}${E}`, false, parts[parts.length - 1]!);
    }
    for (const part of parts) {
      if (parts.length >= 2 && [...part].length < 3) continue;
      // Hyphenated and apostrophised parts (Anne-Marie, O'Brien) also match with a space or nothing.
      const flexible = escapeRegExp(part).replace(/\\?-|'/g, "[-'’ ]?");
      add(`${B}${flexible}${E}`, COMMON_WORD_NAMES.has(part), part);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------- detect

/** Patterns by roster entry, compiled once per entry however many files are searched. */
const compiled = new WeakMap<RosterNames, NamePattern[]>();

/**
 * Everything `folded` contains, in reading order, without overlaps (the longest match at a place wins).
 * `original` is the text before folding and `at` its offset map: used only to see capitals.
 */
export function detect(folded: string, roster: readonly RosterNames[], original?: { text: string; at: (i: number) => number }): Detection[] {
  const found: Detection[] = [];
  for (const m of folded.matchAll(EMAIL)) {
    const local = m[0].slice(0, m[0].indexOf('@'));
    if (GIT_REMOTE_USERS.has(local) && folded.charAt(m.index + m[0].length) === ':') continue;
    found.push({ rule: 'email', start: m.index, end: m.index + m[0].length, domain: m[1]! });
  }
  for (const m of folded.matchAll(OBFUSCATED)) {
    const [all, local, at, middle, dot, tld] = m as unknown as [string, string, string, string, string, string];
    if (!SPELLED_DOT.test(middle + dot) && !/^\s*[\[({<]/.test(at)) continue;
    if (at.trim() === 'at' && PROSE_WORDS.has(local)) continue;
    const domain = `${middle.replace(new RegExp(`${B_DOT}|${W_DOT}`, 'g'), '.')}.${tld}`.replace(/\s+/g, '');
    found.push({ rule: 'email-obfuscated', start: m.index, end: m.index + all.length, domain });
  }
  for (const re of PHONE_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) continue;
      found.push({ rule: 'phone', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of folded.matchAll(URL_CANDIDATE)) {
    const url = m[0].replace(/[.!?:]+$/, '');
    const parts = /^(?:https?:\/\/)?([^/]+)(\/[^?#]*)?/.exec(url);
    if (!parts) continue;
    const host = parts[1]!;
    const account = profileAccount(host, parts[2] ?? '/');
    if (account === undefined || account === '') continue;
    found.push({ rule: 'profile', start: m.index, end: m.index + url.length, host: host.replace(/^(www|m|mobile)\./, ''), account });
  }
  for (const entry of roster) {
    let patterns = compiled.get(entry);
    if (!patterns) compiled.set(entry, (patterns = rosterPatterns(entry)));
    for (const { re, needsCapital, literal } of patterns) {
      if (!folded.includes(literal)) continue;
      for (const m of folded.matchAll(re)) {
        if (needsCapital && original) {
          // An everyday word counts as a name only with a capital; at the start of a sentence, a list item
          // or a heading, where every word has one, only when what follows reads as a person ("Mark said",
          // "Rob, a payments engineer"), not as the word ("Mark the ticket as done").
          const at = original.at(m.index);
          const c = original.text.charAt(at);
          if (c === c.toLowerCase()) continue;
          const sentenceStart = /(^|[.!?:;]\s+|\n[\s\-*#>\d.)]*)$/.test(original.text.slice(Math.max(0, at - 8), at));
          if (sentenceStart && !PERSON_NEXT.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
        }
        found.push({ rule: 'roster-name', start: m.index, end: m.index + m[0].length, code: entry.code });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Detection[] = [];
  let end = -1;
  for (const f of found) {
    if (f.start < end) continue;
    end = f.end;
    out.push(f);
  }
  return out;
}
