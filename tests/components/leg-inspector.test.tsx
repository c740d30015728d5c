// @vitest-environment jsdom
// The leg inspector: a real table of the legs with caption and headers, the drawn and published
// lengths, and the journey summary with each transshipment's source.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { RouteMeta } from '../../data/types';
import { LegInspector } from '../../src/ui/panels/LegInspector';

afterEach(cleanup);

const meta = JSON.parse(readFileSync(resolve(__dirname, '../../public/geo/routes.json'), 'utf8')) as RouteMeta[];
const route = (id: string) => meta.find((r) => r.id === id) as RouteMeta;
const names: Record<string, string> = { AZE: 'Azerbaijan', GEO: 'Georgia', TUR: 'Türkiye', KAZ: 'Kazakhstan' };
const countryName = (id: string) => names[id] ?? id;

describe('LegInspector', () => {
  it('lists the legs in order in a table with a caption and column headers', () => {
    const btk = route('baku-tbilisi-kars');
    render(<LegInspector route={btk} countryName={countryName} />);
    const table = screen.getByRole('table', { name: 'Legs of the route, in order' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Leg', 'From → to', 'Mode', 'km', 'Track', 'Country']);
    // Each leg says the state of the line it runs over, since when, with the source.
    const track = within(table).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[3]!);
    expect(track[0]!.textContent).toMatch(/^In use \(since /);
    expect(track.every((c) => c.querySelector('a[href^="https://"]'))).toBe(true);
    // A short link (the outlet) keeps the cell low; the whole title is its accessible name and tooltip.
    for (const a of track.map((c) => c.querySelector('a')!)) {
      expect(a.textContent!.length, a.title).toBeLessThanOrEqual(40);
      expect(a.getAttribute('aria-label')).toBe(`Source: ${a.title}`);
      expect(a.title.length).toBeGreaterThan(a.textContent!.length);
    }
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(btk.legs!.length);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('1');
    expect(rows[0]!.textContent).toContain('Baku → Alat (Port of Baku)');
    expect(rows.at(-1)!.textContent).toContain('Akhalkalaki → Kars');
    expect(rows.at(-1)!.textContent).toContain('Georgia → Türkiye (crosses a border)');
  });

  it('shows the drawn and the published length with its source', () => {
    render(<LegInspector route={route('baku-tbilisi-kars')} countryName={countryName} />);
    expect(screen.getByText('Drawn length').nextElementSibling?.textContent).toMatch(/^\d{3} km along the drawn line$/);
    const published = screen.getByText('Published length').nextElementSibling!;
    expect(published.textContent).toContain('826 km, Baku to Kars');
    expect(within(published as HTMLElement).getByRole('link').getAttribute('href')).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
  });

  it('sums up the journey: km by mode, borders, ferries and transshipments with sources', () => {
    render(<LegInspector route={route('middle-corridor-core')} countryName={countryName} />);
    const byMode = screen.getByText('By mode').nextElementSibling!.textContent!;
    expect(byMode).toMatch(/^Rail [\d,]+ km, Sea \(ferry\) \d+ km$/);
    expect(screen.getByText('Ferry legs').nextElementSibling!.textContent).toMatch(/^Aktau → Alat \(Port of Baku\), \d+ km$/);
    const items = within(screen.getByRole('list', { name: 'Transshipments' })).getAllByRole('listitem');
    const gauge = items.find((li) => li.textContent?.includes('1,435 mm'))!;
    expect(gauge.textContent).toMatch(/^Dostyk: Break of gauge/);
    expect(within(gauge).getByRole('link').getAttribute('href')).toMatch(/^https:\/\/www\.railjournal\.com\//);
    expect(items.some((li) => li.textContent === 'Aktau: Goods pass from train to ferry at the port. (from the route’s data)')).toBe(true);
  });

  it('says why lengths differ, and leaves the "not named" note to the route panel', () => {
    render(<LegInspector route={route('kazakhstan-turkmenistan-iran')} />);
    // The route panel says it once, above the legs (tests/components/since-panels.test.tsx).
    expect(screen.queryByText('Not named by the declaration: shown as context.')).toBeNull();
    cleanup();
    render(<LegInspector route={route('trans-afghan-railway')} />);
    expect(screen.getByText(/alignment across the Hindu Kush is not public/)).toBeTruthy();
  });

  it('renders a route from an older routes.json without legs', () => {
    const bare: RouteMeta = { ...route('termez-mazar-railway'), legs: undefined, transfers: undefined, sections: undefined, publishedLength: undefined };
    render(<LegInspector route={bare} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByText('Border crossings').nextElementSibling!.textContent).toBe('None');
  });
});
