/**
 * Markdown directives: the reading components of src/components/mdx/ written in plain `.md` guides, with
 * the same HTML (classes, roles, the <paved-tabs> element) so they share styles, script and print rules.
 *
 *   :::tip[Optional title]       an aside: note, tip, caution or danger
 *   :::steps                     one ordered list, drawn as numbered steps
 *   ::::tabs{syncKey=language}   tab panels, each a :::tab[Label] block inside
 *   ::::cards                    a grid of :::card[Title]{href=/guides/x/} blocks
 *   :::filetree{title="Repo"}    one nested list, drawn as a file tree
 *
 * A block holding other blocks takes one more colon than they do (`::::tabs` around `:::tab`). Astro's
 * Markdown processor (Sätteri, `features: { directive: true }`) parses the syntax; `readingDirectives()`
 * below turns the parsed blocks into HTML, and `directiveProblems()` checks the text for `paved check`
 * with a line for each mistake. A `:word` in running text ("at 10:30") stays text, as it was.
 */
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { safeHref } from '../catalogue/entity.ts';

export const ASIDE_TITLES = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' } as const;

interface DirectiveSpec {
  /** Attributes allowed in `{…}`. */
  attributes: readonly string[];
  /** The block it must sit directly inside. */
  inside?: string;
  /** What the `[…]` label means, or undefined when the block takes none. */
  label?: 'title' | 'label';
  /** What its body must be. */
  body?: 'ordered-list' | 'list' | 'children';
  /** The only blocks allowed directly inside. */
  children?: string;
}

export const DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  note: { attributes: [], label: 'title' },
  tip: { attributes: [], label: 'title' },
  caution: { attributes: [], label: 'title' },
  danger: { attributes: [], label: 'title' },
  steps: { attributes: [], body: 'ordered-list' },
  tabs: { attributes: ['syncKey', 'label'], body: 'children', children: 'tab' },
  tab: { attributes: ['label'], inside: 'tabs', label: 'label' },
  cards: { attributes: [], body: 'children', children: 'card' },
  card: { attributes: ['title', 'href'], inside: 'cards', label: 'title' },
  filetree: { attributes: ['title'], body: 'list', label: 'title' },
};

export const DIRECTIVE_NAMES = Object.keys(DIRECTIVES);

// ---------------------------------------------------------------------------------------------------------
// The check over the text (`paved check`): names, attributes, nesting, labels and bodies, with lines.

export interface DirectiveProblem {
  line: number;
  message: string;
}

/** `{a=1 b="two words" .c #d}` -> pairs; `.c` is `class`, `#d` is `id`. Undefined when it does not parse. */
export function parseAttributes(text: string): Map<string, string> | undefined {
  const inner = text.trim().replace(/^\{|\}$/g, '');
  const out = new Map<string, string>();
  const re = /\s*(?:([A-Za-z_][\w-]*)(?:=("[^"]*"|'[^']*'|[^\s"'=}]+))?|\.([\w-]+)|#([\w-]+))\s*/gy;
  let at = 0;
  while (at < inner.length) {
    re.lastIndex = at;
    const m = re.exec(inner);
    if (!m || m[0].length === 0) return undefined;
    if (m[1]) out.set(m[1], (m[2] ?? '').replace(/^["']|["']$/g, ''));
    else if (m[3]) out.set('class', m[3]);
    else if (m[4]) out.set('id', m[4]);
    at = re.lastIndex;
  }
  return out;
}

const OPENER = /^ {0,3}(:{3,})([A-Za-z][\w-]*)(\[[^\]]*\])?(\{[^}]*\})?\s*$/;
const CLOSER = /^ {0,3}(:{3,})\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

interface Open {
  name: string;
  colons: number;
  line: number;
  spec: DirectiveSpec | undefined;
  hasBody: boolean;
}

/**
 * Every mistake in the directives of a Markdown text, with its 1-based line: an unknown name or attribute,
 * a block outside the one it belongs in, a missing label, a body of the wrong kind, a block never closed.
 * Fenced code is skipped (directives shown as examples are not used). Front matter lines are counted.
 */
export function directiveProblems(text: string): DirectiveProblem[] {
  const lines = text.split('\n');
  const problems: DirectiveProblem[] = [];
  const stack: Open[] = [];
  let fence: string | undefined;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end > 0) start = end + 1;
  }
  const known = DIRECTIVE_NAMES.map((n) => `:::${n}`).join(', ');
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const n = i + 1;
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1] && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    const top = stack[stack.length - 1];
    const closer = CLOSER.exec(line);
    if (closer) {
      if (!top) {
        problems.push({ line: n, message: `"${line.trim()}" closes no directive: remove it, or open a block first (${known})` });
        continue;
      }
      if ((closer[1] ?? '').length < top.colons) {
        problems.push({ line: n, message: `"${line.trim()}" has fewer colons than the :::${top.name} it closes (line ${top.line}): close it with ${':'.repeat(top.colons)}` });
      }
      if (top.spec?.body && top.spec.body !== 'children' && !top.hasBody) problems.push({ line: top.line, message: `:::${top.name} is empty: ${bodyRule(top.name, top.spec)}` });
      stack.pop();
      continue;
    }
    const open = OPENER.exec(line);
    if (open) {
      const [, colons = '', name = '', label, attrs] = open;
      const spec = DIRECTIVES[name];
      if (top) top.hasBody = true;
      if (!spec) {
        problems.push({ line: n, message: `":::${name}" is not a directive guides can use: use one of ${known}` });
      } else {
        if (spec.inside && top?.name !== spec.inside) problems.push({ line: n, message: `:::${name} belongs directly inside a ::::${spec.inside} block` });
        if (top?.spec?.children && top.spec.children !== name) problems.push({ line: n, message: `only :::${top.spec.children} blocks go inside ::::${top.name} (line ${top.line}), not :::${name}` });
        if (top && colons.length >= top.colons) problems.push({ line: n, message: `:::${name} is inside :::${top.name} (line ${top.line}) but has as many colons: give the outer block more (${':'.repeat(colons.length + 1)}${top.name})` });
        const parsed = attrs === undefined ? new Map<string, string>() : parseAttributes(attrs);
        if (!parsed) problems.push({ line: n, message: `the attributes ${attrs} of :::${name} do not parse: write {name=value name="two words"}` });
        for (const key of parsed?.keys() ?? []) {
          if (!spec.attributes.includes(key)) problems.push({ line: n, message: `:::${name} has no attribute "${key}": ${spec.attributes.length ? `use ${spec.attributes.join(', ')}` : 'it takes none'}` });
        }
        if (label !== undefined && !spec.label) problems.push({ line: n, message: `:::${name} takes no [label]: remove ${label}` });
        const hasLabel = (label !== undefined && label.length > 2) || parsed?.has(spec.label ?? '');
        if ((name === 'tab' || name === 'card') && !hasLabel) problems.push({ line: n, message: `:::${name} needs a ${spec.label}: write :::${name}[${name === 'tab' ? 'Node' : 'Title'}]` });
        const href = parsed?.get('href');
        if (href !== undefined && safeHref(href) === undefined) problems.push({ line: n, message: `:::card href "${href}" must be a site path ("/guides/…/") or an http(s) address` });
      }
      stack.push({ name, colons: colons.length, line: n, spec, hasBody: false });
      continue;
    }
    if (f && f[1]) fence = f[1];
    if (top && line.trim() !== '') {
      const body = top.spec?.body;
      if (!top.hasBody) {
        if (body === 'ordered-list' && !/^\s*\d+[.)]\s/.test(line)) problems.push({ line: n, message: `:::${top.name} (line ${top.line}) must hold one ordered list: ${bodyRule(top.name, top.spec)}` });
        if (body === 'list' && !/^\s*[-*+]\s/.test(line)) problems.push({ line: n, message: `:::${top.name} (line ${top.line}) must hold one list: ${bodyRule(top.name, top.spec)}` });
      }
      if (body === 'children') problems.push({ line: n, message: `only :::${top.spec?.children} blocks go inside ::::${top.name} (line ${top.line}): put this text in one of them` });
      top.hasBody = true;
    }
  }
  for (const o of stack) problems.push({ line: o.line, message: `:::${o.name} is never closed: end it with a line "${':'.repeat(o.colons)}"` });
  return problems;
}

function bodyRule(name: string, spec: DirectiveSpec | undefined): string {
  if (spec?.body === 'ordered-list') return `put one numbered list ("1. …", "2. …") between :::${name} and :::`;
  if (spec?.body === 'list') return `put one list ("- src/", "  - index.ts") between :::${name} and :::`;
  return `put :::${spec?.children ?? name} blocks inside`;
}

// ---------------------------------------------------------------------------------------------------------
// The Sätteri mdast plugin (Astro's Markdown processor): parsed directives -> the components' HTML.

interface MdNode {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: MdNode[];
  ordered?: boolean | null;
  data?: Record<string, unknown>;
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  value?: string;
}

/** A block element with the given tag and properties around `children` (mdast `data.hName`, as remark does). */
function element(tagName: string, properties: Record<string, unknown>, children: MdNode[]): MdNode {
  return { type: 'blockquote', data: { hName: tagName, hProperties: properties }, children };
}
function paragraph(tagName: string, properties: Record<string, unknown>, children: MdNode[]): MdNode {
  return { type: 'paragraph', data: { hName: tagName, hProperties: properties }, children };
}
const text = (value: string): MdNode => ({ type: 'text', value });

function where(ctx: MdastVisitorContext, node: MdNode): string {
  const file = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname).replace(/^.*?\/(content\/)/, '$1') : 'Markdown';
  return `${file}:${node.position?.start.line ?? '?'}`;
}

/** Marks items of a file-tree list that are folders written as "name/" with no children. */
function markFolders(list: MdNode, ctx: MdastVisitorContext): MdNode {
  return {
    ...list,
    children: (list.children ?? []).map((item) => {
      const kids = (item.children ?? []).map((c) => (c.type === 'list' ? markFolders(c, ctx) : c));
      const isDir = !kids.some((c) => c.type === 'list') && ctx.textContent(item as never).trim().endsWith('/');
      return { ...item, children: kids, ...(isDir ? { data: { hProperties: { className: ['file-tree__dir'] } } } : {}) };
    }),
  };
}

/** The plugin factory: pass `readingDirectives()` in `mdastPlugins` with `features: { directive: true }`. */
export function readingDirectives(): MdastPluginDefinition {
  return {
    name: 'paved-reading-directives',
    options: { position: true },
    containerDirective(node, ctx) {
      const d = node as unknown as MdNode;
      const name = d.name ?? '';
      const spec = DIRECTIVES[name];
      if (!spec) throw new Error(`${where(ctx, d)}: ":::${name}" is not a directive guides can use: use one of ${DIRECTIVE_NAMES.map((n) => `:::${n}`).join(', ')} (run paved check).`);
      const all = d.children ?? [];
      const labelNode = all.find((c) => c.data?.['directiveLabel']);
      const kids = all.filter((c) => !c.data?.['directiveLabel']);
      const attrs = d.attributes ?? {};
      const label = (labelNode ? ctx.textContent(labelNode as never).trim() : '') || attrs[spec.label ?? ''] || '';
      if (name in ASIDE_TITLES) {
        const type = name as keyof typeof ASIDE_TITLES;
        ctx.replaceNode(node, element('div', { className: ['aside', `aside--${type}`], role: 'note' }, [paragraph('p', { className: ['aside__title'] }, [text(label || ASIDE_TITLES[type])]), ...kids]) as never);
      } else if (name === 'steps') {
        if (kids.length !== 1 || kids[0]?.type !== 'list' || !kids[0].ordered) throw new Error(`${where(ctx, d)}: :::steps must contain exactly one ordered list (lines starting "1.", "2.", …) and nothing else.`);
        ctx.replaceNode(node, element('div', { className: ['step-list'] }, kids) as never);
      } else if (name === 'filetree') {
        if (kids.length !== 1 || kids[0]?.type !== 'list') throw new Error(`${where(ctx, d)}: :::filetree must contain one Markdown list ("- src/", "  - index.ts") and nothing else.`);
        ctx.replaceNode(node, element('figure', { className: ['file-tree'] }, [paragraph('figcaption', { className: ['visually-hidden'] }, [text(label || 'File tree')]), markFolders(kids[0], ctx)]) as never);
      } else if (name === 'tabs') {
        ctx.replaceNode(node, element('paved-tabs', { className: ['tabs'], dataSyncKey: attrs['syncKey'] ?? undefined, dataLabel: attrs['label'] ?? undefined }, kids) as never);
      } else if (name === 'tab') {
        if (!label) throw new Error(`${where(ctx, d)}: :::tab needs a label, e.g. :::tab[Node].`);
        ctx.replaceNode(node, element('div', { className: ['tabs__panel'], dataTabPanel: label }, [paragraph('p', { className: ['tabs__label'], dataTabLabel: '' }, [text(label)]), ...kids]) as never);
      } else if (name === 'cards') {
        ctx.replaceNode(node, element('div', { className: ['card-grid'] }, kids) as never);
      } else if (name === 'card') {
        if (!label) throw new Error(`${where(ctx, d)}: :::card needs a title, e.g. :::card[Get access]{href=/guides/get-access/}.`);
        const href = attrs['href'] ? safeHref(attrs['href']) : undefined;
        if (attrs['href'] && !href) throw new Error(`${where(ctx, d)}: :::card href "${attrs['href']}" must be a site path ("/guides/…/") or an http(s) address.`);
        const title = href ? ({ type: 'link', url: href, children: [text(label)] } as MdNode) : text(label);
        ctx.replaceNode(node, element('div', { className: ['mdx-card'] }, [paragraph('p', { className: ['mdx-card__title'] }, [title]), element('div', { className: ['mdx-card__body'] }, kids)]) as never);
      }
    },
    // `::name` on a line of its own and `:name` in text are not Paved directives: they stay as written.
    leafDirective(node, ctx) {
      ctx.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: sourceOf(node as unknown as MdNode, ctx) }] } as never);
    },
    textDirective(node, ctx) {
      ctx.replaceNode(node, { type: 'text', value: sourceOf(node as unknown as MdNode, ctx) } as never);
    },
  };
}

function sourceOf(node: MdNode, ctx: MdastVisitorContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return ctx.source.slice(start, end);
  return `:${node.name ?? ''}`;
}
