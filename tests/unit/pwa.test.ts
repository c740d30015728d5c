import { describe, expect, it, vi } from 'vitest';
import { createUpdateStore } from '../../src/pwa/updates';
import { canRegister, serviceWorkerUrl } from '../../src/pwa/where';

describe('service worker placement', () => {
  it('sits beside index.html at the root and under a sub-path', () => {
    expect(serviceWorkerUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/sw.js');
    expect(serviceWorkerUrl('https://example.org/deck/atlas/index.html?embed=1#sel=TJK')).toBe('https://example.org/deck/atlas/sw.js');
  });

  it('registers only on http(s) in a secure context with service worker support', () => {
    const nav = { serviceWorker: {} };
    expect(canRegister({ isSecureContext: true, location: { protocol: 'https:' }, navigator: nav })).toBe(true);
    expect(canRegister({ isSecureContext: true, location: { protocol: 'file:' }, navigator: nav })).toBe(false);
    expect(canRegister({ isSecureContext: false, location: { protocol: 'http:' }, navigator: nav })).toBe(false);
    expect(canRegister({ isSecureContext: true, location: { protocol: 'https:' }, navigator: {} })).toBe(false);
  });
});

describe('update store', () => {
  it('is quiet until a version waits, then applies it once', () => {
    const s = createUpdateStore();
    const seen = vi.fn();
    const unsubscribe = s.subscribe(seen);
    expect(s.ready()).toBe(false);
    const apply = vi.fn();
    s.offer(apply);
    expect(s.ready()).toBe(true);
    s.apply();
    s.apply();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(s.ready()).toBe(false);
    expect(seen).toHaveBeenCalledTimes(3);
    unsubscribe();
    s.offer(apply);
    expect(seen).toHaveBeenCalledTimes(3);
  });

  it('can be dismissed for this visit without switching', () => {
    const s = createUpdateStore();
    const apply = vi.fn();
    s.offer(apply);
    s.dismiss();
    expect(s.ready()).toBe(false);
    expect(apply).not.toHaveBeenCalled();
  });
});
