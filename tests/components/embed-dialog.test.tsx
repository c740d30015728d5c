// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EmbedDialog from '../../src/ui/EmbedDialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const state = { map: { zoom: 4.2, lat: 42, lon: 62 }, sel: 'KAZ' };

describe('Embed dialog', () => {
  it('writes the snippet for the view and selection, with the chosen size and options, and copies it', async () => {
    const writeText = vi.fn(async () => {});
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<EmbedDialog appUrl="https://example.org/atlas/" state={state} onClose={() => {}} />);
    const snippet = () => (screen.getByLabelText('Snippet') as HTMLTextAreaElement).value;
    expect(snippet()).toContain('width="960" height="540"');
    expect(snippet()).toContain('src="https://example.org/atlas/?embed=1#map=4.2/42/62&amp;sel=KAZ"');
    await user.click(screen.getByLabelText(/4:3/));
    await user.click(screen.getByLabelText('Show the legend'));
    await user.click(screen.getByLabelText('Start the tour'));
    expect(snippet()).toContain('width="800" height="600"');
    expect(snippet()).toContain('?embed=1&amp;legend=0&amp;tour=1#map=4.2/42/62&amp;sel=KAZ&amp;step=1');
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(await screen.findByText('Copied to the clipboard.')).toBeTruthy();
  });

  it('falls back to selecting the text when the clipboard is refused, and Esc closes', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    const onClose = vi.fn();
    render(<EmbedDialog appUrl="https://example.org/atlas/" state={state} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
