/**
 * A quiet build log. Astro marks every compiled MDX module with the directive "use astro:head-inject",
 * and the bundler prints one MODULE_LEVEL_DIRECTIVE warning per MDX file about it: a thousand lines at
 * 1,000 guides, in which a real warning is lost. The directive is Astro's own marker, read before
 * bundling, so the warning says nothing an author can act on. This drops exactly that warning and passes
 * every other log on unchanged (astro.config.mjs: `vite.build.rolldownOptions.onLog`).
 */
export interface BundlerLog {
  code?: string;
  message: string;
}

/** True for the one warning dropped: a module-level "use astro:head-inject" directive. */
export function isAstroHeadInjectWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject');
}

export function quietLog<L extends BundlerLog, Level extends string>(level: Level, log: L, handler: (level: Level, log: L) => void): void {
  if (level === 'warn' && isAstroHeadInjectWarning(log)) return;
  handler(level, log);
}

/**
 * The lines of a build log that are warnings other than Paved's own content warnings (`[WARN] [paved]`):
 * the sample site's build must have none (tests/determinism.check.ts).
 */
export function unexpectedWarnings(log: string): string[] {
  return log
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd())
    .filter((l) => /\bwarn(ing)?\b|^\(!\)/i.test(l) && !/\[WARN\] \[paved\]/.test(l));
}
