// What lies over the map: the rectangles of the legend, the tour card, the side panel (or bottom
// sheet) and the embed's full-map link, from the map's top-left corner, followed as they open, close
// and change size. The camera frames features in the part they leave open (src/map/framing.ts).
import { useEffect, useState, type RefObject } from 'react';
import type { Rect } from '../map/framing';

/** The attribute that marks an element over the map as furniture the camera keeps clear of. */
const FURNITURE_ATTR = 'data-furniture';

const NONE: readonly Rect[] = [];

const same = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length && a.every((r, i) => r.left === b[i].left && r.top === b[i].top && r.right === b[i].right && r.bottom === b[i].bottom);

/** `area` is the element the map fills; the furniture is looked for among its children. */
export function useFurniture(area: RefObject<HTMLElement | null>): readonly Rect[] {
  const [rects, setRects] = useState(NONE);
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const pieces = () => [...el.querySelectorAll(`[${FURNITURE_ATTR}]`)];
    const measure = () => {
      const box = el.getBoundingClientRect();
      const next = pieces()
        .map((p) => p.getBoundingClientRect())
        // Folded away or hidden (display: none) takes no room.
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ left: Math.round(r.left - box.left), top: Math.round(r.top - box.top), right: Math.round(r.right - box.left), bottom: Math.round(r.bottom - box.top) }));
      setRects((prev) => (same(prev, next) ? prev : next));
    };
    measure();
    // Without the observers (an old browser, the component tests' DOM), the first measure stands.
    if (typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') return;
    // A size change of the map or of any piece (a legend opened, a longer caption); a piece that
    // comes or goes (the tour card, the side panel) is a child added or removed.
    const sizes = new ResizeObserver(measure);
    const watch = () => {
      sizes.disconnect();
      sizes.observe(el);
      pieces().forEach((p) => sizes.observe(p));
    };
    const children = new MutationObserver(() => {
      watch();
      measure();
    });
    children.observe(el, { childList: true });
    watch();
    return () => {
      sizes.disconnect();
      children.disconnect();
    };
  }, [area]);
  return rects;
}
