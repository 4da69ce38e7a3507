/**
 * The one personal-data check for everything that is published: guides, updates, playbooks, roadmap
 * items, findings, onboarding paths, catalogue descriptions, annotations and links, the themes and the
 * interview notes with publish consent (and, for `paved research check`, the notes without it, whose
 * text stays in the repository where names do not belong either). `paved check`, `paved research check`
 * and the build all call it, so they cannot disagree.
 */
import type { LoadedContent } from '../content/types.ts';
import { error, type Problem } from '../content/problems.ts';
import { THEMES_FILE } from '../../schemas/index.ts';
import type { RosterNames } from './detect.ts';
import { allowances, MARKER, NO_SETTINGS, type Allowances, type PrivacySettings } from './allow.ts';
import { RULE_LABELS } from './mask.ts';
import { foldText } from './fold.ts';
import { catalogueField, scanSource, type Finding, type TextSource } from './scan.ts';

export interface PrivacyOptions {
  settings?: PrivacySettings;
  /** The catalogue files as written (their descriptions, annotations and links are published). */
  catalogueTexts?: readonly { file: string; text: string }[];
  /** Also check interview notes without publish consent (`paved research check`). */
  unpublished?: boolean;
}

export interface PrivacyResult {
  problems: Problem[];
  /** Addresses at documentation domains: listed, never an error. */
  notes: Finding[];
  /** Lines allowed by an inline marker, with their reasons: listed so reviewers see every exception. */
  marked: Finding[];
  /** What the output scan needs to agree with this check. */
  allow: Allowances;
  allowedValues: Set<string>;
  roster: RosterNames[];
}

/** The names to look for: every roster entry's name and aliases. */
export function rosterNamesOf(content: Pick<LoadedContent, 'roster'>): RosterNames[] {
  return content.roster.map((r) => ({ code: r.data.code, names: [r.data.name, ...r.data.aliases] }));
}

/** Group contact addresses and Group links: allowed wherever they appear. */
export function catalogueAllowances(content: Pick<LoadedContent, 'entities'>): { groupEmails: string[]; groupLinks: string[] } {
  const groups = content.entities.filter((e) => e.entity.kind === 'Group').map((e) => e.entity as { metadata: { links?: { url: string }[] }; spec?: { profile?: { email?: string } } });
  return {
    groupEmails: groups.map((g) => g.spec?.profile?.email).filter((e): e is string => typeof e === 'string'),
    groupLinks: groups.flatMap((g) => (g.metadata.links ?? []).map((l) => l.url)),
  };
}

/** Every published file's text, and the unpublished notes when asked for. */
export function privacySources(content: LoadedContent, options: PrivacyOptions = {}): TextSource[] {
  const out: TextSource[] = [];
  const add = (s: { file: string; text?: string | undefined }) => {
    if (s.text !== undefined) out.push({ file: s.file, text: s.text });
  };
  for (const c of [content.guides, content.updates, content.playbooks, content.roadmap, content.findings, content.paths, content.maturity]) c.forEach(add);
  content.interviews.filter((n) => n.data.consent.publish || options.unpublished).forEach(add);
  if (content.themesText !== undefined) out.push({ file: THEMES_FILE, text: content.themesText });
  for (const c of options.catalogueTexts ?? []) out.push({ file: c.file, text: c.text, fields: catalogueField });
  return out;
}

const FIX: Record<Finding['rule'], string> = {
  email: 'Remove it, use the team\'s contact address from the catalogue, or an address at example.com for a placeholder',
  'email-obfuscated': 'Remove it: an address written out is still an address',
  phone: 'Remove it: point to the team\'s channel or contact address instead',
  profile: 'Link the team or the organisation instead, or add the organisation to privacy.codeHostOrganisations in paved.config.yaml',
  'roster-name': 'Write the participant code instead (see research/README.md)',
};

/** A finding as a problem: rule, line, column and the masked value, never the value itself. */
export function findingProblem(f: Finding): Problem {
  const p = error(f.file, `${RULE_LABELS[f.rule]} (${f.masked}) at column ${f.column}: personal data must never be published. ${FIX[f.rule]}; if it must stay, add "${MARKER}: <reason>" in a comment on the line`, { line: f.line, field: f.field });
  return Object.assign(p, { rule: f.rule, column: f.column, value: f.masked });
}

/** Runs the check over `sources`. */
export function checkSources(sources: readonly TextSource[], roster: readonly RosterNames[], allow: Allowances): Omit<PrivacyResult, 'allow' | 'roster'> {
  const problems: Problem[] = [];
  const notes: Finding[] = [];
  const marked: Finding[] = [];
  const allowedValues = new Set<string>();
  for (const source of sources) {
    const { findings, badMarkers } = scanSource(source, { roster, allow });
    for (const f of findings) {
      if (f.status === 'error') problems.push(findingProblem(f));
      else if (f.status === 'note') notes.push(f);
      else if (f.status === 'marked') {
        marked.push(f);
        allowedValues.add(f.folded);
      }
    }
    for (const b of badMarkers) {
      problems.push(Object.assign(error(b.file, `the ${MARKER} marker needs a reason, so reviewers know why the line may name someone: write "${MARKER}: <why this is fine>"`, { line: b.line }), { rule: 'allowance-without-reason' }));
    }
  }
  return { problems, notes, marked, allowedValues };
}

/** The check over a whole repository's content. */
export function checkPrivacy(content: LoadedContent, options: PrivacyOptions = {}): PrivacyResult {
  const roster = rosterNamesOf(content);
  const allow = allowances(options.settings ?? NO_SETTINGS, catalogueAllowances(content));
  const result = { ...checkSources(privacySources(content, options), roster, allow), allow, roster };
  for (const v of directoryValues(content)) result.allowedValues.add(v);
  return result;
}

/**
 * The staff directory the site shows by design (team pages, owners): every User's and Group's profile
 * e-mail and display name, folded. The output scan allows them (the source check never sees them as
 * prose); a display name allows its parts too, so a participant who is also a catalogue User is not
 * sought in the output, only in the sources.
 */
export function directoryValues(content: Pick<LoadedContent, 'entities'>): string[] {
  const out: string[] = [];
  for (const { entity } of content.entities) {
    if (entity.kind !== 'User' && entity.kind !== 'Group') continue;
    const profile = (entity as { spec?: { profile?: { email?: string; displayName?: string } } }).spec?.profile;
    if (profile?.email) out.push(foldText(profile.email).trim());
    if (profile?.displayName) {
      const name = foldText(profile.displayName).trim();
      out.push(name, ...name.split(/\s+/).flatMap((p) => [p, `${p}'s`, `${p}’s`]));
    }
  }
  return out;
}

/** The summary lines: notes and every inline allowance with its reason. */
export function privacySummary(r: Pick<PrivacyResult, 'notes' | 'marked'>): string[] {
  const lines: string[] = [];
  const where = (notes: readonly Finding[]) => {
    const byFile = new Map<string, number[]>();
    for (const n of notes) byFile.set(n.file, [...(byFile.get(n.file) ?? []), n.line]);
    return [...byFile].map(([file, at]) => `${file}:${at.join(',')}`).join('; ');
  };
  const addresses = r.notes.filter((n) => n.rule !== 'profile');
  const accounts = r.notes.filter((n) => n.rule === 'profile');
  if (addresses.length) lines.push(`Personal data: ${addresses.length} address${addresses.length === 1 ? '' : 'es'} at documentation domains (RFC 2606/6761), allowed as placeholders (${where(addresses)})`);
  if (accounts.length) lines.push(`Personal data: ${accounts.length} link${accounts.length === 1 ? '' : 's'} to placeholder accounts (github.com/example, orgname.github.io, your-org), allowed (${where(accounts)})`);
  if (r.marked.length) {
    lines.push(`Personal data allowed by ${MARKER} on ${r.marked.length} line${r.marked.length === 1 ? '' : 's'}:`);
    for (const m of r.marked) lines.push(`  ${m.file}:${m.line} ${RULE_LABELS[m.rule]} (${m.masked}): ${m.reason}`);
  }
  return lines;
}

/** The summary as JSON: rule, file, line, column, masked value (and the reason for an allowance). */
export function privacyJson(r: Pick<PrivacyResult, 'notes' | 'marked'>) {
  const row = (f: Finding) => ({ rule: f.rule, file: f.file, line: f.line, column: f.column, value: f.masked, ...(f.reason ? { reason: f.reason } : {}) });
  return { notes: r.notes.map(row), allowances: r.marked.map(row) };
}
