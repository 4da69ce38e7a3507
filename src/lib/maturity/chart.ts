/**
 * Geometry of the maturity chart, drawn at build time as SVG: one row per aspect, the four levels as
 * columns, a bar to the current level and a hollow marker at the previous quarter's.
 */
import { MATURITY_LEVELS, type MaturityAspect, type MaturityLevel } from '../../schemas/maturity.ts';
import { levelIndex } from './levels.ts';

export interface MaturityChartRow {
  aspect: MaturityAspect;
  /** Middle of the row. */
  y: number;
  /** Top and height of the bar. */
  barY: number;
  barHeight: number;
  /** Where the bar ends: the centre of the current level's column. */
  x: number;
  /** Centre of the previous level's column, when there is a previous quarter. */
  previousX: number | undefined;
}

export interface MaturityChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Column centres and the lines between columns. */
  columns: { level: MaturityLevel; x: number; from: number; to: number }[];
  rows: MaturityChartRow[];
}

const WIDTH = 640;
const LEFT = 140;
const RIGHT = 12;
const TOP = 30;
const ROW = 40;
const BAR = 18;

export function layoutMaturityChart(rows: readonly { aspect: MaturityAspect; level: MaturityLevel; previous: MaturityLevel | undefined }[]): MaturityChartLayout {
  const columnWidth = (WIDTH - LEFT - RIGHT) / MATURITY_LEVELS.length;
  const columns = MATURITY_LEVELS.map((level, i) => ({ level, x: LEFT + columnWidth * (i + 0.5), from: LEFT + columnWidth * i, to: LEFT + columnWidth * (i + 1) }));
  const centre = (level: MaturityLevel) => columns[levelIndex(level)]!.x;
  const laid = rows.map((r, i) => {
    const y = TOP + ROW * (i + 0.5);
    return { aspect: r.aspect, y, barY: y - BAR / 2, barHeight: BAR, x: centre(r.level), previousX: r.previous ? centre(r.previous) : undefined };
  });
  const bottom = TOP + ROW * rows.length;
  return { width: WIDTH, height: bottom + 8, plot: { left: LEFT, right: WIDTH - RIGHT, top: TOP, bottom }, columns, rows: laid };
}
