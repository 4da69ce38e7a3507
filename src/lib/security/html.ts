/**
 * The raw-HTML policy for Markdown and MDX that Paved publishes (guides, playbooks, updates, findings,
 * roadmap items, interview notes): markup that can send readers elsewhere or cover the page (navigating
 * elements, event handlers, style attributes: fixed or absolute positioning above all) is refused with its
 * line, whoever wrote it, unless the site trusts its authors with raw HTML (`content.allowRawHtml` in
 * paved.config.yaml). Every link in the text (Markdown links, autolinks, reference definitions, href and
 * src attributes of tags and components) goes through the URL policy either way, and an MDX file may
 * import only files of the project (judged by src/loaders/guard.ts). Code blocks and `inline code` are
 * shown, not rendered, so they are skipped. Pure: takes the file's text.
 */
import { judgeLink } from './urls.ts';

export interface HtmlFinding {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** Elements that navigate, submit, load another document or change where relative links go. */
export const NAVIGATING_ELEMENTS = ['meta', 'base', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'applet', 'script', 'link'] as const;
const NAVIGATING = new Set<string>(NAVIGATING_ELEMENTS);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data', 'srcset', 'background', 'cite']);

export interface HtmlPolicyOptions {
  /** The site trusts its authors with raw HTML: only the URL policy applies. */
  allowRawHtml?: boolean;
  /** The site's origin, for the URL policy. */
  origin?: string;
}

/** The text with front matter, fenced code, inline code and comments blanked out, lines kept. */
export function renderedPart(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
    .replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\2[^\n]*$/gm, blank)
    .replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*$/gm, blank) // an unclosed fence runs to the end
    .replace(/(`+)[^`][\s\S]*?\1/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Attributes of one tag's attribute text: name, value (undefined when bare) and whether it was an expression. */
function attributes(source: string): { name: string; value: string | undefined; expression: boolean }[] {
  const out: { name: string; value: string | undefined; expression: boolean }[] = [];
  const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\}|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(re)) {
    const expression = m[4] !== undefined;
    let value = m[2] ?? m[3] ?? m[5];
    if (expression) {
      const literal = /^\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*$/.exec(m[4]!);
      value = literal ? (literal[1] ?? literal[2] ?? literal[3]) : m[4];
    }
    out.push({ name: m[1]!, value, expression: expression && !/^\s*["'`]/.test(m[4]!) });
  }
  return out;
}

/** Fixed or absolute positioning in a style attribute (CSS text or a JSX style object). */
const POSITIONING = /position\s*:\s*['"]?\s*(fixed|absolute)/i;

/** Every problem of raw HTML and links in one Markdown or MDX file, by line. */
export function checkRawHtml(text: string, options: HtmlPolicyOptions = {}): HtmlFinding[] {
  const source = renderedPart(text);
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const out: HtmlFinding[] = [];
  const link = (raw: string, index: number, what: string) => {
    const v = judgeLink(raw, options.origin);
    if (v.kind === 'refused') out.push({ line: lineAt(index), message: `${what} "${raw.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}" is refused: ${v.reason}` });
  };
  // Autolinks (<https://...>) first, so that they are not read as tags.
  const autolink = /<([a-z][a-z0-9+.-]{1,31}:[^<>\s]*)>/gi;
  for (const m of source.matchAll(autolink)) link(m[1]!, m.index, 'the autolink');
  const tagged = source.replace(autolink, (s) => s.replace(/[^\n]/g, ' '));
  // Markdown links and images: [text](destination "title"), the destination optionally in <...>.
  for (const m of tagged.matchAll(/\]\(\s*(?:<([^>\n]*)>|((?:[^\s()]|\((?:[^\s()])*\))*))/g)) {
    const dest = m[1] ?? m[2] ?? '';
    if (dest !== '') link(dest, m.index, 'the link');
  }
  // Reference definitions: [label]: destination
  for (const m of tagged.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm)) link(m[1] ?? m[2] ?? '', m.index, 'the link definition');
  // Tags and components, attributes across lines.
  for (const m of tagged.matchAll(/<([a-zA-Z][a-zA-Z0-9:.-]*)((?:\s+(?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)?)\s*\/?>/g)) {
    const name = m[1]!;
    const lower = name.toLowerCase();
    const at = m.index;
    if (!options.allowRawHtml && NAVIGATING.has(lower) && name === lower) {
      out.push({ line: lineAt(at), message: `<${name}> is refused: it can ${lower === 'meta' ? 'redirect readers to another site' : lower === 'base' ? 'send every relative link on the page elsewhere' : lower === 'form' ? 'send what readers type elsewhere' : lower === 'script' || lower === 'link' ? 'load code or styles from elsewhere' : 'load another site inside the page'}. Link to the page instead, or, if the site trusts its authors with raw HTML, set content.allowRawHtml: true in paved.config.yaml` });
    }
    for (const attr of attributes(m[2] ?? '')) {
      const an = attr.name.toLowerCase();
      if (!options.allowRawHtml && /^on[a-z]/.test(an)) {
        out.push({ line: lineAt(at), message: `<${name} ${attr.name}> is refused: event handler attributes run code (the Content-Security-Policy blocks them too); remove it` });
      }
      if (!options.allowRawHtml && an === 'style' && attr.value !== undefined) {
        const positioned = POSITIONING.exec(attr.value)?.[1]?.toLowerCase();
        out.push({ line: lineAt(at), message: positioned ? `<${name} style="${attr.value.trim()}"> is refused: ${positioned} positioning can cover the page with something else; remove the position` : `<${name} style="${attr.value.trim()}"> is refused: a style attribute can move content over the rest of the page (negative margins, transforms, sizes); use the site's components and styles instead` });
      }
      if (URL_ATTRIBUTES.has(an) && attr.value !== undefined) {
        if (attr.expression) out.push({ line: lineAt(at), message: `<${name} ${attr.name}={…}> is refused: write the address as a plain string, so it can be checked` });
        else if (an === 'srcset') for (const part of attr.value.split(',')) link(part.trim().split(/\s+/)[0] ?? '', at, `<${name} srcset>`);
        else link(attr.value, at, `<${name} ${attr.name}>`);
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The modules an MDX file imports (outside code), with their lines: src/loaders/guard.ts judges them. */
export function mdxImports(text: string): { specifier: string; line: number }[] {
  const source = renderedPart(text);
  const out: { specifier: string; line: number }[] = [];
  for (const m of source.matchAll(/^(?:import|export)\b[^\n;]*?(?:from\s*)?['"]([^'"\n]+)['"]/gm)) {
    out.push({ specifier: m[1]!, line: source.slice(0, m.index).split('\n').length });
  }
  for (const m of source.matchAll(/\bimport\s*\(\s*['"]([^'"\n]+)['"]/g)) out.push({ specifier: m[1]!, line: source.slice(0, m.index).split('\n').length });
  return out;
}
