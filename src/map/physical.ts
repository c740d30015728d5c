// The physical geography's style as pure data: rivers, lakes, glaciers, landform names and peaks,
// drawn quietly between the land fill and the borders, routes and places. No MapLibre at run time.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { nameField } from './labelText';
import { basemap } from './palette';

/** Source ids: the first-view file and the detail file that loads for zoom 6 and up. */
export const PHYSICAL_SRC = { firstView: 'physical', detail: 'physical-detail' } as const;

/** Where the data comes from, relative to the app (the files `npm run geo` writes). */
export const PHYSICAL_URLS = { firstView: 'geo/physical.geojson', detail: 'geo/physical-detail.geojson', water: 'geo/water.json' } as const;

/** From this zoom the detail file takes over the water and ice (its features carry minzoom ≥ 6). */
export const DETAIL_MINZOOM = 6;
/** Peaks and their elevations only from here. */
export const PEAK_MINZOOM = 7;

/** Natural Earth asks for credit; the sources carry it, so MapLibre's attribution control shows it. */
export const PHYSICAL_ATTRIBUTION = 'Natural Earth';

/** Insert the physical layers just before this layer: above the land fill, under borders and routes. */
export const PHYSICAL_BEFORE_LAYER = 'countries-border';

/** The `highlight` entry that lights the glaciers (the declaration's glacier sentence). */
export const GLACIERS_HIGHLIGHT = 'glaciers';

export const PHYSICAL_LAYER = {
  glacier: 'physical-glacier',
  detailGlacier: 'physical-detail-glacier',
  lake: 'physical-lake',
  detailLake: 'physical-detail-lake',
  river: 'physical-river',
  detailRiver: 'physical-detail-river',
  riverHit: 'physical-river-hit',
  detailRiverHit: 'physical-detail-river-hit',
  regionLabel: 'physical-region-label',
  lakeLabel: 'physical-lake-label',
  detailLakeLabel: 'physical-detail-lake-label',
  riverLabel: 'physical-river-label',
  detailRiverLabel: 'physical-detail-river-label',
  peak: 'physical-peak',
  peakLabel: 'physical-peak-label',
} as const;

/** Every layer id physicalLayers() returns, bottom to top. */
export const PHYSICAL_LAYER_IDS = [
  PHYSICAL_LAYER.glacier,
  PHYSICAL_LAYER.detailGlacier,
  PHYSICAL_LAYER.lake,
  PHYSICAL_LAYER.detailLake,
  PHYSICAL_LAYER.river,
  PHYSICAL_LAYER.detailRiver,
  PHYSICAL_LAYER.riverHit,
  PHYSICAL_LAYER.detailRiverHit,
  PHYSICAL_LAYER.regionLabel,
  PHYSICAL_LAYER.lakeLabel,
  PHYSICAL_LAYER.detailLakeLabel,
  PHYSICAL_LAYER.riverLabel,
  PHYSICAL_LAYER.detailRiverLabel,
  PHYSICAL_LAYER.peak,
  PHYSICAL_LAYER.peakLabel,
] as const;

/**
 * The layers a click on a river or lake should hit, topmost first (queryRenderedFeatures order);
 * features there carry `id` (a key of water.json) and `name`.
 */
export const WATER_INTERACTIVE_LAYERS = [
  PHYSICAL_LAYER.detailRiverHit,
  PHYSICAL_LAYER.riverHit,
  PHYSICAL_LAYER.detailLake,
  PHYSICAL_LAYER.lake,
] as const;

/** Colours: water is the Caspian's blue, so a lake reads as the same stuff as the sea. */
export const physicalPalette = {
  water: basemap.water,
  waterHighlight: '#8fbbd9',
  river: '#7eaecb',
  riverHighlight: '#2b78b0',
  glacier: '#f4f9fc',
  glacierOutline: '#d3e4ee',
  glacierHighlight: '#d6ecfa',
  glacierOutlineHighlight: '#4f9ac6',
  waterLabel: '#3d7099',
  landformLabel: '#7d7263',
  desertLabel: '#9a7b45',
  peak: '#6b5d4b',
  halo: 'rgba(255,255,255,0.8)',
} as const;

export interface PhysicalFonts {
  regular: string;
  italic: string;
}
export const PHYSICAL_FONTS: PhysicalFonts = { regular: 'Noto Sans Regular', italic: 'Noto Sans Italic' };

export interface PhysicalData {
  /** public/geo/physical.geojson, as data or as a URL. */
  firstView: FeatureCollection | string;
  /** public/geo/physical-detail.geojson; leave out until it is wanted (zoom ≥ 6 or after first idle). */
  detail?: FeatureCollection | string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Both sources, always: the detail one empty until its data is given, so layer ids never change. */
export function physicalSources(data: PhysicalData): Record<string, GeoJSONSourceSpecification> {
  return {
    // The first-view file is drawn up to zoom 6 only: tiling it finer would be wasted work.
    [PHYSICAL_SRC.firstView]: { type: 'geojson', data: data.firstView, attribution: PHYSICAL_ATTRIBUTION, maxzoom: DETAIL_MINZOOM + 1 },
    [PHYSICAL_SRC.detail]: { type: 'geojson', data: data.detail ?? EMPTY, attribution: PHYSICAL_ATTRIBUTION, maxzoom: 12 },
  };
}

export interface PhysicalLayerOptions {
  /** The legend's "Physical geography" toggle. */
  visible: boolean;
  /** Water ids lit by the selection (water.json ids), plus GLACIERS_HIGHLIGHT for the ice. */
  highlight: readonly string[];
  /**
   * True once the detail source has its data: the first-view water and ice then stop at zoom 6.
   * Until then they go on drawing when zoomed in, so nothing blinks out while the file loads.
   */
  detailLoaded?: boolean;
  fonts?: PhysicalFonts;
  /** Names in the reader's language by feature id (none: the data's English names). */
  names?: Readonly<Record<string, string>>;
  /** How that language writes a peak's elevation: its Intl locale and the metre's symbol. */
  locale?: string;
  metre?: string;
}

const kindIs = (...kinds: string[]): ExpressionSpecification =>
  kinds.length === 1 ? ['==', ['get', 'kind'], kinds[0] as string] : ['in', ['get', 'kind'], ['literal', kinds]];

/** A feature's own minzoom (from the data) gates it; zoom in a filter is evaluated per whole zoom level. */
const fromItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

const LANDFORM_KINDS = ['range', 'desert', 'plain', 'lowland', 'plateau', 'valley', 'basin'];

function isLit(highlight: readonly string[]): ExpressionSpecification {
  return ['in', ['coalesce', ['get', 'id'], ''], ['literal', [...highlight]]];
}

/** Line width in px by zoom and Natural Earth rank: big rivers first, all of them thin. */
function riverWidth(highlight: readonly string[]): DataDrivenPropertyValueSpecification<number> {
  const byRank = (z3: number, z6: number, z9: number): ExpressionSpecification => [
    'interpolate', ['linear'], ['zoom'],
    3, ['case', isLit(highlight), z3 + 1.5, ['<=', ['get', 'rank'], 5], z3, z3 * 0.7],
    6, ['case', isLit(highlight), z6 + 2, ['<=', ['get', 'rank'], 5], z6, z6 * 0.6],
    9, ['case', isLit(highlight), z9 + 2.5, ['<=', ['get', 'rank'], 6], z9, z9 * 0.55],
  ];
  return byRank(1.2, 1.8, 3);
}

export function physicalLayers(opts: PhysicalLayerOptions): LayerSpecification[] {
  const { visible, highlight, detailLoaded = false, fonts = PHYSICAL_FONTS, names, locale = 'en', metre = 'm' } = opts;
  const name = nameField(names);
  const visibility = visible ? ('visible' as const) : ('none' as const);
  const glaciersLit = highlight.includes(GLACIERS_HIGHLIGHT);
  // First-view water stops where the detail takes over, but only once the detail is there.
  const firstViewZooms = detailLoaded ? { maxzoom: DETAIL_MINZOOM } : {};
  const detailZooms = { minzoom: DETAIL_MINZOOM };
  const F = PHYSICAL_SRC.firstView;
  const D = PHYSICAL_SRC.detail;

  const glacier = (id: string, source: string, zooms: object): LayerSpecification => ({
    id,
    type: 'fill',
    source,
    ...zooms,
    filter: kindIs('glacier') as FilterSpecification,
    layout: { visibility },
    paint: {
      'fill-color': glaciersLit ? physicalPalette.glacierHighlight : physicalPalette.glacier,
      'fill-outline-color': glaciersLit ? physicalPalette.glacierOutlineHighlight : physicalPalette.glacierOutline,
    },
  });
  const lake = (id: string, source: string, zooms: object): LayerSpecification => ({
    id,
    type: 'fill',
    source,
    ...zooms,
    filter: ['all', kindIs('lake'), fromItsZoom],
    layout: { visibility },
    paint: {
      'fill-color': ['case', isLit(highlight), physicalPalette.waterHighlight, physicalPalette.water],
      'fill-outline-color': ['case', isLit(highlight), physicalPalette.riverHighlight, physicalPalette.river],
    },
  });
  const river = (id: string, source: string, zooms: object): LayerSpecification => ({
    id,
    type: 'line',
    source,
    ...zooms,
    filter: ['all', kindIs('river'), fromItsZoom],
    layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['case', isLit(highlight), physicalPalette.riverHighlight, physicalPalette.river],
      'line-width': riverWidth(highlight),
    },
  });
  const riverHit = (id: string, source: string, zooms: object): LayerSpecification => ({
    // Invisible and wide, so a click within about 6 px of a thin river still finds it.
    id,
    type: 'line',
    source,
    ...zooms,
    filter: ['all', kindIs('river'), fromItsZoom],
    layout: { visibility },
    paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 8 },
  });
  const waterText = {
    'text-color': physicalPalette.waterLabel,
    'text-halo-color': physicalPalette.halo,
    'text-halo-width': 1.2,
  };
  const lakeLabel = (id: string, source: string, zooms: object): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    ...zooms,
    filter: ['all', kindIs('lake'), ['has', 'name'], fromItsZoom],
    layout: {
      visibility,
      'text-field': name,
      'text-font': [fonts.italic],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 12],
      'text-max-width': 7,
      'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: waterText,
  });
  const riverLabel = (id: string, source: string, zooms: object): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    ...zooms,
    filter: ['all', kindIs('river'), fromItsZoom],
    layout: {
      visibility,
      'symbol-placement': 'line',
      'symbol-spacing': 250,
      'text-field': name,
      'text-font': [fonts.italic],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 12],
      'text-letter-spacing': 0.05,
      'text-max-angle': 90,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: waterText,
  });

  return [
    glacier(PHYSICAL_LAYER.glacier, F, firstViewZooms),
    glacier(PHYSICAL_LAYER.detailGlacier, D, detailZooms),
    lake(PHYSICAL_LAYER.lake, F, firstViewZooms),
    lake(PHYSICAL_LAYER.detailLake, D, detailZooms),
    river(PHYSICAL_LAYER.river, F, firstViewZooms),
    river(PHYSICAL_LAYER.detailRiver, D, detailZooms),
    riverHit(PHYSICAL_LAYER.riverHit, F, firstViewZooms),
    riverHit(PHYSICAL_LAYER.detailRiverHit, D, detailZooms),
    {
      id: PHYSICAL_LAYER.regionLabel,
      type: 'symbol',
      source: F,
      filter: ['all', kindIs(...LANDFORM_KINDS), fromItsZoom, ['<', ['zoom'], ['get', 'maxzoom']]],
      layout: {
        visibility,
        'text-field': name,
        'text-font': [fonts.italic],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['<=', ['get', 'rank'], 2], 11, 9.5], 7, ['case', ['<=', ['get', 'rank'], 2], 14, 12]],
        'text-transform': ['case', ['==', ['get', 'kind'], 'range'], 'uppercase', 'none'],
        'text-letter-spacing': ['case', ['==', ['get', 'kind'], 'range'], 0.18, 0.06],
        'text-max-width': 7,
        'text-optional': true,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['case', ['==', ['get', 'kind'], 'desert'], physicalPalette.desertLabel, physicalPalette.landformLabel],
        'text-halo-color': physicalPalette.halo,
        'text-halo-width': 1,
      },
    },
    lakeLabel(PHYSICAL_LAYER.lakeLabel, F, firstViewZooms),
    lakeLabel(PHYSICAL_LAYER.detailLakeLabel, D, detailZooms),
    riverLabel(PHYSICAL_LAYER.riverLabel, F, firstViewZooms),
    riverLabel(PHYSICAL_LAYER.detailRiverLabel, D, detailZooms),
    {
      id: PHYSICAL_LAYER.peak,
      type: 'circle',
      source: D,
      minzoom: PEAK_MINZOOM,
      filter: ['all', kindIs('peak', 'pass'), fromItsZoom],
      layout: { visibility },
      paint: { 'circle-radius': 2.2, 'circle-color': physicalPalette.peak, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8 },
    },
    {
      id: PHYSICAL_LAYER.peakLabel,
      type: 'symbol',
      source: D,
      minzoom: PEAK_MINZOOM,
      filter: ['all', kindIs('peak', 'pass'), fromItsZoom],
      layout: {
        visibility,
        'text-field': [
          'format',
          name, {},
          '\n', {},
          ['concat', ['number-format', ['get', 'elevation'], { locale }], ` ${metre}`], { 'font-scale': 0.85 },
        ],
        'text-font': [fonts.regular],
        'text-size': 10.5,
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'text-optional': true,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': physicalPalette.peak, 'text-halo-color': physicalPalette.halo, 'text-halo-width': 1.2 },
    },
  ];
}
