/**
 * Template placeholders in descriptor text: a `catalog-info.yaml` that still holds `{{ cookiecutter.name }}`,
 * `${{ values.name }}` or Jinja/Nunjucks blocks is the input of a software template (a skeleton), not a
 * descriptor. Found by text, so that they are found even where they break the YAML.
 */

/** The forms placeholders take in the template engines used for Backstage skeletons. */
const PATTERNS: { engine: string; re: RegExp }[] = [
  { engine: 'Backstage scaffolder (Nunjucks)', re: /\$\{\{[^\n]*?\}\}/ },
  { engine: 'cookiecutter', re: /\{\{-?\s*cookiecutter\.[^\n]*?\}\}/ },
  { engine: 'Jinja or Nunjucks block', re: /\{%-?\s*(?:if|elif|else|endif|for|endfor|set|raw|endraw|include|macro|endmacro|block|endblock)\b[^\n]*?%\}/ },
  { engine: 'Jinja, Nunjucks, Go or Handlebars', re: /\{\{-?\s*[.$A-Za-z_][^\n{}]*?\}\}/ },
];

export interface PlaceholderFound {
  /** The placeholder as written, e.g. "${{ values.name }}". */
  text: string;
  /** Which template engine writes it this way. */
  engine: string;
  /** Line within the text, from 1. */
  line: number;
}

/** The first template placeholder in `text`, or undefined. */
export function findPlaceholder(text: string): PlaceholderFound | undefined {
  let best: (PlaceholderFound & { index: number }) | undefined;
  for (const { engine, re } of PATTERNS) {
    const m = re.exec(text);
    if (m && (best === undefined || m.index < best.index)) best = { text: m[0], engine, line: text.slice(0, m.index).split('\n').length, index: m.index };
  }
  if (!best) return undefined;
  const { index: _index, ...found } = best;
  return found;
}

/** The hint added to what is reported for a document that holds a placeholder. */
export function skeletonHint(found: PlaceholderFound, firstLine = 1): string {
  return `it looks like an unrendered template skeleton: ${JSON.stringify(found.text)} on line ${firstLine + found.line - 1} is a ${found.engine} placeholder. A skeleton is rendered by its template into a descriptor; it is not one itself, so it is left out (move it out of the folders you import, or import the rendered repository)`;
}
