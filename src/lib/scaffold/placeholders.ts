/**
 * The marker for what only the author can fill in. `paved new` writes `TODO(author): <what>` where a
 * sentence, a summary or a choice is the author's to make; the check reports every marker left, with its
 * file and line, as "still to fill in", so a scaffolded file passes the check once they are all gone.
 */
import { error, type Problem } from '../content/problems.ts';

/** The marker itself. */
export const TODO_MARK = 'TODO(author)';

/** A marked value: `TODO(author): what`. */
export function todo(what: string): string {
  return `${TODO_MARK}: ${what}`;
}

const MARK = /TODO\(author\):?\s*(.*)$/;
/** The YAML key a marker stands in, when the line is `key: "TODO(author): ..."` or `key: value # TODO(author): ...`. */
const KEY = /^\s*(?:-\s+)?([A-Za-z][\w.-]*):/;

/** Every marker left in one file: an error each, with its line, the field where one can be told, and what to write. */
export function placeholderProblems(file: string, text: string): Problem[] {
  if (!text.includes(TODO_MARK)) return [];
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const m = MARK.exec(line);
    if (!m) return;
    const what = (m[1] ?? '').replace(/["']\s*$/, '').trim();
    const key = KEY.exec(line)?.[1];
    problems.push(
      error(file, `still to fill in: ${what || 'the text marked TODO(author)'} (replace the ${TODO_MARK} marker)`, {
        line: i + 1,
        ...(key && line.indexOf(key) < line.indexOf(TODO_MARK) ? { field: key } : {}),
      }),
    );
  });
  return problems;
}
