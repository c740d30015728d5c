// Names along lines for the SVG export: where a label fits on a line, which way it reads, and what it covers.
import { describe, expect, it } from 'vitest';
import { boxesAlong, lineLabelPaths, sharpestBend, slice, stretchesInside, type Pt } from '../../src/map/lineLabels';

const opts = { width: 1000, height: 500, length: 100, spacing: 400, maxAngle: 45, angleWindow: 15 };
const len = (line: Pt[]) => line.slice(1).reduce((n, p, i) => n + Math.hypot(p[0] - line[i][0], p[1] - line[i][1]), 0);

describe('names along lines', () => {
  it('writes one label in the middle of a straight line shorter than the spacing, as long as the text', () => {
    const [path, ...more] = lineLabelPaths([[100, 250], [400, 250]], opts);
    expect(more).toEqual([]);
    expect(path[0][0]).toBeCloseTo(200);
    expect(path[path.length - 1][0]).toBeCloseTo(300);
    expect(len(path)).toBeCloseTo(100);
  });

  it('reads left to right whichever way the line was drawn', () => {
    const [path] = lineLabelPaths([[400, 300], [100, 200]], opts);
    expect(path[0][0]).toBeLessThan(path[path.length - 1][0]);
  });

  it('repeats the label about every `spacing` px along a long line', () => {
    expect(lineLabelPaths([[0, 100], [1000, 100]], opts)).toHaveLength(2);
    expect(lineLabelPaths([[0, 100], [1000, 100]], { ...opts, spacing: 250 })).toHaveLength(4);
  });

  it('writes nothing on a line shorter than its text, or where the line bends too sharply', () => {
    expect(lineLabelPaths([[100, 100], [180, 100]], opts)).toEqual([]);
    // A right angle in the middle of a line just long enough: the text would have to turn 90°.
    const elbow: Pt[] = [[100, 100], [160, 100], [160, 160]];
    expect(lineLabelPaths(elbow, { ...opts, length: 110 })).toEqual([]);
    expect(lineLabelPaths(elbow, { ...opts, length: 110, maxAngle: 90 })).toHaveLength(1);
  });

  it('moves a label along its line, off the middle, when the middle is taken; and gives up when the whole window is', () => {
    // Taken: x from x0 to x1. A piece is clear when it spans none of it.
    const span = (piece: Pt[]) => [Math.min(...piece.map((p) => p[0])), Math.max(...piece.map((p) => p[0]))];
    const blocked = (x0: number, x1: number) => (piece: Pt[]) => span(piece)[1] < x0 || span(piece)[0] > x1;
    const [moved, ...more] = lineLabelPaths([[100, 250], [400, 250]], opts, blocked(240, 260));
    expect(more).toEqual([]);
    expect(blocked(240, 260)(moved)).toBe(true);
    // The nearest clear place, tried a quarter of the text's length (25 px) at a time: 75 px off the middle.
    expect(Math.abs((moved[0][0] + moved[moved.length - 1][0]) / 2 - 250)).toBeLessThanOrEqual(75);
    expect(lineLabelPaths([[100, 250], [400, 250]], opts, blocked(0, 1000))).toEqual([]);
  });

  it('uses only the stretches inside the drawing, cut at its edge', () => {
    expect(stretchesInside([[-50, 10], [10, 10], [200, 10], [1200, 10], [1300, 10]], 1000, 500)).toEqual([[[0, 10], [10, 10], [200, 10], [1000, 10]]]);
    // A two-point leg with both ends beyond the view still gets its label on the part in view.
    expect(lineLabelPaths([[-10, 250], [1010, 250]], opts)).toHaveLength(2);
    expect(stretchesInside([[-10, -10], [-5, 600]], 1000, 500)).toEqual([]);
    // The line leaves the drawing over its top edge and comes back: two stretches, the second
    // (110 px, from the edge down to y = 10 and on to x = 700) too short for a 300 px text.
    const out = lineLabelPaths([[0, 10], [400, 10], [400, -400], [600, -400], [600, 10], [700, 10]], { ...opts, length: 300 });
    expect(out).toHaveLength(1);
    expect(out[0].every(([x, y]) => x >= 0 && x <= 400 && y === 10)).toBe(true);
    // Further right, the second stretch has room for a text of 100 px.
    expect(lineLabelPaths([[0, 10], [400, 10], [400, -400], [600, -400], [600, 10], [900, 10]], { ...opts, length: 100 }).length).toBe(2);
  });

  it('slices a polyline by distance along it, a vertex at a cut taken once', () => {
    expect(slice([[0, 0], [10, 0], [10, 10]], 5, 15)).toEqual([[5, 0], [10, 0], [10, 5]]);
    expect(slice([[0, 0], [10, 0], [10, 10]], 10, 15)).toEqual([[10, 0], [10, 5]]);
    expect(slice([[0, 0], [10, 0], [10, 10]], 5, 10)).toEqual([[5, 0], [10, 0]]);
    // So a straight line with a vertex where the label starts is straight: the label stays in the middle.
    const [path] = lineLabelPaths([[100, 300], [100, 250], [100, 100]], { ...opts, length: 50 });
    expect((path[0][1] + path[path.length - 1][1]) / 2).toBeCloseTo(200);
  });

  it('judges a bend over a window of the line, as text sees it, not one vertex at a time', () => {
    expect(sharpestBend([[0, 0], [10, 0], [10, 10]])).toBeCloseTo(90);
    expect(sharpestBend([[0, 0], [10, 0], [20, 0]])).toBe(0);
    // A zigzag of 60° turns 4 px apart: no single vertex over 90°, but 180° within 10 px.
    const zigzag: Pt[] = [[0, 0], [40, 0], [42, 3.5], [44, 0], [100, 0]];
    expect(sharpestBend(zigzag)).toBeGreaterThan(115);
    expect(sharpestBend(zigzag)).toBeLessThan(125);
    expect(sharpestBend(zigzag, 10)).toBeGreaterThan(200);
    expect(lineLabelPaths(zigzag, { ...opts, width: 100, length: 90, maxAngle: 130, angleWindow: 0 })).toHaveLength(1);
    expect(lineLabelPaths(zigzag, { ...opts, width: 100, length: 90, maxAngle: 130, angleWindow: 10 })).toEqual([]);
  });

  it('covers the path with boxes no further apart than their size', () => {
    const boxes = boxesAlong([[0, 0], [100, 0]], 20);
    expect(boxes).toHaveLength(6);
    expect(boxes[0]).toEqual({ x0: -10, y0: -10, x1: 10, y1: 10 });
    expect(boxes[5]).toEqual({ x0: 90, y0: -10, x1: 110, y1: 10 });
  });
});
