/**
 * Paved's own Astro integration:
 * - before anything is built, runs the same check as `paved check` over the whole repository and stops
 *   the build with every problem listed (Astro's own schema errors stop at the first bad entry);
 * - after the build, indexes `dist/` with Pagefind's Node API, so `npm run build` yields search with no
 *   second step, writes the search vocabulary (`search/vocabulary.json`: the words of titles, aliases,
 *   headings, entity names and tags) that the search scripts suggest corrections from, and scans every
 *   page and the decompressed index for personal data the source check did not allow
 *   (src/lib/privacy/output.ts): a component can write text no source file holds. Pages are read once,
 *   in worker threads while Pagefind indexes them, for both the scan and the vocabulary
 *   (src/integrations/privacy-scan.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildVocabulary } from '../lib/search/vocabulary.ts';
import { checkRepository } from '../loaders/repository.ts';
import { ContentError, formatProblem } from '../lib/content/problems.ts';
import { today } from '../lib/guides/review.ts';
import { unpublishedProbes, type OutputContext } from '../lib/privacy/index.ts';
import { outputFiles } from '../loaders/dist.ts';
import { scanOutputInParallel } from './privacy-scan.ts';

export default function paved(): AstroIntegration {
  // What the output scan needs, taken from the check at once: the checked content itself (every guide's
  // text) is not kept in memory through the build.
  let scanContext: OutputContext | undefined;
  return {
    name: 'paved',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const result = checkRepository(root, today());
        scanContext = outputContext(result);
        for (const p of result.problems.filter((x) => x.severity === 'warning')) logger.warn(formatProblem(p));
        if (result.errors === 0) {
          logger.info(`content checked: ${result.warnings} warning${result.warnings === 1 ? '' : 's'}, no errors`);
          return;
        }
        for (const p of result.problems.filter((x) => x.severity === 'error')) logger.error(formatProblem(p));
        if (command === 'build') {
          // Every problem is listed above; the error itself only summarises, without a stack trace.
          const e = new ContentError(result.problems);
          e.message = `the content has ${result.errors} error${result.errors === 1 ? '' : 's'}, listed above. Fix them (run "npx paved check" to re-check quickly) and build again.`;
          e.stack = `${e.name}: ${e.message}`;
          throw e;
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The pages are scanned for personal data in worker threads while Pagefind indexes them; its
        // own files are scanned once it has written them.
        const ctx = scanContext;
        if (!ctx) throw new Error('the content check did not run before the build (astro:config:setup), so the built site cannot be scanned for personal data');
        const pages = outputFiles(out).sort();
        const pagePass = scanOutputInParallel(out, pages, ctx);
        // Whatever Pagefind does, the pass's outcome is awaited (no unhandled rejection).
        pagePass.catch(() => undefined);
        const pagefind = await import('pagefind');
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        const pass = await pagePass;
        // The vocabulary from every page's texts, in file order (deterministic).
        const vocabulary = writeVocabulary(out, pass.texts.flatMap(([, t]) => t));
        logger.info(`search vocabulary: ${vocabulary.terms} words, ${vocabulary.bytes} bytes`);
        const scanned = new Set(pages);
        const searchFiles = outputFiles(out).filter((f) => !scanned.has(f));
        const found = [...pass.findings, ...(await scanOutputInParallel(out, searchFiles, ctx)).findings];
        if (found.length > 0) {
          for (const f of found) logger.error(`dist/${f.file}:${f.line} ${f.rule} (${f.masked}): in the built site, but allowed by no source check`);
          throw new Error(`the built site holds ${found.length} piece${found.length === 1 ? '' : 's'} of personal data the source check did not see, listed above: find the component or plugin that writes them (they are in no content file) and remove them`);
        }
        logger.info(`personal data: none in ${added.page_count} pages and the search index`);
      },
    },
  };
}

/** What the output scan needs from the pre-build check: the roster, the allowances, and probes for unpublished notes. */
function outputContext(checked: ReturnType<typeof checkRepository>): OutputContext {
  const c = checked.content;
  const { roster, allow, allowedValues } = checked.privacy;
  const text = (s: { text?: string | undefined }) => s.text ?? '';
  const published = [...c.guides, ...c.updates, ...c.playbooks, ...c.roadmap, ...c.findings, ...c.paths, ...c.maturity, ...c.interviews.filter((n) => n.data.consent.publish)].map(text);
  const unpublished = unpublishedProbes(c.interviews.filter((n) => !n.data.consent.publish).map(text), published);
  return { roster, allow, allowedValues, unpublished };
}

/** Writes the search vocabulary (search/vocabulary.json) built from the pages' texts. */
function writeVocabulary(dist: string, texts: string[]): { terms: number; bytes: number } {
  const vocabulary = buildVocabulary(texts);
  const text = JSON.stringify(vocabulary);
  mkdirSync(path.join(dist, 'search'), { recursive: true });
  writeFileSync(path.join(dist, 'search', 'vocabulary.json'), text);
  return { terms: vocabulary.terms.length, bytes: Buffer.byteLength(text) };
}
