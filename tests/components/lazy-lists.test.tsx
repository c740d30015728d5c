// @vitest-environment jsdom
// Lists that grow with the data stay short when a panel opens: a capped list shows the first entries
// and a button for the rest; a closed section builds its content only when opened.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LazyDetails } from '../../src/ui/LazyDetails';
import { LIST_LIMIT, LinkList } from '../../src/ui/panels/common';

afterEach(cleanup);

describe('lists that grow with the data', () => {
  it('shows the first entries of a long list and all of them on request', () => {
    const items = Array.from({ length: LIST_LIMIT + 5 }, (_, i) => ({ id: `r${i}`, label: `Route ${i}` }));
    render(<LinkList items={items} onSelect={() => {}} limit={LIST_LIMIT} />);
    expect(screen.getAllByRole('link')).toHaveLength(LIST_LIMIT);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${items.length}` }));
    expect(screen.getAllByRole('link')).toHaveLength(items.length);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('shows a short list whole, with no button', () => {
    render(<LinkList items={[{ id: 'a', label: 'A' }]} onSelect={() => {}} limit={LIST_LIMIT} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('builds a closed section only when it is opened', () => {
    const build = vi.fn(() => <p>inside</p>);
    const { container } = render(<LazyDetails summary="Joint (3)">{build}</LazyDetails>);
    expect(build).not.toHaveBeenCalled();
    expect(container.textContent).toBe('Joint (3)');
    const details = container.querySelector('details')!;
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    expect(build).toHaveBeenCalled();
    expect(screen.getByText('inside')).toBeTruthy();
  });
});
