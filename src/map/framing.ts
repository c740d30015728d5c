// Where on the map the camera may put what it frames: the part the furniture (the legend, the tour
// card, the side panel or bottom sheet) leaves open, as MapLibre camera padding. Pure: the size of
// the map and the furniture's rectangles in, padding out, tested in node without a browser.

/** A rectangle in CSS pixels from the map's top-left corner (as getBoundingClientRect gives, offset). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameInput {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** What lies over the map; parts outside it are ignored. */
  obstacles: readonly Rect[];
  /** Room kept between the framed features and an edge or an obstacle; by default 5 % of the shorter side, 12–40 px. */
  margin?: number;
  /**
   * The framed features' width over height on screen, when known: the sides are chosen to leave
   * the biggest frame of that shape. Without it, the biggest open area.
   */
  aspect?: number;
}

type Side = keyof Padding;
const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];

/** The least share of each of the map's sides left open, however much furniture there is. */
export const MIN_OPEN = 0.25;

/** Frames this close to the biggest (as a share of its area) count as big: the open part decides among them. */
const NEAR = 0.97;

export const defaultMargin = (width: number, height: number): number => Math.max(12, Math.min(40, Math.round(Math.min(width, height) * 0.05)));

/** The inset from `side` that puts the obstacle out of the open part, margin included. */
function insetFor(r: Rect, side: Side, width: number, height: number, margin: number): number {
  switch (side) {
    case 'left':
      return r.right + margin;
    case 'right':
      return width - r.left + margin;
    case 'top':
      return r.bottom + margin;
    case 'bottom':
      return height - r.top + margin;
  }
}

/** How big the features can be drawn in the open part: its area, or the area of the biggest box of their shape. */
function room(open: { w: number; h: number }, aspect: number | undefined): number {
  if (open.w <= 0 || open.h <= 0) return 0;
  if (!aspect || !Number.isFinite(aspect) || aspect <= 0) return open.w * open.h;
  const w = Math.min(open.w, open.h * aspect);
  return w * (w / aspect);
}

/**
 * Camera padding that keeps the framed features clear of every obstacle: each obstacle is put
 * behind one side of the open part, the side for which the least of the map is lost, that is the
 * one that leaves the biggest frame of the features' shape (or, without a shape, the biggest open
 * part). Obstacles are decided together (an obstacle already behind another's side costs nothing
 * more) by trying every choice of sides: there are a handful of obstacles at most. When the
 * furniture leaves less than MIN_OPEN of a side of the map, the padding on that axis is scaled down
 * to leave that much.
 */
export function framePadding({ width, height, obstacles, margin = defaultMargin(width, height), aspect }: FrameInput): Padding {
  const base: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  if (width <= 0 || height <= 0) return base;
  // Only the parts over the map count; an obstacle off the map or with no size is no obstacle.
  const inside = obstacles
    .map((r) => ({ left: Math.max(0, r.left), top: Math.max(0, r.top), right: Math.min(width, r.right), bottom: Math.min(height, r.bottom) }))
    .filter((r) => r.right > r.left && r.bottom > r.top)
    // Four sides each: 4^n choices. Past six obstacles, the six biggest decide.
    .sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top))
    .slice(0, 6);

  // Every choice of a side per obstacle, with the room it leaves (4^n of them, n ≤ 6).
  const choices: { p: Padding; room: number; area: number }[] = [];
  const choice: Side[] = [];
  const tryAll = (i: number) => {
    if (i === inside.length) {
      const p = { ...base };
      inside.forEach((r, k) => (p[choice[k]] = Math.max(p[choice[k]], insetFor(r, choice[k], width, height, margin))));
      const open = { w: width - p.left - p.right, h: height - p.top - p.bottom };
      choices.push({ p, room: room(open, aspect), area: room(open, undefined) });
      return;
    }
    for (const side of SIDES) {
      choice[i] = side;
      tryAll(i + 1);
    }
  };
  tryAll(0);
  // The biggest frame for the features; among frames within NEAR of it, the biggest open part, so
  // the features sit in the middle of all the map they can (a link in a corner need not push them
  // aside when the frame's height is what limits it). Ties go to the first choice, in SIDES order.
  const most = Math.max(...choices.map((c) => c.room));
  let best = choices[0];
  for (const c of choices) if (c.room >= most * NEAR && (best.room < most * NEAR || c.area > best.area)) best = c;
  return leaveOpen(best.p, width, height);
}

/** Scales the padding of an axis down so that at least MIN_OPEN of it stays open. */
function leaveOpen(p: Padding, width: number, height: number): Padding {
  const axis = (a: number, b: number, size: number): [number, number] => {
    const most = size * (1 - MIN_OPEN);
    if (a + b <= most) return [a, b];
    const k = most / (a + b);
    return [Math.floor(a * k), Math.floor(b * k)];
  };
  const [left, right] = axis(p.left, p.right, width);
  const [top, bottom] = axis(p.top, p.bottom, height);
  return { top, right, bottom, left };
}

/** Whether the padding leaves only the least open part (MIN_OPEN of a side): the furniture covers nearly all the map. */
export function cramped(p: Padding, width: number, height: number): boolean {
  // Within 2 px: the scaled padding is rounded down.
  return width - p.left - p.right < width * MIN_OPEN + 2 || height - p.top - p.bottom < height * MIN_OPEN + 2;
}

/**
 * Whether the furniture now covers more of the map than when the features were framed: a side's
 * padding grew by more than `tolerance` px. A reason to frame them again; furniture that goes away
 * (a panel closed, the legend folded) is not: the features are still in view, and the map stays put.
 */
export function paddingGrew(next: Padding, was: Padding, tolerance = 4): boolean {
  return SIDES.some((s) => next[s] - was[s] > tolerance);
}

/** Whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
