/**
 * The research rules that go beyond one file's schema: notes past their retention date, consent that
 * contradicts itself, and personal data in anything that could be published. `paved check` and the build
 * run them on what the site publishes; `paved research check` also runs them on unpublished notes.
 */
import type { LoadedContent } from '../content/types.ts';
import { ROSTER_FILE, type RosterEntry } from '../../schemas/index.ts';
import { allowances, checkSources, NO_SETTINGS, type RosterNames } from '../privacy/index.ts';
import { error, warning, type Problem } from '../content/problems.ts';

const DAY = 24 * 60 * 60 * 1000;
/** How many days before its retention date a note is flagged, so its deletion can be planned. */
export const RETENTION_NOTICE_DAYS = 30;

/** A file's text, to be searched for personal data. */
export interface TextSource {
  file: string;
  text: string;
}

/** The names to look for: every roster entry's name and aliases. */
export function rosterNames(roster: readonly { data: RosterEntry }[]): RosterNames[] {
  return roster.map((r) => ({ code: r.data.code, names: [r.data.name, ...r.data.aliases] }));
}

/** The notes that are never published: their text stays in the repository, where names do not belong either. */
export function unpublishedNoteTexts(content: LoadedContent): TextSource[] {
  return content.interviews.filter((n) => !n.data.consent.publish && n.text !== undefined).map((n) => ({ file: n.file, text: n.text! }));
}

/**
 * One error per piece of personal data, with its rule, line, column and masked value (src/lib/privacy),
 * without the site's allow list: the research check of single files.
 */
export function checkPersonalData(sources: readonly TextSource[], roster: readonly RosterNames[]): Problem[] {
  return checkSources(sources, roster, allowances(NO_SETTINGS, { groupEmails: [], groupLinks: [] })).problems;
}

/** A note on or past its retention date is an error; one within RETENTION_NOTICE_DAYS of it, a warning. */
export function checkRetention(interviews: LoadedContent['interviews'], today: Date): Problem[] {
  const problems: Problem[] = [];
  for (const n of interviews) {
    const due = n.data.retainUntil;
    const at = { field: 'retainUntil', line: n.lineOf(['retainUntil']) };
    const date = due.toISOString().slice(0, 10);
    const days = Math.round((due.getTime() - today.getTime()) / DAY);
    if (days <= 0) {
      problems.push(error(n.file, `the retention date ${date} has ${days === 0 ? 'come' : 'passed'}: delete this note and the participant's line in ${ROSTER_FILE} (research/README.md, "Storage and retention")`, at));
    } else if (days <= RETENTION_NOTICE_DAYS) {
      problems.push(warning(n.file, `the retention date ${date} is ${days} day${days === 1 ? '' : 's'} away: plan to delete this note and its roster line then`, at));
    }
  }
  return problems;
}

/** Consent that says one thing and means another: quotes agreed for a note that may not be published. */
export function checkConsent(interviews: LoadedContent['interviews']): Problem[] {
  return interviews
    .filter((n) => n.data.consent.quotes && !n.data.consent.publish)
    .map((n) =>
      warning(n.file, 'quotes is true but publish is false, so no quote will be shown: the stricter answer wins. Set quotes to false, or check the consent form', {
        field: 'consent.quotes',
        line: n.lineOf(['consent', 'quotes']),
      }),
    );
}

/** Roster codes must belong to a note, and every note's code should be on the roster when there is one. */
export function checkRosterCodes(content: LoadedContent): Problem[] {
  if (content.roster.length === 0) return [];
  const onRoster = new Set(content.roster.map((r) => r.data.code));
  return content.interviews
    .filter((n) => !onRoster.has(n.data.participant.code))
    .map((n) => warning(n.file, `${n.data.participant.code} is not in ${ROSTER_FILE}: add the participant's line, so their name can be kept out of the site`, { field: 'participant.code', line: n.lineOf(['participant', 'code']) }));
}

/** Addresses the site uses for its own pages, which a finding or roadmap item file must not take. */
export const RESERVED_IDS = { findings: ['interviews'], roadmap: ['you-said-we-did'] } as const;

/**
 * A note's file name is its interview date and participant code (`2026-01-12-p01.md`): it becomes the
 * note's address, and the convention keeps notes in date order and codes visible in a file listing.
 */
export function checkNoteNames(interviews: LoadedContent['interviews']): Problem[] {
  return interviews.flatMap((n) => {
    const expected = `${n.data.date.toISOString().slice(0, 10)}-${n.data.participant.code.toLowerCase()}`;
    return n.id === expected ? [] : [error(n.file, `name the file after the interview date and the participant code: ${expected}.md`)];
  });
}

/** Findings and roadmap items whose file name would take the address of a page the site builds itself. */
export function checkReservedIds(content: LoadedContent): Problem[] {
  return [
    ...content.findings.filter((f) => (RESERVED_IDS.findings as readonly string[]).includes(f.id)).map((f) => error(f.file, `"${f.id}" is the address of the interview library (/research/${f.id}/): rename the theme and the file`)),
    ...content.themes.filter((t) => (RESERVED_IDS.findings as readonly string[]).includes(t.id)).map((t) => error(t.file, `"${t.id}" is the address of the interview library (/research/${t.id}/): choose another theme id`, { field: 'id', line: t.lineOf(['id']) })),
    ...content.roadmap.filter((r) => (RESERVED_IDS.roadmap as readonly string[]).includes(r.id)).map((r) => error(r.file, `"${r.id}" is the address of the "you said, we did" page (/roadmap/${r.id}/): rename the file`)),
  ];
}

/**
 * The research rules that `paved check` and the build apply: retention, note file names and reserved
 * addresses. Personal data in anything published is checked for every collection by src/lib/privacy.
 */
export function checkResearchForSite(content: LoadedContent, today: Date): Problem[] {
  return [
    ...checkRetention(content.interviews, today),
    ...checkNoteNames(content.interviews),
    ...checkReservedIds(content),
  ];
}
