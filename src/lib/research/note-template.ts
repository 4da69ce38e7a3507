/**
 * Scaffolding a new interview note: the next participant code and the template with its placeholders
 * filled in. Pure; `paved research new` does the reading and writing.
 */

/** Placeholders in research/templates/interview-note.md. */
export const PLACEHOLDERS = {
  /** The participant code, in the title and `participant.code`. */
  code: 'PNN',
  /** The interview date line. */
  date: /^date: YYYY-MM-DD\b/m,
  /** The note's own file name, as mentioned in the template's header comment. */
  fileName: 'YYYY-MM-DD-pNN',
  team: 'group:TEAM',
  interviewer: 'user:FIRSTNAME.LASTNAME',
} as const;

/**
 * The code after the highest one in use: P01 for the first note, P15 after P14, P100 after P99. Codes
 * are never reused, so gaps (a withdrawn participant) are skipped, not filled.
 */
export function nextParticipantCode(codesInUse: Iterable<string>): string {
  let max = 0;
  for (const code of codesInUse) {
    const m = /^p(\d+)$/i.exec(code.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `P${String(max + 1).padStart(2, '0')}`;
}

/** Every participant code written in a text: `code: P07` lines (also as a list item) and `-p07.md` file names. */
export function codesIn(text: string): string[] {
  return [...text.matchAll(/(?:^[\s-]*code:\s*["']?(P\d+)|-(p\d+)\.md\b)/gim)].map((m) => (m[1] ?? m[2]!).toUpperCase());
}

export interface NoteFields {
  code: string;
  /** YYYY-MM-DD. */
  date: string;
  team?: string | undefined;
  interviewer?: string | undefined;
}

/** The file name of a note: the interview date, then the code in lower case. */
export function noteFileName(fields: Pick<NoteFields, 'code' | 'date'>): string {
  return `${fields.date}-${fields.code.toLowerCase()}.md`;
}

/**
 * Fills the template. Throws when the template has lost the placeholders the command relies on, so a
 * reworded template never yields a note without its code or date.
 */
export function fillTemplate(template: string, fields: NoteFields): string {
  if (!template.includes(`code: ${PLACEHOLDERS.code}`) || !PLACEHOLDERS.date.test(template)) {
    throw new Error(`the note template must keep the placeholders "code: ${PLACEHOLDERS.code}" and "date: YYYY-MM-DD" for "paved research new" to fill in`);
  }
  let text = template
    .replaceAll(PLACEHOLDERS.fileName, noteFileName(fields).replace(/\.md$/, ''))
    .replaceAll(PLACEHOLDERS.code, fields.code)
    .replace(PLACEHOLDERS.date, `date: ${fields.date}`);
  if (fields.team) text = text.replaceAll(PLACEHOLDERS.team, fields.team);
  if (fields.interviewer) text = text.replaceAll(PLACEHOLDERS.interviewer, fields.interviewer);
  return text;
}
