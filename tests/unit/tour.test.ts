import { describe, expect, it } from 'vitest';
import { tourKey } from '../../src/ui/Tour';
import { TOUR_DEFS, buildTour } from '../../src/content/tour';
import { declaration } from '../../src/content';

describe('the tour', () => {
  it('maps the keys presentation clickers send', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => tourKey(k, 3, 15))).toEqual([4, 4, 4]);
    expect(['ArrowLeft', 'PageUp'].map((k) => tourKey(k, 3, 15))).toEqual([2, 2]);
    expect([tourKey('Home', 9, 15), tourKey('End', 9, 15), tourKey('Escape', 9, 15)]).toEqual([1, 15, 'exit']);
    expect([tourKey('ArrowRight', 15, 15), tourKey('ArrowLeft', 1, 15)]).toEqual([15, 1]);
    expect(tourKey('a', 3, 15)).toBeNull();
  });

  it('walks the sections, the corridor, South Asia and each state, quoting the text verbatim', () => {
    const steps = buildTour(declaration, null, [
      { id: 'middle-corridor-core', group: 'middle-corridor', countries: ['KAZ'] },
      { id: 'casa-1000', group: 'south-asia', countries: ['KGZ', 'TJK'] },
    ] as never);
    expect(steps).toHaveLength(TOUR_DEFS.length + 5);
    expect(steps.map((s) => s.id).slice(-5)).toEqual(['state-kaz', 'state-kgz', 'state-tjk', 'state-tkm', 'state-uzb']);
    expect(steps.find((s) => s.id === 'middle-corridor')?.routes).toEqual(['middle-corridor-core']);
    const paragraphs = new Map(declaration.paragraphs.map((p) => [p.id, p.text]));
    for (const s of steps) expect(paragraphs.get(s.passageId), s.id).toContain(s.quote);
    expect(steps.find((s) => s.id === 'state-tkm')?.caption.en).toMatch(/^Signed by President Serdar Berdimuhamedov\. No mapped route crosses/);
  });
});

describe('the closing step, "Since New York"', () => {
  it('closes the tour with the tallies in numbers and each state’s, quoting the text verbatim', async () => {
    const { resolveCommitments, tallyText } = await import('../../src/content/commitments');
    const commitments = resolveCommitments(declaration);
    const routes = [{ id: 'casa-1000', group: 'south-asia', countries: ['KGZ', 'TJK'] }] as never;
    const steps = buildTour(declaration, null, routes, { commitments, routesNow: ['casa-1000', 'not-on-the-map'] });
    const last = steps[steps.length - 1];
    expect(steps).toHaveLength(TOUR_DEFS.length + 6);
    expect(last.title.en).toBe('Since New York');
    expect(last.caption.en).toContain(`${commitments.length} commitments stand at ${tallyText(commitments)}`);
    for (const id of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']) expect(last.caption.en).toContain(`${id} `);
    expect(last.routes).toEqual(['casa-1000']);
    expect(declaration.paragraphs.find((p) => p.id === last.passageId)?.text).toContain(last.quote);
  });
});
