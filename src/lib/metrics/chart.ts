/**
 * Geometry of the build-time line charts on /metrics: scales, "nice" axis ticks and SVG paths. Pure, so
 * the numbers are unit-tested; src/components/ui/LineChart.astro only draws what this returns.
 */

export interface ChartSeries {
  /** Shown in the legend and as the data table's column header. */
  name: string;
  /** One value per label; undefined leaves a gap. */
  values: readonly (number | undefined)[];
  /** Optional half-width of an error bar per value (e.g. NPS's margin of error). */
  margins?: readonly (number | undefined)[] | undefined;
  /** Draw the line across gaps (for measurements taken only in some months, such as survey waves). */
  connect?: boolean | undefined;
}

export interface ChartOptions {
  width?: number | undefined;
  height?: number | undefined;
  /** Values the y axis must include (e.g. 0, so a bar or a line is not exaggerated). */
  include?: readonly number[] | undefined;
  /** Hard limits of the y axis (e.g. 0 and 100 for a percentage): ticks never go beyond them. */
  clamp?: readonly [number, number] | undefined;
  /** Roughly how many y ticks. */
  ticks?: number | undefined;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  /** The error bar's ends, when the series has margins. */
  bar?: { y1: number; y2: number } | undefined;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  /** y of the value 0 when the axis spans it (a reference line), else undefined. */
  zero: number | undefined;
  series: { name: string; path: string; points: ChartPoint[] }[];
}

/** A "nice" step (1, 2, 2.5 or 5 times a power of ten) close to span / count. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** Axis ticks from a nice multiple at or below `lo` to one at or above `hi`. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 2;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Lays out a line chart over evenly spaced labels (months). */
export function layoutChart(labels: readonly string[], series: readonly ChartSeries[], options: ChartOptions = {}): ChartLayout {
  const width = options.width ?? 640;
  const height = options.height ?? 240;
  // Room below the plot for the month and, under some months, the year.
  const plot = { left: 60, top: 12, right: width - 16, bottom: height - 40 };
  const values: number[] = [...(options.include ?? [])];
  for (const s of series) {
    s.values.forEach((v, i) => {
      if (v === undefined) return;
      const m = s.margins?.[i] ?? 0;
      values.push(v - m, v + m);
    });
  }
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (options.clamp) {
    lo = Math.max(lo, options.clamp[0]);
    hi = Math.min(hi, options.clamp[1]);
  }
  let ticks = niceTicks(lo, hi, options.ticks ?? 4);
  if (options.clamp) ticks = ticks.filter((t) => t >= options.clamp![0] - 1e-9 && t <= options.clamp![1] + 1e-9);
  const min = ticks[0]!;
  const max = ticks[ticks.length - 1]!;
  const y = (v: number) => round1(plot.bottom - ((Math.min(max, Math.max(min, v)) - min) / (max - min || 1)) * (plot.bottom - plot.top));
  const n = labels.length;
  const x = (i: number) => round1(n <= 1 ? (plot.left + plot.right) / 2 : plot.left + 12 + (i * (plot.right - plot.left - 24)) / (n - 1));
  return {
    width,
    height,
    plot,
    xTicks: labels.map((label, i) => ({ x: x(i), label })),
    yTicks: ticks.map((value) => ({ y: y(value), value })),
    zero: min < 0 && max > 0 ? y(0) : undefined,
    series: series.map((s) => {
      const points: ChartPoint[] = [];
      let path = '';
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === undefined) {
          if (!s.connect) pen = false;
          return;
        }
        const m = s.margins?.[i];
        const p: ChartPoint = { x: x(i), y: y(v), value: v, bar: m === undefined ? undefined : { y1: y(v - m), y2: y(v + m) } };
        points.push(p);
        path += `${pen ? 'L' : 'M'}${p.x} ${p.y}`;
        pen = true;
      });
      return { name: s.name, path, points };
    }),
  };
}
