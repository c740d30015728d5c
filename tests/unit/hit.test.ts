import { describe, expect, it } from 'vitest';
import { distanceToLine, distanceToSegment, nearest } from '../../src/map/hit';

describe('picking the route a click means', () => {
  it('measures the distance to a segment, clamped at its ends', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToLine({ x: 0, y: 0 }, [{ x: 3, y: 4 }])).toBe(5);
  });

  it('chooses the nearest line, and the first on a tie', () => {
    const a = { item: 'core', lines: [[{ x: 0, y: 0 }, { x: 100, y: 0 }]] };
    const b = { item: 'kuryk', lines: [[{ x: 0, y: 6 }, { x: 100, y: 6 }]] };
    expect(nearest({ x: 50, y: 2 }, [b, a])).toBe('core');
    expect(nearest({ x: 50, y: 5 }, [a, b])).toBe('kuryk');
    expect(nearest({ x: 50, y: 3 }, [a, b])).toBe('core');
    expect(nearest({ x: 50, y: 3 }, [])).toBeNull();
  });
});
