/**
 * Paved's own Astro integration:
 * - before anything is built, runs the same check as `paved check` over the whole repository and stops
 *   the build with every problem listed (Astro's own schema errors stop at the first bad entry);
 * - after the build, indexes `dist/` with Pagefind's Node API, so `npm run build` yields search with no
 *   second step.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkRepository } from '../loaders/repository.ts';
import { ContentError, formatProblem } from '../lib/content/problems.ts';
import { today } from '../lib/guides/review.ts';

export default function paved(): AstroIntegration {
  return {
    name: 'paved',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const result = checkRepository(root, today());
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
        const pagefind = await import('pagefind');
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
