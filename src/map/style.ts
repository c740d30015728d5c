// The map's style as pure data: sources, layers and fonts, built from the loaded GeoJSON and the
// palette. Nothing here touches MapLibre at run time, so all of it is tested without WebGL.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { C5, MODES, ROUTE_GROUPS, SERVICE_STATUSES, TRACK_STATUSES, type CountryProps, type RouteGroup } from '../../data/types';
import { SERVICE_ORDER, TRACK_ORDER } from '../../data/history';
import { DECLARATION_DATE } from '../../data/types';
import type { GeoData } from '../data/geo';
import { GLYPH_FONTS } from './glyphs';
import type { MapDetail } from './types';
import { PHYSICAL_BEFORE_LAYER, physicalLayers, physicalSources, WATER_INTERACTIVE_LAYERS } from './physical';
import { modeNoun } from '../data/labels';
import type { NameTable } from '../i18n/names';
import { ENGLISH_LABELS, nameField, type LabelLanguage } from './labelText';

export { ENGLISH_LABELS, nameField, type LabelLanguage } from './labelText';
import { basemap, c5Tint, modeColour, SERVICE_HALO_OPACITY, serviceHalo, statusDash } from './palette';

export const FONT = GLYPH_FONTS.regular;

export interface FontUrls {
  latin: string;
  latinExt: string;
  cyrillic: string;
}

export type LayerVisibility = { states: boolean; places: boolean; physical: boolean } & Record<RouteGroup, boolean>;

export const ALL_VISIBLE: LayerVisibility = {
  states: true,
  'middle-corridor': true,
  'south-asia': true,
  places: true,
  physical: true,
};

/** Source ids; the map component and the tests refer to these names. */
export const SRC = { countries: 'countries', labels: 'country-labels', routes: 'routes', places: 'places', world: 'world' } as const;

/** The source that holds each kind of feature a pointer can select. */
export const FEATURE_SOURCE = { state: SRC.countries, route: SRC.routes, place: SRC.places } as const;

/** The layers a pointer can hover or click, topmost first (queryRenderedFeatures order). */
export const INTERACTIVE_LAYERS = ['places-dot', 'routes-hit', ...WATER_INTERACTIVE_LAYERS, 'countries-fill'] as const;

/**
 * The root of the style: background water and the labels' glyphs. The glyphs are prebuilt SDF
 * ranges served beside the app (public/glyphs, `npm run glyphs`; `glyphs` is `glyphsUrl()`), so no
 * glyph server is asked and no font is rasterized at run time.
 */
export function baseStyle(glyphs: string): StyleSpecification {
  return {
    version: 8,
    name: 'Corridor Atlas (offline)',
    glyphs,
    sources: {},
    layers: [{ id: 'water', type: 'background', paint: { 'background-color': basemap.water } }],
  };
}

const isOn = (key: 'hover' | 'selected' | 'related'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/** Each of the five states a slightly different sand, so a shared border reads without a label. */
function c5TintExpression(): ExpressionSpecification {
  const match: unknown[] = ['match', ['get', 'id']];
  for (const id of C5) match.push(id, c5Tint[id]);
  match.push(basemap.c5Fill);
  return match as ExpressionSpecification;
}

export function modeColourExpression(): ExpressionSpecification {
  const match: unknown[] = ['match', ['get', 'mode']];
  for (const m of MODES) match.push(m, modeColour(m));
  match.push('#555555');
  return match as ExpressionSpecification;
}

/** Only the legs of the route groups the legend shows. */
function groupFilter(visible: LayerVisibility): ExpressionSpecification {
  return ['in', ['get', 'group'], ['literal', ROUTE_GROUPS.filter((g) => visible[g])]];
}

/**
 * The status a leg has on `day` ('YYYY-MM-DD'), from the "since" days the geo build wrote on it
 * (`track:operating`, `service:regular`…): the most advanced status reached by that day, '' before
 * any. Histories only move forward (data/history.ts), so this is the status in force. Changing the
 * date swaps expressions only: no data is rebuilt.
 */
function statusOnDay(prefix: 'track' | 'service', order: readonly string[], day: string): ExpressionSpecification {
  const reached = (s: string): ExpressionSpecification => {
    const since: ExpressionSpecification = ['to-string', ['get', `${prefix}:${s}`]];
    return ['all', ['!=', since, ''], ['<=', since, day]];
  };
  const expr: unknown[] = ['case'];
  for (const s of [...order].reverse()) expr.push(reached(s), s);
  expr.push('');
  return expr as ExpressionSpecification;
}
export const trackOnDay = (day: string) => statusOnDay('track', TRACK_ORDER, day);
export const serviceOnDay = (day: string) => statusOnDay('service', SERVICE_ORDER, day);

/** A leg is drawn from the day both its line and its route's service have a status: before, neither existed. */
function onDayFilter(day: string, visible: LayerVisibility): ExpressionSpecification {
  return ['all', ['!=', trackOnDay(day), ''], ['!=', serviceOnDay(day), ''], groupFilter(visible)];
}

const vis = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });

/** Route line width in px: thicker when hovered, selected or related to a selected programme. */
function routeWidth(base: number): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['case', isOn('selected'), base + 3, isOn('hover'), base + 2, isOn('related'), base + 1.5, base],
    7,
    ['case', isOn('selected'), base * 1.8 + 3, isOn('hover'), base * 1.8 + 2, isOn('related'), base * 1.8 + 1.5, base * 1.8],
  ];
}

/** What the physical layers show: the water a selection lights, and whether the detail has arrived. */
export interface PhysicalOptions {
  highlight: readonly string[];
  detailLoaded: boolean;
}
const NO_PHYSICAL: PhysicalOptions = { highlight: [], detailLoaded: false };

/** The mode written along each route, so the map reads without colour (in greyscale, for colour-blind readers). */
function modeWordExpression(): ExpressionSpecification {
  const match: unknown[] = ['match', ['get', 'mode']];
  for (const m of MODES) match.push(m, modeNoun[m]);
  match.push('');
  return match as ExpressionSpecification;
}

export function mapLayers(
  visible: LayerVisibility = ALL_VISIBLE,
  physical: PhysicalOptions = NO_PHYSICAL,
  day: string = DECLARATION_DATE,
  labels: LabelLanguage = ENGLISH_LABELS,
): LayerSpecification[] {
  const layers = routeAndStateLayers(visible, day, labels.names);
  // Rivers, lakes and ice lie on the land but under the borders, routes and names.
  const at = layers.findIndex((l) => l.id === PHYSICAL_BEFORE_LAYER);
  layers.splice(
    at,
    0,
    ...physicalLayers({
      visible: visible.physical,
      highlight: physical.highlight,
      detailLoaded: physical.detailLoaded,
      fonts: GLYPH_FONTS,
      names: labels.names.physical,
      locale: labels.locale,
      metre: labels.metre,
    }),
  );
  return layers;
}

function routeAndStateLayers(visible: LayerVisibility, day: string, names: NameTable): LayerSpecification[] {
  const anyRoutes = ROUTE_GROUPS.some((g) => visible[g]);
  const layers: LayerSpecification[] = [
    // Beyond the box, under everything: the world at low detail, in the colours of the detailed land.
    { id: 'world-land', type: 'fill', source: SRC.world, filter: ['==', ['get', 'kind'], 'land'], paint: { 'fill-color': basemap.land } },
    {
      // The coasts (the land's outline) and the borders, drawn as the detailed countries' are.
      id: 'world-line',
      type: 'line',
      source: SRC.world,
      filter: ['!=', ['get', 'kind'], 'seam'],
      paint: { 'line-color': basemap.border, 'line-width': 0.7 },
    },
    {
      id: 'countries-fill',
      type: 'fill',
      source: SRC.countries,
      paint: {
        'fill-color': [
          'case',
          ['all', ['get', 'c5'], isOn('selected')],
          basemap.c5FillSelected,
          ['all', ['get', 'c5'], ['any', isOn('hover'), isOn('related')]],
          basemap.c5FillHover,
          ['all', ['get', 'c5'], visible.states],
          c5TintExpression(),
          basemap.land,
        ],
      },
    },
    {
      id: 'countries-border',
      type: 'line',
      source: SRC.countries,
      paint: { 'line-color': basemap.border, 'line-width': 0.7 },
    },
    {
      // The detailed countries are cut at the box, and their outline runs along the cut: painted
      // over in the land colour where the land goes on beyond it, so the box leaves no line.
      id: 'world-seam',
      type: 'line',
      source: SRC.world,
      filter: ['==', ['get', 'kind'], 'seam'],
      paint: { 'line-color': basemap.land, 'line-width': 3 },
    },
    {
      id: 'c5-border',
      type: 'line',
      source: SRC.countries,
      filter: ['==', ['get', 'c5'], true],
      layout: vis(visible.states),
      paint: {
        'line-color': basemap.c5Border,
        'line-width': ['case', isOn('selected'), 2.5, isOn('hover'), 2, 1.2],
      },
    },
  ];
  // The service over each leg: a halo in the mode's colour, under the white casing and the track line.
  for (const status of SERVICE_STATUSES) {
    const halo = serviceHalo(status);
    if (!halo) continue;
    layers.push({
      id: `routes-service-${status}`,
      type: 'line',
      source: SRC.routes,
      filter: ['all', ['==', serviceOnDay(day), status], onDayFilter(day, visible)],
      layout: { ...vis(anyRoutes), 'line-cap': halo.dash.length ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': modeColourExpression(),
        'line-width': routeWidth(10),
        'line-opacity': ['case', ['==', ['get', 'named'], false], SERVICE_HALO_OPACITY.context, SERVICE_HALO_OPACITY.named],
        ...(halo.dash.length ? { 'line-dasharray': halo.dash } : {}),
      },
    });
  }
  layers.push({
    id: 'routes-casing',
    type: 'line',
    source: SRC.routes,
    filter: onDayFilter(day, visible),
    layout: { ...vis(anyRoutes), 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': routeWidth(4.5), 'line-opacity': 0.85 },
  });
  // The track: each leg by the state of the line it runs over, whatever the service over it.
  for (const status of TRACK_STATUSES) {
    const dash = statusDash(status);
    layers.push({
      id: `routes-${status}`,
      type: 'line',
      source: SRC.routes,
      filter: ['all', ['==', trackOnDay(day), status], onDayFilter(day, visible)],
      layout: { ...vis(anyRoutes), 'line-cap': dash.length ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': modeColourExpression(),
        'line-width': routeWidth(2.5),
        // Routes the declaration does not name are context only: drawn, but quieter.
        'line-opacity': ['case', ['==', ['get', 'named'], false], 0.45, 1],
        ...(dash.length ? { 'line-dasharray': dash } : {}),
      },
    });
  }
  layers.push(
    {
      // The second channel for mode: its name written along the line.
      id: 'routes-mode',
      type: 'symbol',
      source: SRC.routes,
      minzoom: 4.5,
      filter: onDayFilter(day, visible),
      layout: {
        ...vis(anyRoutes),
        'symbol-placement': 'line',
        'symbol-spacing': 260,
        'text-field': modeWordExpression(),
        'text-font': [FONT],
        'text-size': 10,
        'text-keep-upright': true,
        'text-optional': true,
      },
      // Dark words on a white halo: legible whatever the line's colour.
      paint: { 'text-color': basemap.label, 'text-halo-color': basemap.halo, 'text-halo-width': 1.6 },
    },
    {
      // Invisible and wide, so a click within 8 px of a route still selects it.
      id: 'routes-hit',
      type: 'line',
      source: SRC.routes,
      filter: onDayFilter(day, visible),
      layout: vis(anyRoutes),
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 16 },
    },
    {
      id: 'places-dot',
      type: 'circle',
      source: SRC.places,
      layout: vis(visible.places),
      paint: {
        'circle-radius': ['case', ['==', ['get', 'kind'], 'capital'], 4.5, isOn('selected'), 6, 3.2],
        'circle-color': ['case', ['==', ['get', 'kind'], 'capital'], '#ffffff', basemap.place],
        'circle-stroke-color': basemap.place,
        'circle-stroke-width': ['case', ['==', ['get', 'kind'], 'capital'], 2, isOn('hover'), 2, 1],
      },
    },
    {
      id: 'places-label',
      type: 'symbol',
      source: SRC.places,
      layout: {
        ...vis(visible.places),
        'text-field': nameField(names.places),
        'text-font': [FONT],
        'text-size': ['case', ['==', ['get', 'kind'], 'capital'], 13, 11],
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'text-optional': true,
        'symbol-sort-key': ['case', ['==', ['get', 'kind'], 'capital'], 0, 1],
      },
      paint: { 'text-color': basemap.label, 'text-halo-color': basemap.halo, 'text-halo-width': 1.3 },
    },
    // Last, so the names of the states win label collisions against place names.
    {
      id: 'country-label',
      type: 'symbol',
      source: SRC.labels,
      layout: {
        'text-field': nameField(names.countries),
        'text-font': [FONT],
        'text-size': ['case', ['get', 'c5'], 14, 11],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: {
        'text-color': ['case', ['get', 'c5'], basemap.c5Border, '#7a766d'],
        'text-halo-color': basemap.halo,
        'text-halo-width': 1.2,
      },
    },
  );
  return layers;
}

/**
 * Every GeoJSON source the map draws, from whatever data has arrived: the live map and the PNG
 * export both call this, so the two draw the same thing. A source whose data is missing is left
 * out, and so are its layers (see `layersFor`).
 */
export function mapSources(data: Partial<GeoData>, detail: MapDetail = {}): Record<string, GeoJSONSourceSpecification> {
  const sources: Record<string, GeoJSONSourceSpecification> = {};
  if (data.physical) Object.assign(sources, physicalSources({ firstView: data.physical, detail: detail.physical }));
  if (data.countries) {
    // The world beyond the box: with the countries, empty until it arrives, so that its layers are
    // added in the style's order (the seam above the borders).
    sources[SRC.world] = { type: 'geojson', data: detail.world ?? NOTHING };
    // The full boundaries once they have arrived; the names stay where the first view put them.
    sources[SRC.countries] = { type: 'geojson', data: detail.countries ?? data.countries, promoteId: 'id' };
    sources[SRC.labels] = { type: 'geojson', data: countryLabelPoints(data.countries) };
  }
  if (data.routes) sources[SRC.routes] = { type: 'geojson', data: data.routes, promoteId: 'route' };
  if (data.places) sources[SRC.places] = { type: 'geojson', data: data.places, promoteId: 'id' };
  return sources;
}

const NOTHING: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The layers whose source is present. */
export function layersFor(
  sources: Record<string, unknown>,
  visible: LayerVisibility = ALL_VISIBLE,
  physical: PhysicalOptions = NO_PHYSICAL,
  day: string = DECLARATION_DATE,
  labels: LabelLanguage = ENGLISH_LABELS,
): LayerSpecification[] {
  return mapLayers(visible, physical, day, labels).filter((l) => 'source' in l && typeof l.source === 'string' && l.source in sources);
}

/** Label anchor points for the countries. */
export type LabelPoints = FeatureCollection<Point, { id: string; name: string; c5: boolean }>;

/** One point per country where its name is written: the `label` the geo build computed (scripts/geo/label-points.ts). */
export function countryLabelPoints(countries: FeatureCollection<Geometry, Pick<CountryProps, 'id' | 'name' | 'c5' | 'label'>>): LabelPoints {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({
      type: 'Feature',
      properties: { id: f.properties.id, name: f.properties.name, c5: f.properties.c5 },
      geometry: { type: 'Point', coordinates: f.properties.label },
    })),
  };
}
