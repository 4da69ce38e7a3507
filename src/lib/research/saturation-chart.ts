/**
 * Geometry for the saturation chart: bars for the new themes each interview added, a line for the
 * running total. Pure numbers, so the SVG is drawn at build time and the scale is unit-tested.
 */

export interface ChartInput {
  /** One value pair per interview, in order. */
  points: readonly { label: string; added: number; total: number }[];
  width?: number;
  height?: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Horizontal grid lines and their labels (whole themes). */
  yTicks: { y: number; value: number }[];
  /** One slot per interview: the label under it, the bar of themes added, the dot of the running total. */
  slots: { x: number; label: string; bar: { x: number; y: number; width: number; height: number }; dot: { x: number; y: number }; added: number; total: number }[];
  /** The running total as an SVG polyline `points` attribute. */
  line: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function saturationChart({ points, width = 640, height = 280 }: ChartInput): ChartGeometry {
  const plot = { left: 40, top: 16, right: width - 12, bottom: height - 40 };
  const max = Math.max(1, ...points.map((p) => p.total));
  const step = max <= 8 ? 1 : max <= 20 ? 2 : Math.ceil(max / 10);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => round(plot.bottom - (v / top) * (plot.bottom - plot.top));
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ y: y(v), value: v });
  const slotWidth = points.length ? (plot.right - plot.left) / points.length : 0;
  const barWidth = round(Math.min(28, slotWidth * 0.6));
  const slots = points.map((p, i) => {
    const x = round(plot.left + slotWidth * (i + 0.5));
    return {
      x,
      label: p.label,
      bar: { x: round(x - barWidth / 2), y: y(p.added), width: barWidth, height: round(plot.bottom - y(p.added)) },
      dot: { x, y: y(p.total) },
      added: p.added,
      total: p.total,
    };
  });
  return { width, height, plot, yTicks, slots, line: slots.map((s) => `${s.dot.x},${s.dot.y}`).join(' ') };
}
