// @vitest-environment jsdom
// The panels read our own texts through prose(): on the real data, every route, place, programme and
// commitment panel shows the English sentences, never the object they are stored in nor a JSON string.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { GeoLoad } from '../../src/data/geo';
import type { Content } from '../../src/content/build';
import { SidePanel } from '../../src/ui/SidePanel';
import type { Selection } from '../../src/state/selection';
import { places } from '../../data/places';
import { loadRealData } from '../support/real-data';

vi.setConfig({ testTimeout: 60_000 });

let geo: GeoLoad;
let content: Content;
beforeAll(async () => {
  ({ geo, content } = await loadRealData());
});
afterEach(cleanup);

const panelText = (selection: Selection) => {
  const { container, unmount } = render(<SidePanel selection={selection} geo={geo} content={content} onSelect={() => {}} onClose={() => {}} />);
  const text = container.textContent ?? '';
  unmount();
  return text;
};
const RAW = /\[object Object\]|\{"en"/;

describe('our own texts in the panels', () => {
  it('shows a place’s note as its sentence', () => {
    const dostyk = places.find((p) => p.id === 'dostyk')!;
    const text = panelText({ kind: 'place', id: 'dostyk' });
    expect(text).toContain(dostyk.note!.en);
    expect(text).not.toMatch(RAW);
  });

  it('shows a route’s name, status note, facts, sections and transfers as sentences', () => {
    const casa = geo.index.routes.get('casa-1000')!;
    const text = panelText({ kind: 'route', id: 'casa-1000' });
    for (const t of [casa.statusNote!.en, casa.facts[0].text.en, casa.sections![0].name.en, casa.publishedLength!.text.en]) expect(text).toContain(t);
    const core = panelText({ kind: 'route', id: 'middle-corridor-core' });
    expect(core).toContain(geo.index.routes.get('middle-corridor-core')!.transfers![0].text.en);
  });

  it('renders no text object raw in any route, place, programme or commitment panel', () => {
    const selections: Selection[] = [
      ...[...geo.index.routes.keys()].map((id): Selection => ({ kind: 'route', id })),
      ...places.filter((p) => p.note).map((p): Selection => ({ kind: 'place', id: p.id })),
      ...content.programmes.map((p): Selection => ({ kind: 'programme', id: p.id })),
      ...content.commitments.map((c): Selection => ({ kind: 'commitment', id: c.id })),
      { kind: 'commitments', id: 'commitments' },
    ];
    const raw = selections.filter((s) => RAW.test(panelText(s))).map((s) => `${s.kind}:${s.id}`);
    expect(raw).toEqual([]);
    expect(selections.length).toBeGreaterThan(90);
  });
});
