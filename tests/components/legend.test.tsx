// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Legend } from '../../src/ui/Legend';
import { ALL_VISIBLE } from '../../src/map/style';
import { modeColour } from '../../src/map/palette';
import type { RouteMeta } from '../../data/types';

afterEach(cleanup);

const route = (id: string, name: string, group: RouteMeta['group']): RouteMeta => ({
  id, name: { en: name }, group, nodes: [], modes: ['rail'], service: [{ date: '2014', status: 'regular', event: 'opened', source: { title: 't', url: 'https://example.org/a' } }], statusNote: null,
  schematic: true, lengthKm: 100, countries: [], facts: [], sources: [],
});

const routes = [route('middle-corridor-core', 'Middle Corridor core route', 'middle-corridor'), route('casa-1000', 'CASA-1000', 'south-asia')];
const states = [{ id: 'KAZ', name: 'Kazakhstan' }];

describe('Legend', () => {
  it('toggles a layer group', async () => {
    const onToggle = vi.fn();
    render(<Legend visibility={ALL_VISIBLE} onToggle={onToggle} states={states} routes={routes} selectedId={null} onSelect={() => {}} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Routes toward South Asia' }));
    expect(onToggle).toHaveBeenCalledWith('south-asia');
  });

  it('draws its swatches from the same scale as the map', () => {
    const { container } = render(<Legend visibility={ALL_VISIBLE} onToggle={() => {}} states={states} routes={routes} selectedId={null} onSelect={() => {}} />);
    const rail = within(container.querySelector('.legend-key')!).getByText('Rail').closest('li')!;
    expect(rail.querySelector('line')!.getAttribute('stroke')).toBe(modeColour('rail'));
  });

  it('starts folded behind its button where it folds (a small embed), and the reader can open it', async () => {
    const { container } = render(<Legend visibility={ALL_VISIBLE} onToggle={() => {}} states={states} routes={routes} selectedId={null} onSelect={() => {}} compact foldable />);
    const legend = container.querySelector('.legend')!;
    const toggle = within(legend as HTMLElement).getByRole('button', { expanded: false });
    expect(legend.classList.contains('legend-foldable')).toBe(true);
    expect(legend.classList.contains('legend-open')).toBe(false);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(legend.classList.contains('legend-open')).toBe(true);
  });

  it('lets a keyboard user select every state and route', async () => {
    const onSelect = vi.fn();
    render(<Legend visibility={ALL_VISIBLE} onToggle={() => {}} states={states} routes={routes} selectedId="KAZ" onSelect={onSelect} />);
    const kaz = screen.getByRole('button', { name: 'Kazakhstan' });
    expect(kaz.getAttribute('aria-current')).toBe('true');
    kaz.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('KAZ');
    await userEvent.click(screen.getByText(/Toward South Asia/));
    await userEvent.click(screen.getByRole('button', { name: 'CASA-1000' }));
    expect(onSelect).toHaveBeenLastCalledWith('casa-1000');
  });
});
