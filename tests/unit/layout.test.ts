import { describe, expect, it } from 'vitest';
import { legendFolds, openingLegendRoom } from '../../src/ui/layout';

describe('where the legend folds behind its button', () => {
  it('folds in an embed of 960×540 or smaller, and in each of the snippet’s sizes', () => {
    expect(legendFolds({ width: 960, height: 540, embedded: true })).toBe(true);
    expect(legendFolds({ width: 480, height: 270, embedded: true })).toBe(true);
    expect(legendFolds({ width: 800, height: 600, embedded: true })).toBe(true);
    expect(legendFolds({ width: 600, height: 600, embedded: true })).toBe(true);
    expect(legendFolds({ width: 1600, height: 540, embedded: true })).toBe(true);
  });
  it('stays open in a bigger embed, and on a desktop of any size (phones fold it by their media query)', () => {
    expect(legendFolds({ width: 961, height: 541, embedded: true })).toBe(false);
    expect(legendFolds({ width: 1920, height: 1080, embedded: true })).toBe(false);
    expect(legendFolds({ width: 960, height: 540, embedded: false })).toBe(false);
  });
});

describe('the room the opening view leaves the legend', () => {
  it('keeps the legend column out of the opening frame on a desktop and in a full-screen embed', () => {
    expect(openingLegendRoom({ width: 1280, height: 800, embedded: false, legend: true })).toBe(260);
    expect(openingLegendRoom({ width: 1920, height: 1080, embedded: true, legend: true })).toBe(215);
  });
  it('leaves none where the legend is folded or hidden', () => {
    expect(openingLegendRoom({ width: 375, height: 812, embedded: false, legend: true })).toBe(0);
    expect(openingLegendRoom({ width: 960, height: 540, embedded: true, legend: true })).toBe(0);
    expect(openingLegendRoom({ width: 1920, height: 1080, embedded: true, legend: false })).toBe(0);
  });
});
