// @vitest-environment jsdom
// The "Since 2023" views in the side panel, on the real data and the real declaration: the list and
// one commitment, a route's status then and now, a state's commitments and its sentences (not whole
// paragraphs), and the legend's date switch.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GeoLoad } from '../../src/data/geo';
import type { Content } from '../../src/content/build';
import { SidePanel } from '../../src/ui/SidePanel';
import { Legend } from '../../src/ui/Legend';
import { ALL_VISIBLE } from '../../src/map/style';
import { STATUS_LABELS } from '../../src/content/commitments';
import { ROUTE_STATUS_NOW } from '../../src/content/status-now';
import { lightsOf, type Selection } from '../../src/state/selection';
import { NO_RELATED } from '../../src/map/types';
import { loadRealData } from '../support/real-data';
import { DECLARATION_DATE } from '../../data/types';

vi.setConfig({ testTimeout: 20_000 });

let geo: GeoLoad;
let content: Content;
beforeAll(async () => {
  ({ geo, content } = await loadRealData());
});
afterEach(cleanup);

const panel = (selection: Selection, onSelect = () => {}) =>
  render(<SidePanel selection={selection} geo={geo} content={content} onSelect={onSelect} onClose={() => {}} />);

describe('a programme’s fate, at the map’s date and now', () => {
  it('says what became of it, since when, on what evidence and when searched; at the summit, that nothing was on record yet', () => {
    const { rerender } = render(<SidePanel selection={{ kind: 'programme', id: 'usaid-power-central-asia' }} geo={geo} content={content} onSelect={() => {}} onClose={() => {}} day={DECLARATION_DATE} />);
    const fate = screen.getByText('What became of it').nextElementSibling!;
    expect(fate.textContent).toMatch(/^On 19 September 2023, the map’s date: nothing on the record yet\. Now:Fate not documented since /);
    expect(screen.getByText('Searched').nextElementSibling!.textContent).toBe('7 December 2026');
    rerender(<SidePanel selection={{ kind: 'programme', id: 'usaid-power-central-asia' }} geo={geo} content={content} onSelect={() => {}} onClose={() => {}} />);
    expect(screen.getByText('What became of it').nextElementSibling!.textContent).toMatch(/^Fate not documented since /);
    expect(document.querySelector('.programme-fate a[href^="https://"]')).toBeTruthy();
  });
});

describe('the commitments in the side panel', () => {
  it('lists every commitment with a status label under the "Since 2023" kicker', () => {
    panel({ kind: 'commitments', id: 'commitments' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^Since 2023/);
    const list = document.querySelector('ul.commitments')!;
    expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(content.commitments.length);
    expect(screen.getByLabelText('State').querySelectorAll('option')).toHaveLength(7);
  });

  it('opens one commitment: its sentence, status, and links to what it concerns', () => {
    const c = content.commitmentById.get('energy-climate-1.s1')!;
    panel({ kind: 'commitment', id: c.id });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(c.title.en);
    expect(document.querySelector('.commitment-quote')?.textContent).toBe(c.text);
    expect(screen.getByText(STATUS_LABELS[c.status], { selector: '.facts .status' })).toBeTruthy();
    const chips = document.querySelector('.chips') as HTMLElement;
    expect(within(chips).getAllByRole('link').map((a) => a.getAttribute('href'))).toContain('#sel=casa-1000');
  });
});

describe('a route', () => {
  it('says once that a context route is not named by the declaration', () => {
    const context = [...geo.index.routes.values()].find((r) => r.named === false)!;
    panel({ kind: 'route', id: context.id });
    const note = context.namedNote ?? 'Not named by the declaration: shown as context.';
    expect(screen.getAllByText(note)).toHaveLength(1);
  });

  it('shows its service and its track apart, each in September 2023 and now, then what the search found since, with its sources', () => {
    panel({ kind: 'route', id: 'casa-1000' });
    const block = document.querySelector('.route-status') as HTMLElement;
    const terms = [...block.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toEqual(['Service', 'Track', 'Since 2023 (evidence up to March 2026; searched 7 December 2026)']);
    const [service, track] = [...block.querySelectorAll('dd')].map((d) => d.textContent);
    expect(service).toMatch(/^September 2023: Service planned/);
    expect(track).toMatch(/^September 2023: In use: \d+ legs.*; Under construction: \d+ legs/);
    // The service's dated history, each entry with its source.
    const history = document.querySelector('details.history ol') as HTMLElement;
    const entries = [...history.querySelectorAll(':scope > li')] as HTMLElement[];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.querySelector('time')?.getAttribute('dateTime')).toMatch(/^\d{4}/);
    for (const e of entries) expect(within(e).getByRole('link').getAttribute('href')).toMatch(/^https:\/\/[^/]+\/./);
    const links = within(block).getAllByRole('link');
    expect(links).toHaveLength(ROUTE_STATUS_NOW['casa-1000'].sources.length);
    for (const a of links) expect(new URL(a.getAttribute('href')!).pathname.length).toBeGreaterThan(1);
    expect(screen.getByRole('heading', { name: /Since 2023: commitments on it \([1-9]/ })).toBeTruthy();
  });
});

describe('a route whose service has not changed since the summit', () => {
  it('dates its service from the day the status took effect, not from its latest event', () => {
    panel({ kind: 'route', id: 'china-kyrgyzstan-uzbekistan-railway' });
    const service = document.querySelector('.route-status dd')?.textContent;
    expect(service).toBe('September 2023: Service plannedNow: Service planned (since 14 September 2022)');
  });
});

describe('a state', () => {
  it('lists its commitments with status labels, and quotes sentences with the paragraph one click away', async () => {
    const onSelect = vi.fn();
    panel({ kind: 'state', id: 'KGZ' }, onSelect);
    const since = screen.getByRole('heading', { name: /^Since 2023 \(\d+\)$/ });
    const list = since.nextElementSibling!.nextElementSibling as HTMLElement;
    expect(list.matches('ul.commitments')).toBe(true);
    for (const li of within(list).getAllByRole('listitem')) expect(Object.values(STATUS_LABELS)).toContain(li.querySelector('.status')?.textContent);
    // The opening paragraph (the list of signatories) is no longer quoted "in particular".
    const body = document.querySelector('.panel-body')!;
    expect(body.querySelector('#q-preamble-1')).toBeNull();
    expect(body.querySelectorAll('.signatory')).toHaveLength(1);
    const first = body.querySelector('.passage') as HTMLElement;
    const before = first.querySelector('blockquote')!.textContent!;
    await userEvent.click(within(first).getByRole('button', { name: 'Show the whole paragraph' }));
    expect(within(first).getByRole('button', { name: 'Show only the sentences that apply' }).getAttribute('aria-expanded')).toBe('true');
    expect(first.querySelector('blockquote')!.textContent!.length).toBeGreaterThan(before.length);
    expect(first.querySelectorAll('mark').length).toBeGreaterThan(0);
  });
});

describe('a programme', () => {
  it('names its kind in words, not the raw data value', () => {
    panel({ kind: 'programme', id: 'usaid' });
    const kind = screen.getByText('Kind').nextElementSibling!;
    expect(kind.textContent).toBe('Financing');
  });
});

describe('the legend’s date slider', () => {
  it('says which day the map shows, moves by keyboard, by a typed date and by the events strip', async () => {
    const onDay = vi.fn();
    const marks = [{ day: '2024-02-15', labels: ['CASA-1000'] }, { day: '2025-03-01', labels: ['Datka – Sughd'] }];
    const props = { visibility: ALL_VISIBLE, onToggle: () => {}, states: [], routes: [], selectedId: null, onSelect: () => {}, onDay, marks };
    const { rerender } = render(<Legend {...props} day={DECLARATION_DATE} />);
    expect(document.querySelector('#legend-asof')?.textContent).toBe('Track at the summit, 19 September 2023');
    const slider = screen.getByRole('slider', { name: 'Map date' });
    expect(slider.getAttribute('aria-valuetext')).toBe('19 September 2023');
    slider.focus();
    await userEvent.keyboard('{PageUp}');
    expect(onDay).toHaveBeenLastCalledWith('2023-10-19');
    fireEvent.change(slider, { target: { value: '1' } });
    expect(onDay).toHaveBeenLastCalledWith('2023-09-20');
    fireEvent.change(screen.getByLabelText('Map date, typed'), { target: { value: '2024-06-01' } });
    expect(onDay).toHaveBeenLastCalledWith('2024-06-01');
    // A day outside the range is refused with a message, and the map stays where it was.
    onDay.mockClear();
    fireEvent.change(screen.getByLabelText('Map date, typed'), { target: { value: '2019-01-01' } });
    expect(onDay).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/^Type a day from 19 September 2023 to /);
    await userEvent.click(screen.getByRole('button', { name: 'Next event: 15 February 2024: CASA-1000' }));
    expect(onDay).toHaveBeenLastCalledWith('2024-02-15');
    rerender(<Legend {...props} day="2024-06-01" />);
    expect(document.querySelector('#legend-asof')?.textContent).toBe('Track on 1 June 2024');
    expect(screen.getByRole('button', { name: 'Previous event: 15 February 2024: CASA-1000' })).toBeTruthy();
    // Before the routes arrive the key lists every track and service status the date can show.
    for (const label of ['In use', 'Planned', 'Regular service', 'Trial runs']) expect(screen.getByText(label)).toBeTruthy();
  });
});

const commitmentFeatures = (id: string, c: typeof content) => lightsOf({ kind: 'commitment', id }, c);

describe('what the map lights up for a commitment', () => {
  it('its states and routes, and the features of its programmes', () => {
    const r = commitmentFeatures('energy-climate-1.s1', content);
    expect(r.routes).toEqual(expect.arrayContaining(['casa-1000', 'tapi-pipeline']));
    expect(r.states).toEqual(expect.arrayContaining(['KGZ', 'TJK', 'TKM']));
    const withProgramme = content.commitments.find((c) => (c.concerns.programmes ?? []).length > 0 && !(c.concerns.routes ?? []).length)!;
    const fromProgrammes = (withProgramme.concerns.programmes ?? []).flatMap((p) => content.links!.featuresForProgramme(p)).map((f) => f.id);
    const lit = commitmentFeatures(withProgramme.id, content);
    for (const id of fromProgrammes) expect([...lit.states, ...lit.routes]).toContain(id);
    expect(commitmentFeatures('nothing', content)).toEqual(NO_RELATED);
  });
});
