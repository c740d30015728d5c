import { describe, expect, it } from 'vitest';
import { openingLegendRoom } from '../../src/ui/layout';

describe('the room the opening view leaves the legend', () => {
  it('keeps the legend column out of the opening frame on a desktop and in a full-screen embed', () => {
    expect(openingLegendRoom({ width: 1280, height: 800, embedded: false, legend: true })).toBe(260);
    expect(openingLegendRoom({ width: 1920, height: 1080, embedded: true, legend: true })).toBe(215);
    expect(openingLegendRoom({ width: 960, height: 540, embedded: true, legend: true })).toBe(215);
  });
  it('leaves none where the legend is folded or hidden', () => {
    expect(openingLegendRoom({ width: 375, height: 812, embedded: false, legend: true })).toBe(0);
    expect(openingLegendRoom({ width: 480, height: 270, embedded: true, legend: true })).toBe(0);
    expect(openingLegendRoom({ width: 1920, height: 1080, embedded: true, legend: false })).toBe(0);
  });
});
