// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CiteDialog from '../../src/ui/CiteDialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('Cite dialog', () => {
  it('cites the address’s view in three styles and copies one, saying so in a live region', async () => {
    window.history.replaceState(null, '', '/atlas/?lang=en&embed=0#sel=KAZ&asof=2024-06-01');
    const writeText = vi.fn(async () => {});
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CiteDialog lang="en" viewTitle="Kazakhstan" onClose={() => {}} />);
    const text = (name: string) => (screen.getByLabelText(name) as HTMLTextAreaElement).value;
    const link = `${window.location.origin}/atlas/?lang=en#sel=KAZ&asof=2024-06-01`;
    expect(text('APA')).toContain(`Kazakhstan, as of June 1, 2024 [Interactive map]`);
    expect(text('APA')).toMatch(new RegExp(`from ${link.replace(/[.?]/g, '\\$&')}$`));
    expect(text('Chicago')).toContain(`${link}.`);
    expect(text('BibTeX')).toMatch(/^@misc\{corridor-atlas-KAZ-2024-06-01,/);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(writeText).toHaveBeenCalledWith(text('BibTeX'));
    expect(status.textContent).toBe('BibTeX citation copied to the clipboard.');
  });

  it('selects the citation when the clipboard is refused, and Esc closes', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    const onClose = vi.fn();
    render(<CiteDialog lang="en" viewTitle={null} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Copy APA' }));
    expect(await screen.findByText(/APA citation selected: press Ctrl\+C/)).toBeTruthy();
    const apa = screen.getByLabelText('APA') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(apa);
    expect([apa.selectionStart, apa.selectionEnd]).toEqual([0, apa.value.length]);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
