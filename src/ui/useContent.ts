// The declaration's content joined with the geography that arrived: links need each state's
// neighbours and each route's countries, which come from public/geo at run time.
import { useEffect, useState } from 'react';
import { buildLinks, declaration, geoInputFrom, programmes, themes, type Declaration, type LinkIndex, type Programme, type Search, type ThemeTag } from '../content';
import type { GeoLoad } from '../data/geo';

export interface Content {
  declaration: Declaration;
  programmes: Programme[];
  themes: Record<string, ThemeTag[]>;
  /** Null when the geography needed for links could not load; the text still works. */
  links: LinkIndex | null;
  linkError: string | null;
  /** The search index is built on first use, from a chunk loaded only then. */
  loadSearch: () => Promise<Search>;
}

let searchPromise: Promise<Search> | null = null;
const loadSearch = () =>
  (searchPromise ??= import('../content/search').then(({ createSearch }) => createSearch(declaration, programmes)));

export function buildContent(geo: GeoLoad): Content {
  let links: LinkIndex | null = null;
  let linkError: string | null = null;
  const { countries, routeMeta } = geo.data;
  if (countries && routeMeta) {
    try {
      links = buildLinks(declaration, programmes, geoInputFrom(countries, routeMeta), themes);
    } catch (e) {
      linkError = (e as Error).message;
    }
  } else {
    linkError = 'The links between the map and the text need the countries and routes data.';
  }
  return { declaration, programmes, themes, links, linkError, loadSearch };
}

/**
 * Builds the links when the browser has a moment (the first build costs about 100 ms of regular
 * expressions), so the map is created and drawn first; a deep link's panel follows a moment later.
 */
export function useContent(geo: GeoLoad | null): Content | null {
  const [content, setContent] = useState<Content | null>(null);
  useEffect(() => {
    if (!geo) return;
    let live = true;
    const build = () => live && setContent(buildContent(geo));
    const idle = (window as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(build, { timeout: 1500 });
    else setTimeout(build, 0);
    return () => {
      live = false;
    };
  }, [geo]);
  return content;
}
