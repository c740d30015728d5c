// The declaration's content joined with the geography that arrived: links need each state's
// neighbours and each route's countries, which come from public/geo at run time.
import { useEffect, useRef, useState } from 'react';
import type { Content } from '../content/build';
import type { GeoLoad } from '../data/geo';

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
      import('../content/build').then(({ buildContent }) => live && setContent(buildContent(geo)));
    };
    const timer = window.setTimeout(build, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [geo]);
  return content;
}
