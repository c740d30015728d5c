// Joins the declaration's content with the geography that arrived. Loaded as its own chunk after
// the map has started, so parsing the text and compiling its patterns never delays the first map.
import { buildLinks, declaration, geoInputFrom, passageTitle, programmes, themes, type LinkIndex } from '../content';
import type { GeoLoad } from '../data/geo';
import type { Selection } from '../state/selection';
import type { Content } from './useContent';

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
  const titleOf = (sel: Selection): string => {
    switch (sel.kind) {
      case 'state':
        return geo.data.countries?.features.find((f) => f.properties.id === sel.id)?.properties.name ?? sel.id;
      case 'route':
        return geo.data.routeMeta?.find((r) => r.id === sel.id)?.name ?? sel.id;
      case 'place':
        return geo.data.places?.features.find((f) => f.properties.id === sel.id)?.properties.name ?? sel.id;
      case 'programme':
        return programmes.find((p) => p.id === sel.id)?.name ?? sel.id;
      case 'passage':
        return passageTitle(sel.id, declaration);
      case 'declaration':
        return declaration.title;
    }
  };
  const loadSearch = () =>
    (searchPromise ??= import('../content/search').then(({ createSearch }) => createSearch(declaration, programmes)));
  return { declaration, programmes, themes, links, linkError, loadSearch, titleOf };
}

let searchPromise: ReturnType<Content['loadSearch']> | null = null;
