import { describe, expect, it } from 'vitest';
import { overlayPadding } from '../../src/ui/layout';

describe('what the overlays cover', () => {
  it('keeps the legend column and the side panel out of the frame on a desktop', () => {
    expect(overlayPadding({ width: 1280, height: 800, embedded: false, legend: true, card: true })).toEqual({ left: 260, right: 420, bottom: 0 });
    expect(overlayPadding({ width: 1280, height: 800, embedded: false, legend: true, card: false })).toEqual({ left: 260, right: 0, bottom: 0 });
  });
  it('uses a bottom sheet on a phone and in a small embed', () => {
    expect(overlayPadding({ width: 375, height: 812, embedded: false, legend: true, card: true })).toEqual({ left: 0, right: 0, bottom: 365 });
    expect(overlayPadding({ width: 480, height: 270, embedded: true, legend: true, card: true })).toEqual({ left: 0, right: 0, bottom: 122 });
  });
  it('treats a full-screen embed like a desktop with a narrower card', () => {
    expect(overlayPadding({ width: 1920, height: 1080, embedded: true, legend: true, card: true })).toEqual({ left: 215, right: 380, bottom: 0 });
    expect(overlayPadding({ width: 1920, height: 1080, embedded: true, legend: false, card: false })).toEqual({ left: 0, right: 0, bottom: 0 });
  });
});
