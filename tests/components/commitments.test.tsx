// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { declaration } from '../../src/content';
import { commitmentsOn, resolveCommitments, STATUS_LABELS, tallyText } from '../../src/content/commitments';
import { DECLARATION_DATE } from '../../data/types';
import { formatDate } from '../../src/i18n';
import { CommitmentsPanel } from '../../src/ui/panels/CommitmentsPanel';
import { CommitmentPanel } from '../../src/ui/panels/CommitmentPanel';

afterEach(cleanup);

const commitments = resolveCommitments(declaration);
const states = [
  { id: 'KAZ', name: 'Kazakhstan' },
  { id: 'KGZ', name: 'Kyrgyzstan' },
  { id: 'USA', name: 'United States' },
];
const labels = Object.values(STATUS_LABELS);
const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('CommitmentsPanel', () => {
  it('lists every commitment with one of the four status labels and the counts', () => {
    render(<CommitmentsPanel commitments={commitments} states={states} onSelect={() => {}} checked="2026-11-28" />);
    expect(items()).toHaveLength(commitments.length);
    for (const li of items()) expect(labels.some((l) => li.querySelector('.status')?.textContent === l)).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(`${commitments.length} commitments: ${tallyText(commitments)}.`);
    // The two dates apart: the newest evidence the list rests on (a month), and the search (a day).
    const newest = commitments.reduce((m, c) => (c.evidence && c.evidence > m ? c.evidence : m), '');
    const dates = screen.getByText(/^Evidence up to/);
    expect(dates.textContent).toBe(`Evidence up to ${formatDate(newest.slice(0, 7))}; searched 28 November 2026.`);
    expect(dates.querySelector('time[datetime="2026-11-28"]')).toBeTruthy();
  });

  it('reads the statuses and counts at the map’s date: on the summit’s day nothing is on the record yet', () => {
    const then = commitmentsOn(commitments, DECLARATION_DATE);
    render(<CommitmentsPanel commitments={then} states={states} onSelect={() => {}} checked="2026-11-28" day={DECLARATION_DATE} />);
    expect(screen.getByRole('status').textContent).toBe(`${commitments.length} commitments: 0 done, 0 in progress, 0 stalled, ${commitments.length} no public record.`);
    expect(screen.getByText(/^Statuses as they stood on/).textContent).toBe('Statuses as they stood on 19 September 2023, the map’s date.');
    expect(screen.getByText(/^No source yet/).textContent).toBe('No source yet on this date; searched 28 November 2026.');
  });

  it('filters by status, and says how many of all are shown', async () => {
    render(<CommitmentsPanel commitments={commitments} states={states} onSelect={() => {}} />);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'done');
    const done = commitments.filter((c) => c.status === 'done');
    expect(items()).toHaveLength(done.length);
    for (const li of items()) expect(li.querySelector('.status')!.textContent).toBe('Done');
    expect(screen.getByRole('status').textContent).toMatch(new RegExp(`^${done.length} of ${commitments.length} commitments: ${done.length} done, 0 in progress`));
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(items()).toHaveLength(commitments.length);
  });

  it('filters by state: a state sees what all six promised, not what the U.S. alone did', async () => {
    render(<CommitmentsPanel commitments={commitments} states={states} onSelect={() => {}} />);
    await userEvent.selectOptions(screen.getByLabelText('State'), 'KAZ');
    const titles = items().map((li) => li.querySelector('a')!.textContent);
    expect(titles).toContain('Launch a C5+1 Critical Minerals Dialogue');
    expect(titles).not.toContain('Establish a private-sector business platform (B5+1)');
  });

  it('filters by theme, combined with status', async () => {
    render(<CommitmentsPanel commitments={commitments} states={states} onSelect={() => {}} />);
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'critical-minerals');
    expect(items()).toHaveLength(1);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'stalled');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('No commitment matches these filters.')).toBeTruthy();
  });

  it('selects a commitment by its deep-link id', async () => {
    const onSelect = vi.fn();
    render(<CommitmentsPanel commitments={commitments} states={states} onSelect={onSelect} />);
    const link = screen.getByRole('link', { name: 'Launch a C5+1 Critical Minerals Dialogue' });
    expect(link.getAttribute('href')).toBe('#sel=commitment:energy-climate-1.s7');
    await userEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith('commitment:energy-climate-1.s7');
  });
});

describe('CommitmentPanel', () => {
  const byId = (id: string) => commitments.find((c) => c.id === id)!;

  it('quotes the sentence verbatim, with its status and a dated, sourced timeline', async () => {
    const onSelect = vi.fn();
    const c = byId('energy-climate-1.s7');
    render(<CommitmentPanel commitment={c} onSelect={onSelect} names={{ KAZ: 'Kazakhstan' }} />);
    expect(screen.getByText(c.text).tagName).toBe('BLOCKQUOTE');
    expect(screen.getByText('Done')).toBeTruthy();
    const timeline = screen.getByRole('list', { name: 'Events since the summit' });
    const events = within(timeline).getAllByRole('listitem').filter((li) => li.parentElement === timeline);
    expect(events).toHaveLength(c.events.length);
    expect(events[0].querySelector('time')!.getAttribute('dateTime')).toBe('2024-02-08');
    expect(events[0].textContent).toContain('8 February 2024');
    for (const a of timeline.querySelectorAll('a')) expect(new URL(a.getAttribute('href')!).pathname.length).toBeGreaterThan(1);
    await userEvent.click(screen.getByRole('link', { name: 'Kazakhstan' }));
    expect(onSelect).toHaveBeenCalledWith('KAZ');
    await userEvent.click(screen.getByRole('link', { name: 'Read the whole paragraph' }));
    expect(onSelect).toHaveBeenLastCalledWith('passage:energy-climate-1');
  });

  it('says plainly when nothing was found', () => {
    render(<CommitmentPanel commitment={byId('energy-climate-2.s5-b')} onSelect={() => {}} />);
    expect(screen.getAllByText(/No public record/).length).toBeGreaterThan(0);
    expect(document.querySelector('ol.timeline')).toBeNull();
  });
});

describe('accessibility', () => {
  it('axe finds no violation in the list or in one commitment (jsdom: no colour checks)', async () => {
    const axe = (await import('axe-core')).default;
    const options = { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } };
    const { container, unmount } = render(<CommitmentsPanel commitments={commitments} states={states} onSelect={() => {}} />);
    expect((await axe.run(container, options)).violations).toEqual([]);
    unmount();
    const one = render(<CommitmentPanel commitment={commitments.find((c) => c.id === 'energy-climate-1.s1')!} onSelect={() => {}} />);
    expect((await axe.run(one.container, options)).violations).toEqual([]);
  }, 60_000);
});
