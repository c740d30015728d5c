// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from '../../src/pwa/UpdateNotice';
import { createUpdateStore } from '../../src/pwa/updates';

afterEach(cleanup);

describe('UpdateNotice', () => {
  it('shows nothing until a new version waits, then reloads on request', async () => {
    const store = createUpdateStore();
    const { container } = render(<UpdateNotice store={store} />);
    expect(container.textContent).toBe('');
    const apply = vi.fn();
    act(() => store.offer(apply));
    expect(screen.getByRole('status').textContent).toContain('A new version is ready.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('');
  });

  it('goes away quietly when put off', async () => {
    const store = createUpdateStore();
    const apply = vi.fn();
    store.offer(apply);
    render(<UpdateNotice store={store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
