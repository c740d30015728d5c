// @vitest-environment jsdom
// Every kind of the registry has a panel: PANELS names each kind once, and the side panel opens one
// of each on the real data with its kind's label, its title and a body of its own.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { GeoLoad } from '../../src/data/geo';
import type { Content } from '../../src/content/build';
import { PANELS, SidePanel } from '../../src/ui/SidePanel';
import { SELECTION_KINDS, kindLabel, type SelectionKind } from '../../src/state/selection';
import { WaterTable } from '../../src/ui/waterTable';
import type { WaterFile } from '../../data/types';
import { idsByKind, loadRealData } from '../support/real-data';

vi.setConfig({ testTimeout: 20_000 });

let geo: GeoLoad;
let content: Content;
beforeAll(async () => {
  ({ geo, content } = await loadRealData());
});
afterEach(cleanup);

// The rivers-and-lakes table the app's loader hands a water panel.
const water = async () => JSON.parse(readFileSync('public/geo/water.json', 'utf8')) as WaterFile;

/** The first id of each kind the data holds. */
function firstId(kind: SelectionKind): string {
  const sets = idsByKind(content);
  const [id] = sets[kind];
  return id;
}

describe('a panel for every kind', () => {
  it('PANELS has one entry per kind of the registry', () => {
    expect(Object.keys(PANELS).sort()).toEqual([...SELECTION_KINDS].sort());
  });

  it.each(SELECTION_KINDS)('opens a %s with its label, its title and a body', (kind) => {
    const selection = { kind, id: firstId(kind) };
    render(
      <WaterTable value={water}>
        <SidePanel selection={selection} geo={geo} content={content} onSelect={() => {}} onClose={() => {}} />
      </WaterTable>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.querySelector('.panel-kicker')?.textContent).toBe(kindLabel(kind));
    expect(heading.textContent).toContain(content.titleOf(selection));
    const body = document.querySelector('.panel-body')!;
    expect(body.children.length, kind).toBeGreaterThan(0);
    expect(body.textContent?.trim().length, kind).toBeGreaterThan(0);
  });
});
