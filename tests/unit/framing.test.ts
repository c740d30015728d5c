import { describe, expect, it } from 'vitest';
import { screenAspect } from '../../src/map/camera';
import { cramped, defaultMargin, framePadding, MIN_OPEN, overlaps, paddingGrew, type Padding, type Rect } from '../../src/map/framing';

/** The open part of the map that a padding leaves. */
const open = (width: number, height: number, p: Padding): Rect => ({ left: p.left, top: p.top, right: width - p.right, bottom: height - p.bottom });

// The furniture as the atlas lays it out (rectangles measured in Chromium, from the map's top-left).
const DESKTOP = { width: 1280, height: 760 }; // 1280×800 less the header: a margin of 38 px
const LEGEND = { left: 8, top: 8, right: 256, bottom: 646 };
const TOUR_CARD = { left: 868, top: 12, right: 1268, bottom: 312 };
const SIDE_PANEL = { left: 860, top: 0, right: 1280, bottom: 760 };

describe('camera padding from the furniture', () => {
  it('is the margin alone on a bare map', () => {
    expect(framePadding({ width: 1920, height: 1040, obstacles: [] })).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
    expect(framePadding({ width: 1280, height: 760, obstacles: [], margin: 10 })).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
  });

  it('scales the margin with the map, between 12 and 40 px', () => {
    expect(defaultMargin(1920, 1080)).toBe(40);
    expect(defaultMargin(960, 540)).toBe(27);
    expect(defaultMargin(375, 700)).toBe(19);
    expect(defaultMargin(200, 120)).toBe(12);
  });

  it('puts the legend column behind the left side, not the top', () => {
    expect(framePadding({ ...DESKTOP, obstacles: [LEGEND] })).toEqual({ top: 38, right: 38, bottom: 38, left: 294 });
  });

  it('puts a side panel behind the right side, and the legend behind the left', () => {
    expect(framePadding({ ...DESKTOP, obstacles: [LEGEND, SIDE_PANEL] })).toEqual({ top: 38, right: 458, bottom: 38, left: 294 });
  });

  it('chooses, for the tour card, the side that leaves the most room for what is framed', () => {
    // A wide box (the five states, about 1.4:1) keeps more of its size beside the card than below it...
    const wide = framePadding({ ...DESKTOP, obstacles: [LEGEND, TOUR_CARD], aspect: 1.4 });
    expect(wide).toEqual({ top: 38, right: 450, bottom: 38, left: 294 });
    // ...while a very wide one (a corridor from the Black Sea to China) is bigger below the card.
    const wider = framePadding({ ...DESKTOP, obstacles: [LEGEND, TOUR_CARD], aspect: 4 });
    expect(wider).toEqual({ top: 350, right: 38, bottom: 38, left: 294 });
  });

  it('leaves every obstacle outside the open part, with the margin between', () => {
    for (const obstacles of [[LEGEND], [LEGEND, TOUR_CARD], [LEGEND, SIDE_PANEL], [TOUR_CARD, SIDE_PANEL, LEGEND]]) {
      for (const aspect of [undefined, 0.5, 1, 1.4, 3]) {
        const p = framePadding({ ...DESKTOP, obstacles, aspect });
        const o = open(DESKTOP.width, DESKTOP.height, p);
        const grown = { left: o.left - 37, top: o.top - 37, right: o.right + 37, bottom: o.bottom + 37 };
        for (const r of obstacles) expect(overlaps(grown, r), JSON.stringify({ r, aspect })).toBe(false);
      }
    }
  });

  it('uses a phone’s bottom sheet and folded legend button as they lie', () => {
    const phone = { width: 375, height: 756 };
    const legendButton = { left: 8, top: 8, right: 118, bottom: 40 };
    const sheet = { left: 0, top: 340, right: 375, bottom: 756 };
    expect(framePadding({ ...phone, obstacles: [legendButton, sheet] })).toEqual({ top: 59, right: 19, bottom: 435, left: 19 });
  });

  it('puts the 960×540 embed’s tour card (bottom right) behind the right side', () => {
    const embed = { width: 960, height: 540 };
    const legendButton = { left: 8, top: 8, right: 110, bottom: 34 };
    const link = { left: 804, top: 8, right: 952, bottom: 32 };
    const card = { left: 592, top: 208, right: 952, bottom: 514 };
    const p = framePadding({ ...embed, obstacles: [legendButton, link, card], aspect: 1.4 });
    expect(p).toEqual({ top: 61, right: 395, bottom: 27, left: 27 });
  });

  it('keeps a corner link from pushing the features aside when the frame’s height is what limits it', () => {
    const embed = { width: 960, height: 540 };
    const legendButton = { left: 8, top: 8, right: 123, bottom: 30 };
    const link = { left: 804, top: 8, right: 952, bottom: 31 };
    // Behind the right side the link would cost 1 px of the five states' height less than behind the
    // top, and 156 px of width: the top it is, and the states sit in the middle of the map.
    expect(framePadding({ ...embed, obstacles: [legendButton, link], aspect: 1.4 })).toEqual({ top: 58, right: 27, bottom: 27, left: 27 });
  });

  it('puts the embed’s legend, opened by the reader, behind the left side', () => {
    const embed = { width: 960, height: 540 };
    const openLegend = { left: 8, top: 8, right: 208, bottom: 500 };
    expect(framePadding({ ...embed, obstacles: [openLegend], aspect: 1.4 })).toEqual({ top: 27, right: 27, bottom: 27, left: 235 });
  });

  it('ignores what lies off the map or has no size, and clips what lies partly off it', () => {
    const off = { left: 1300, top: 0, right: 1500, bottom: 100 };
    const empty = { left: 100, top: 100, right: 100, bottom: 300 };
    expect(framePadding({ ...DESKTOP, obstacles: [off, empty] })).toEqual({ top: 38, right: 38, bottom: 38, left: 38 });
    const spill = { left: -50, top: -50, right: 100, bottom: 900 };
    expect(framePadding({ ...DESKTOP, obstacles: [spill] }).left).toBe(138);
  });

  it(`leaves at least ${MIN_OPEN * 100} % of each side open, however much furniture there is`, () => {
    const phone = { width: 375, height: 756 };
    const openLegend = { left: 8, top: 8, right: 367, bottom: 378 };
    const sheet = { left: 0, top: 340, right: 375, bottom: 756 };
    const p = framePadding({ ...phone, obstacles: [openLegend, sheet] });
    expect(phone.width - p.left - p.right).toBeGreaterThanOrEqual(phone.width * MIN_OPEN);
    expect(phone.height - p.top - p.bottom).toBeGreaterThanOrEqual(phone.height * MIN_OPEN);
    expect(Object.values(p).every((v) => v >= 0)).toBe(true);
    expect(cramped(p, phone.width, phone.height)).toBe(true);
    expect(cramped(framePadding({ ...phone, obstacles: [sheet] }), phone.width, phone.height)).toBe(false);
  });

  it('gives the margin on a map of no size', () => {
    expect(framePadding({ width: 0, height: 0, obstacles: [LEGEND], margin: 12 })).toEqual({ top: 12, right: 12, bottom: 12, left: 12 });
  });
});

describe('when to frame again', () => {
  const p = { top: 38, right: 38, bottom: 38, left: 294 };
  it('frames again when the furniture covers more of a side than a few pixels', () => {
    expect(paddingGrew({ ...p, right: 450 }, p)).toBe(true);
    expect(paddingGrew({ ...p, left: 297 }, p)).toBe(false);
  });
  it('leaves the view when the furniture goes away (a panel closed, the legend folded)', () => {
    expect(paddingGrew({ ...p, left: 38 }, p)).toBe(false);
    expect(paddingGrew({ ...p, left: 38, right: 40 }, p)).toBe(false);
  });
});

describe('the shape of a box on the map', () => {
  it('is as wide as tall for a degree square at the equator, and narrower toward the poles', () => {
    expect(screenAspect([[0, -0.5], [1, 0.5]])).toBeCloseTo(1, 3);
    expect(screenAspect([[0, 59.5], [1, 60.5]])).toBeCloseTo(0.5, 2);
  });
  it('reads the five states as about 1.4 times as wide as tall', () => {
    expect(screenAspect([[46.5, 35.1], [87.3, 55.4]])).toBeCloseTo(1.4, 1);
  });
  it('is null for a box with no height', () => {
    expect(screenAspect([[50, 40], [60, 40]])).toBeNull();
  });
});
