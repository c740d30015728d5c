// The declaration's content joined with the geography that arrived: links need each state's
// neighbours and each route's countries, which come from public/geo at run time.
import { useEffect, useState } from 'react';
import type { Declaration, LinkIndex, Programme, Search, ThemeTag } from '../content';
import type { GeoLoad } from '../data/geo';
import type { Selection } from '../state/selection';

export interface Content {
  declaration: Declaration;
  programmes: Programme[];
  themes: Record<string, ThemeTag[]>;
  /** Null when the geography needed for links could not load; the text still works. */
  links: LinkIndex | null;
  linkError: string | null;
  /** The search index is built on first use, from a chunk loaded only then. */
  loadSearch: () => Promise<Search>;
  /** The name a selection is shown under: a state, a route's name, a passage's title… */
  titleOf: (sel: Selection) => string;
}

/**
 * Loads and builds the content once the data has arrived and the browser has a moment, so the map
 * is created and drawn first; a deep link's panel follows a moment later.
 */
export function useContent(geo: GeoLoad | null): Content | null {
  const [content, setContent] = useState<Content | null>(null);
  useEffect(() => {
    if (!geo) return;
    let live = true;
    const build = () => {
      import('./buildContent').then(({ buildContent }) => live && setContent(buildContent(geo)));
    };
    const idle = (window as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(build, { timeout: 1500 });
    else setTimeout(build, 0);
    return () => {
      live = false;
    };
  }, [geo]);
  return content;
}
