// The routes' colours stay apart for readers with the common colour-vision deficiencies (simulated
// with Machado 2009), and the old palette, which the review found failing, fails this test too.
import { describe, expect, it } from 'vitest';
import { MODES } from '../../data/types';
import { deltaE, type Deficiency } from '../support/colourVision';
import { modeColour } from '../../src/map/palette';

const pairs = (colours: string[]) => colours.flatMap((a, i) => colours.slice(i + 1).map((b) => [a, b] as const));
const worst = (colours: string[], kind: Deficiency) => Math.min(...pairs(colours).map(([a, b]) => deltaE(a, b, kind)));

describe('the mode palette', () => {
  const colours = MODES.map((m) => modeColour(m));

  it('keeps every pair of modes at least ΔE 20 apart for normal vision, protanopia, deuteranopia and tritanopia', () => {
    for (const kind of ['none', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
      expect(worst(colours, kind), kind).toBeGreaterThanOrEqual(20);
    }
  });

  it('reproduces the review: the old palette put sea and power lines about ΔE 5 apart for deuteranopia', () => {
    const old = ['#b3261e', '#c77700', '#1565c0', '#7b2cbf', '#2e7d32'];
    expect(deltaE(old[2], old[3], 'deuteranopia')).toBeLessThan(8);
    expect(worst(old, 'deuteranopia')).toBeLessThan(20);
  });
});
