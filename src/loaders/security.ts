/**
 * The security checks over a loaded repository, run by `paved check` and before every build
 * (src/loaders/repository.ts): symbolic links that lead out of the content folders, raw HTML that can
 * navigate or cover the page, links the URL policy refuses, and MDX imports of files outside the project's
 * components and content. The rules themselves are in src/lib/security/.
 */
import path from 'node:path';
import { CATALOGUE_DIR, FILE_COLLECTIONS, INTERVIEWS_DIR } from '../schemas/index.ts';
import { METRICS_DIR } from '../schemas/metrics.ts';
import { error, warning, type Problem } from '../lib/content/problems.ts';
import type { LoadedContent, Source } from '../lib/content/types.ts';
import { checkRawHtml, mdxImports } from '../lib/security/html.ts';
import { DEFAULT_ORIGIN, judgeLink } from '../lib/security/urls.ts';
import { sourceLocation } from '../lib/catalogue/entity.ts';
import { scanFiles } from './files.ts';
import { fileGuard } from './guard.ts';

export interface SecurityOptions {
  /** Trust authors with raw HTML (only the URL policy applies): `content.allowRawHtml` of paved.config.yaml; default false. */
  allowRawHtml?: boolean;
  /** The site's origin, for the URL policy; default PAVED_SITE or the configured site. */
  origin?: string;
}

export function checkSecurity(root: string, content: LoadedContent, options: SecurityOptions = {}): Problem[] {
  const allowRawHtml = options.allowRawHtml ?? false;
  const origin = options.origin ?? process.env['PAVED_SITE'] ?? DEFAULT_ORIGIN;
  const problems: Problem[] = [];

  // Symbolic links out of the folders the build reads: never read, and reported.
  // Each collection's folder is listed on its own, so a link from one into another is not read either.
  const folders = [CATALOGUE_DIR, INTERVIEWS_DIR, METRICS_DIR, ...Object.values(FILE_COLLECTIONS).map((c) => c.dir), 'research'];
  const reported = new Set<string>();
  for (const dir of folders) {
    for (const file of scanFiles(root, dir, [], true).leaving) {
      if (reported.has(file)) continue;
      reported.add(file);
      problems.push(error(file, `is a symbolic link that leads out of ${dir}/ (or to nothing), so Paved does not read it: copy the file into the folder instead`));
    }
  }

  // Raw HTML and links in everything published from Markdown or MDX.
  const texts: Source<unknown>[] = [...content.guides, ...content.playbooks, ...content.updates, ...content.findings, ...content.roadmap, ...content.interviews];
  const imports = fileGuard(root, { roots: ['src/components', 'content'], label: 'src/components/ and content/', denied: [{ dir: 'research', why: 'the research folder, whose notes are published only as the research rules allow' }] });
  for (const s of texts) {
    if (s.text === undefined) continue;
    for (const f of checkRawHtml(s.text, { allowRawHtml, origin })) problems.push(error(s.file, f.message, { line: f.line }));
    if (!s.file.endsWith('.mdx')) continue;
    for (const { specifier, line } of mdxImports(s.text)) {
      const fix = 'an MDX file may import components from src/components/ and files from content/, by a relative path';
      if (!/^\.\.?\//.test(specifier) || specifier.includes('?')) {
        problems.push(error(s.file, `imports "${specifier}", which is refused: ${fix} (without a "?" query)`, { line }));
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(s.file), specifier));
      const g = imports.resolve(target);
      if ('refused' in g) problems.push(error(s.file, `imports "${specifier}", which is refused: ${g.refused}. ${fix}`, { line }));
    }
  }

  // Links in descriptors: one that the policy refuses is shown as text, not as a link.
  for (const src of content.entities) {
    src.entity.metadata.links.forEach((l, i) => {
      const v = judgeLink(l.url, origin);
      if (v.kind === 'refused') problems.push(warning(src.file, `document ${src.document} (${src.entity.kind} ${src.entity.metadata.name}): the link "${l.url}" is shown as text, not as a link: ${v.reason}`, { field: `metadata.links.${i}.url`, line: src.lineOf(['metadata', 'links', i, 'url']) }));
    });
    const source = sourceLocation(src.entity);
    if (source !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(source)) {
      const v = judgeLink(source, origin);
      if (v.kind === 'refused') problems.push(warning(src.file, `document ${src.document} (${src.entity.kind} ${src.entity.metadata.name}): the source location "${source}" is shown as text, not as a link: ${v.reason}`, { field: 'metadata.annotations.backstage.io/source-location', line: src.lineOf(['metadata', 'annotations', 'backstage.io/source-location']) }));
    }
  }
  return problems;
}
