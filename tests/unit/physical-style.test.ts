// The physical layers as style data: valid for MapLibre, in drawing order, reading only properties
// the generated files have, and lighting what the selection asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FillLayerSpecification, LayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import {
  DETAIL_MINZOOM,
  GLACIERS_HIGHLIGHT,
  PEAK_MINZOOM,
  PHYSICAL_ATTRIBUTION,
  PHYSICAL_LAYER,
  PHYSICAL_LAYER_IDS,
  PHYSICAL_SRC,
  WATER_INTERACTIVE_LAYERS,
  physicalLayers,
  physicalPalette,
  physicalSources,
} from '../../src/map/physical';
import { basemap } from '../../src/map/palette';

const firstView = JSON.parse(readFileSync('public/geo/physical.geojson', 'utf8')) as FeatureCollection;
const detail = JSON.parse(readFileSync('public/geo/physical-detail.geojson', 'utf8')) as FeatureCollection;

function style(layers: LayerSpecification[]) {
  return {
    version: 8 as const,
    sources: physicalSources({ firstView, detail }),
    layers,
  };
}

const byId = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id) as LayerSpecification;
const filterOf = (l: LayerSpecification) => JSON.stringify((l as { filter?: unknown }).filter);

describe('the physical layers', () => {
  it('are a valid MapLibre style shown, hidden, lit and with the detail loaded', () => {
    expect(validateStyleMin(style(physicalLayers({ visible: true, highlight: [] })))).toEqual([]);
    expect(validateStyleMin(style(physicalLayers({ visible: false, highlight: [] })))).toEqual([]);
    expect(validateStyleMin(style(physicalLayers({ visible: true, highlight: ['amu-darya', 'aral-sea', GLACIERS_HIGHLIGHT], detailLoaded: true })))).toEqual([]);
  });

  it('come in the exported order: ice, lakes, rivers, click targets, then names', () => {
    expect(physicalLayers({ visible: true, highlight: [] }).map((l) => l.id)).toEqual([...PHYSICAL_LAYER_IDS]);
  });

  it('hide every layer with the legend toggle', () => {
    for (const l of physicalLayers({ visible: false, highlight: [] })) expect(l.layout?.visibility, l.id).toBe('none');
    for (const l of physicalLayers({ visible: true, highlight: [] })) expect(l.layout?.visibility, l.id).toBe('visible');
  });

  it('fill lakes with the Caspian blue', () => {
    const lake = byId(physicalLayers({ visible: true, highlight: [] }), PHYSICAL_LAYER.lake) as FillLayerSpecification;
    expect(physicalPalette.water).toBe(basemap.water);
    expect(JSON.stringify(lake.paint?.['fill-color'])).toContain(basemap.water);
  });

  it('draw lit water and glaciers stronger', () => {
    const plain = physicalLayers({ visible: true, highlight: [] });
    const lit = physicalLayers({ visible: true, highlight: ['syr-darya', GLACIERS_HIGHLIGHT] });
    const river = byId(lit, PHYSICAL_LAYER.river) as LineLayerSpecification;
    expect(JSON.stringify(river.paint?.['line-width'])).toContain('["literal",["syr-darya","glaciers"]]');
    expect(JSON.stringify(river.paint?.['line-color'])).toContain(physicalPalette.riverHighlight);
    expect((byId(plain, PHYSICAL_LAYER.glacier) as FillLayerSpecification).paint?.['fill-color']).toBe(physicalPalette.glacier);
    expect((byId(lit, PHYSICAL_LAYER.glacier) as FillLayerSpecification).paint?.['fill-color']).toBe(physicalPalette.glacierHighlight);
    expect((byId(lit, PHYSICAL_LAYER.detailGlacier) as FillLayerSpecification).paint?.['fill-color']).toBe(physicalPalette.glacierHighlight);
  });

  it('hand water over to the detail file at zoom 6, but only once it has loaded', () => {
    const before = physicalLayers({ visible: true, highlight: [] });
    const after = physicalLayers({ visible: true, highlight: [], detailLoaded: true });
    for (const id of [PHYSICAL_LAYER.glacier, PHYSICAL_LAYER.lake, PHYSICAL_LAYER.river, PHYSICAL_LAYER.riverHit]) {
      expect(byId(before, id).maxzoom, id).toBeUndefined();
      expect(byId(after, id).maxzoom, id).toBe(DETAIL_MINZOOM);
    }
    for (const id of [PHYSICAL_LAYER.detailGlacier, PHYSICAL_LAYER.detailLake, PHYSICAL_LAYER.detailRiver]) {
      expect(byId(after, id).minzoom, id).toBe(DETAIL_MINZOOM);
      expect((byId(after, id) as { source: string }).source).toBe(PHYSICAL_SRC.detail);
    }
    // Landform names are only in the first-view file and stay at every zoom.
    expect(byId(after, PHYSICAL_LAYER.regionLabel).maxzoom).toBeUndefined();
  });

  it('label rivers along the line and landforms in italic; peaks and elevations only from zoom 7', () => {
    const layers = physicalLayers({ visible: true, highlight: [] });
    const river = byId(layers, PHYSICAL_LAYER.riverLabel) as SymbolLayerSpecification;
    expect(river.layout?.['symbol-placement']).toBe('line');
    expect((byId(layers, PHYSICAL_LAYER.regionLabel) as SymbolLayerSpecification).layout?.['text-font']).toEqual(['Noto Sans Italic']);
    const peak = byId(layers, PHYSICAL_LAYER.peakLabel) as SymbolLayerSpecification;
    expect(peak.minzoom).toBe(PEAK_MINZOOM);
    expect(PEAK_MINZOOM).toBeGreaterThanOrEqual(7);
    expect(JSON.stringify(peak.layout?.['text-field'])).toContain('"elevation"');
  });

  it('filter on kinds and properties the generated files have', () => {
    const files = [...firstView.features, ...detail.features];
    const kinds = new Set(files.map((f) => f.properties?.kind as string));
    const keys = new Set(files.flatMap((f) => Object.keys(f.properties ?? {})));
    for (const l of physicalLayers({ visible: true, highlight: ['x'] })) {
      const text = JSON.stringify([(l as { filter?: unknown }).filter, l.layout, (l as { paint?: unknown }).paint]);
      for (const [, key] of text.matchAll(/\["(?:get|has)","([a-z]+)"\]/g)) expect(keys, `${l.id} reads '${key}'`).toContain(key);
      for (const [, kind] of filterOf(l).matchAll(/"kind"\],"([a-z]+)"/g)) expect(kinds, `${l.id} filters on '${kind}'`).toContain(kind);
      // Each layer's source has features it draws.
      const src = (l as { source: string }).source === PHYSICAL_SRC.firstView ? firstView : detail;
      const wants = [...filterOf(l).matchAll(/"(river|lake|glacier|range|desert|peak)"/g)].map((m) => m[1]);
      expect(src.features.some((f) => wants.includes(f.properties?.kind as string)), l.id).toBe(true);
    }
  });

  it('let a click hit rivers (through wide invisible lines) and lakes, topmost first', () => {
    const layers = physicalLayers({ visible: true, highlight: [] });
    const ids = layers.map((l) => l.id);
    expect(WATER_INTERACTIVE_LAYERS).toEqual([PHYSICAL_LAYER.detailRiverHit, PHYSICAL_LAYER.riverHit, PHYSICAL_LAYER.detailLake, PHYSICAL_LAYER.lake]);
    for (let i = 1; i < WATER_INTERACTIVE_LAYERS.length; i++) {
      expect(ids.indexOf(WATER_INTERACTIVE_LAYERS[i - 1] as string)).toBeGreaterThan(ids.indexOf(WATER_INTERACTIVE_LAYERS[i] as string));
    }
    const hit = byId(layers, PHYSICAL_LAYER.riverHit) as LineLayerSpecification;
    expect(hit.paint?.['line-opacity']).toBe(0);
    // Wide enough to hit a river within 4 px, narrow enough that a click inside a state opens the state.
    expect(hit.paint?.['line-width']).toBe(8);
  });

  it('credit Natural Earth on both sources, with an empty detail source until it is given', () => {
    const sources = physicalSources({ firstView: 'geo/physical.geojson' });
    expect(sources[PHYSICAL_SRC.firstView]?.attribution).toBe(PHYSICAL_ATTRIBUTION);
    expect(sources[PHYSICAL_SRC.detail]?.attribution).toBe(PHYSICAL_ATTRIBUTION);
    expect(sources[PHYSICAL_SRC.detail]?.data).toEqual({ type: 'FeatureCollection', features: [] });
    expect(PHYSICAL_ATTRIBUTION).toBe('Natural Earth');
  });
});
