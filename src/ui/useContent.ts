// The declaration's content joined with the geography that arrived: links need each state's
// neighbours and each route's countries, which come from public/geo at run time.
import { useEffect, useRef, useState } from 'react';
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
 * Loads the content as its own chunk while the map starts, and builds it when the data has arrived:
 * parsing the text and building the links takes a few milliseconds, after the map exists.
 */
export function useContent(geo: GeoLoad | null): Content | null {
  const [content, setContent] = useState<Content | null>(null);
  const builtFor = useRef<GeoLoad | null>(null);
  useEffect(() => {
    if (!geo || builtFor.current === geo) return;
    let live = true;
    const build = () => {
      builtFor.current = geo;
      import('./buildContent').then(({ buildContent }) => live && setContent(buildContent(geo)));
    };
    const timer = window.setTimeout(build, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [geo]);
  return content;
}
