// The bar chart's geometry, apart from the drawing so it can be tested as plain numbers: one band per
// point along the bottom (d3's band scale), a linear height from zero (a bar's length is its value,
// so the axis always starts at 0). Imported only by SeriesChart, so d3-scale stays in lazy chunks.
import { scaleBand, scaleLinear } from 'd3-scale';

/** The chart's box, in SVG units: the SVG scales to the panel's width. */
export const CHART_BOX = { width: 320, height: 150, top: 18, bottom: 32, side: 6, maxBar: 56 } as const;

export interface Bar {
  key: string;
  /** Left edge, top, width and height of the bar. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The bar's centre, where its labels sit. */
  cx: number;
}

export interface BarGeometry {
  bars: Bar[];
  /** The y of the zero line. */
  baseline: number;
}

/** Bars for `items` in order; keys must be unique (a series' periods are). */
export function barGeometry(items: readonly { key: string; value: number }[], box: typeof CHART_BOX = CHART_BOX): BarGeometry {
  const baseline = box.height - box.bottom;
  const x = scaleBand<string>()
    .domain(items.map((i) => i.key))
    .range([box.side, box.width - box.side])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const max = Math.max(0, ...items.map((i) => i.value));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([baseline, box.top]);
  const width = Math.min(x.bandwidth(), box.maxBar);
  const bars = items.map((i) => {
    const cx = (x(i.key) ?? 0) + x.bandwidth() / 2;
    const top = y(i.value);
    return { key: i.key, x: cx - width / 2, y: top, width, height: baseline - top, cx };
  });
  return { bars, baseline };
}
