// The declaration's content joined with the geography that arrived: links need each state's
// neighbours and each route's countries, which come from public/geo at run time. Loaded as its own
// chunk after the map has started, so parsing the text never delays the first map.
import { proseOrNull } from '../../data/lang';
import { C5 } from '../../data/types';
import type { GeoLoad } from '../data/geo';
import { t } from '../i18n';
import { nameOf } from '../i18n/names';
import { titleOf as kindTitle, type KnownIds, type MapNames, type Selection } from '../state/selection';
import { commitmentsOn, lastChecked, resolveCommitments, type Commitment } from './commitments';
import { ROUTE_STATUS_NOW, STATUS_NOW_CHECKED } from './status-now';
import { buildLinks, declaration, geoInputFrom, programmes, themes, type Declaration, type LinkIndex, type Programme, type Search, type ThemeTag } from '.';

export interface Content {
  declaration: Declaration;
  programmes: Programme[];
  programmeById: ReadonlyMap<string, Programme>;
  themes: Record<string, ThemeTag[]>;
  /** Every commitment, its sentence verbatim and its follow-through, in the text's order. */
  commitments: Commitment[];
  commitmentById: ReadonlyMap<string, Commitment>;
  /** 'YYYY-MM-DD': the latest check date among the commitments. */
  commitmentsChecked: string;
  /** Route id → its status now, for the map's "Since 2023" view; routes without a newer record are absent. */
  /** The routes with a follow-through record since the summit (the tour's "Since New York" step). */
  routesNow: readonly string[];
  /** 'YYYY-MM-DD': when the routes' status now was last checked. */
  statusNowChecked: string;
  /** Null when the geography needed for links could not load; the text still works. */
  links: LinkIndex | null;
  linkError: string | null;
  /** Every id a link's `sel=` may name, against what has loaded. */
  known: KnownIds;
  /** The search index is built on first use, from a chunk loaded only then. */
  loadSearch: () => Promise<Search>;
  /** The map's names for its states, routes, places, rivers and lakes. */
  mapNames: MapNames;
  /** The name a selection is shown under: a state, a route's name, a passage's title… (its kind's entry says how). */
  titleOf: (sel: Selection) => string;
}

let searchPromise: Promise<Search> | null = null;

export function buildContent(geo: GeoLoad): Content {
  // User Timing for the benchmark's scaling run ("link building": links, known ids, commitments);
  // two marks and a measure per build, nothing more.
  performance.mark('content-build-start');
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
    linkError = t('content.linksNeedData');
  }
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const commitments = resolveCommitments(declaration);
  const commitmentById = new Map(commitments.map((c) => [c.id, c]));
  const paragraphs = declaration.paragraphs;
  const known: KnownIds = {
    states: new Set<string>(C5),
    routes: new Set(geo.index.routes.keys()),
    places: new Set(geo.index.places.keys()),
    programmes: new Set(programmeById.keys()),
    // A sentence id opens its paragraph with the sentence marked.
    passages: new Set([...paragraphs.map((p) => p.id), ...paragraphs.flatMap((p) => p.sentences.map((s) => s.id))]),
    water: new Set((geo.data.physical?.features ?? []).flatMap((f) => (typeof f.properties?.id === 'string' ? [f.properties.id] : []))),
    commitments: new Set(commitmentById.keys()),
  };
  const waterName = new Map((geo.data.physical?.features ?? []).flatMap((f) => (typeof f.properties?.id === 'string' ? [[f.properties.id, String(f.properties.name)] as const] : [])));
  const mapNames: MapNames = {
    // In the reader's language where a name is sourced (src/i18n/names.ts), else the data's English:
    // the index's states and places already read theirs in it (src/data/geo.ts's named()); the water
    // is not indexed, so its name is looked up here.
    states: (id) => geo.index.countries.get(id)?.name,
    routes: (id) => proseOrNull(geo.index.routes.get(id)?.name) ?? undefined,
    places: (id) => geo.index.places.get(id)?.name,
    water: (id) => {
      const english = waterName.get(id);
      return english === undefined ? undefined : nameOf('physical', id, english);
    },
  };
  const titleOf = (sel: Selection): string => kindTitle(sel, content);
  // The five states and the places, by their English names (the search adds the reader's language's).
  const english = (fc: { features: { properties: { id: string; name: string } }[] } | undefined) => new Map((fc?.features ?? []).map((f) => [f.properties.id, f.properties.name]));
  const loadSearch = () =>
    (searchPromise ??= import('./search').then(({ createSearch }) => {
      const states = english(geo.data.countries);
      const places = english(geo.data.places);
      return createSearch(declaration, programmes, commitments, {
        states: [...known.states].map((id) => ({ id, name: states.get(id) ?? id })),
        places: [...known.places].map((id) => ({ id, name: places.get(id) ?? id })),
      });
    }));
  const content: Content = {
    declaration,
    programmes,
    programmeById,
    themes,
    commitments,
    commitmentById,
    commitmentsChecked: lastChecked(commitments),
    routesNow: Object.keys(ROUTE_STATUS_NOW),
    statusNowChecked: STATUS_NOW_CHECKED,
    links,
    linkError,
    known,
    loadSearch,
    mapNames,
    titleOf,
  };
  performance.mark('content-build-end');
  performance.measure('content-build', 'content-build-start', 'content-build-end');
  return content;
}

/**
 * The content as it stood on `day` ('YYYY-MM-DD'): each commitment's status, note and events then, so
 * the list, its counts and every panel read the map's date. The content is resolved with every record
 * in it; an earlier day only hides what came after.
 */
export function contentOn(content: Content, day: string): Content {
  const commitments = commitmentsOn(content.commitments, day);
  return { ...content, commitments, commitmentById: new Map(commitments.map((c) => [c.id, c])) };
}
