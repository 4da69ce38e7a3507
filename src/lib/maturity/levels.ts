/**
 * Levels of the platform maturity model as numbers, and the disagreement rules: where a self-assessed
 * level is above what a measured signal supports, or below what it shows, the page says so and names
 * the signal.
 */
import { MATURITY_LEVELS, type MaturityAspect, type MaturityLevel } from '../../schemas/maturity.ts';

/** 0 (provisional) to 3 (optimizing). */
export function levelIndex(level: MaturityLevel): number {
  return MATURITY_LEVELS.indexOf(level);
}

/** A level bound a signal sets, and why, in a sentence that states the figure and the threshold. */
export interface Bound {
  level: MaturityLevel;
  why: string;
}

/** One measured signal beside an aspect, computed from Paved's own data at build time. */
export interface Signal {
  /** Stable id, e.g. `golden-path-share`; also the anchor of the signal on the page. */
  id: string;
  aspect: MaturityAspect;
  /** What is measured, e.g. "Components on a golden path". */
  label: string;
  /** The figure, formatted, e.g. "61%". "No data" when there is none. */
  value: string;
  /** What the figure rests on, in a sentence. */
  detail: string;
  /** Names worth listing: teams with none, overdue reviews, metrics without data. */
  items: string[];
  /** Where to see the data behind it. */
  href: string | undefined;
  /** The highest level this signal supports; undefined when it sets no limit. */
  ceiling: Bound | undefined;
  /** The lowest level this signal shows; undefined when it shows nothing in particular. */
  floor: Bound | undefined;
}

/** A self-assessed level the signals do not support (above a ceiling) or undersell (below a floor). */
export interface Disagreement {
  aspect: MaturityAspect;
  assessed: MaturityLevel;
  /** `above`: assessed higher than the signal supports; `below`: lower than it shows. */
  direction: 'above' | 'below';
  /** The signal's bound. */
  suggested: MaturityLevel;
  signalId: string;
  signalLabel: string;
  /** The whole note, naming the signal: `Assessed scalable, but "Components on a golden path" suggests at most operational: ...`. */
  message: string;
}

/**
 * Compares an assessed level with every signal of its aspect. A signal whose ceiling is below the level
 * gives an `above` note; one whose floor is above it gives a `below` note. Signals of other aspects are
 * ignored, so the caller may pass them all.
 */
export function disagreements(aspect: MaturityAspect, assessed: MaturityLevel, signals: readonly Signal[]): Disagreement[] {
  const out: Disagreement[] = [];
  const at = levelIndex(assessed);
  for (const s of signals) {
    if (s.aspect !== aspect) continue;
    if (s.ceiling && levelIndex(s.ceiling.level) < at) {
      out.push({
        aspect,
        assessed,
        direction: 'above',
        suggested: s.ceiling.level,
        signalId: s.id,
        signalLabel: s.label,
        message: `Assessed ${assessed}, but the signal "${s.label}" suggests at most ${s.ceiling.level}: ${s.ceiling.why}`,
      });
    }
    if (s.floor && levelIndex(s.floor.level) > at) {
      out.push({
        aspect,
        assessed,
        direction: 'below',
        suggested: s.floor.level,
        signalId: s.id,
        signalLabel: s.label,
        message: `Assessed ${assessed}, but the signal "${s.label}" suggests at least ${s.floor.level}: ${s.floor.why}`,
      });
    }
  }
  return out;
}

/** The range of levels the signals of an aspect leave open: the highest floor to the lowest ceiling. */
export function suggestedRange(aspect: MaturityAspect, signals: readonly Signal[]): { from: MaturityLevel; to: MaturityLevel } {
  let from = 0;
  let to = MATURITY_LEVELS.length - 1;
  for (const s of signals) {
    if (s.aspect !== aspect) continue;
    if (s.floor) from = Math.max(from, levelIndex(s.floor.level));
    if (s.ceiling) to = Math.min(to, levelIndex(s.ceiling.level));
  }
  // Signals can contradict each other (a floor above a ceiling): the ceiling wins, the lower bound.
  if (from > to) from = to;
  return { from: MATURITY_LEVELS[from]!, to: MATURITY_LEVELS[to]! };
}
