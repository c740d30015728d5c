// Where things sit on a 16:9 slide (10 × 5.625 in, pptxgenjs's LAYOUT_16x9), in inches. One place,
// so the boxes can be checked not to overlap and the writer only fills them.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const SLIDE_SIZE = { w: 10, h: 5.625 } as const;

const M = 0.4;
/** The map picture keeps the PNG export's 16:9 (1920×1080), so it is never stretched. */
const PIC_W = 6.0;
const PIC_H = (PIC_W * 9) / 16;
const PIC_Y = 0.85;
const COL_X = M + PIC_W + 0.25;

export const SLIDE_LAYOUT = {
  title: {
    heading: { x: 0.7, y: 1.2, w: 8.6, h: 0.8 },
    subtitle: { x: 0.7, y: 2.05, w: 8.6, h: 0.9 },
    date: { x: 0.7, y: 3.05, w: 8.6, h: 0.45 },
    source: { x: 0.7, y: 4.3, w: 8.6, h: 0.6 },
  },
  map: {
    heading: { x: M, y: 0.25, w: SLIDE_SIZE.w - 2 * M, h: 0.5 },
    picture: { x: M, y: PIC_Y, w: PIC_W, h: PIC_H },
    caption: { x: M, y: PIC_Y + PIC_H + 0.12, w: PIC_W, h: 0.75 },
    quote: { x: COL_X, y: PIC_Y, w: SLIDE_SIZE.w - COL_X - M, h: 4.15 },
    attribution: { x: M, y: SLIDE_SIZE.h - 0.35, w: SLIDE_SIZE.w - 2 * M, h: 0.22 },
  },
  sources: {
    heading: { x: M, y: 0.3, w: SLIDE_SIZE.w - 2 * M, h: 0.6 },
    list: { x: M, y: 1.05, w: SLIDE_SIZE.w - 2 * M, h: 3.8 },
    attribution: { x: M, y: 5.0, w: SLIDE_SIZE.w - 2 * M, h: 0.3 },
  },
} satisfies Record<string, Record<string, Box>>;

/**
 * The quote's size from its length: the column holds about 40 characters a line at 12 pt, and a
 * text box that overflows is drawn differently in each application (only Impress shrinks it).
 */
export function quoteFontSize(quote: string): number {
  const n = quote.length;
  if (n <= 220) return 15;
  if (n <= 380) return 13;
  if (n <= 560) return 11;
  return 10;
}

/** True when two boxes share any area: the layout test checks that none of a slide's boxes do. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
