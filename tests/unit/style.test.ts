import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ALL_VISIBLE, INTERACTIVE_LAYERS, SRC, baseStyle, layersFor, mapLayers, mapSources, modeColourExpression } from '../../src/map/style';
import { GLYPH_FONTS, glyphsUrl } from '../../src/map/glyphs';
import { PHYSICAL_LAYER_IDS, PHYSICAL_SRC } from '../../src/map/physical';
import { DECLARATION_DATE, MODES, SERVICE_STATUSES, STATUSES, TRACK_STATUSES, type RouteLegProps, type RouteMeta } from '../../data/types';
import { statusAt } from '../../data/history';
import { lineById } from '../../data/lines';
import { LAST_DAY } from '../../src/state/url';
import { basemap, modeColour, serviceHalo, statusDash } from '../../src/map/palette';

const glyphs = glyphsUrl('http://127.0.0.1:4173/deck/atlas/index.html#sel=KAZ');

function fullStyle(visible = ALL_VISIBLE) {
  const s = baseStyle(glyphs);
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  const sources = { [SRC.countries]: empty, [SRC.labels]: empty, [SRC.routes]: empty, [SRC.places]: empty, [SRC.world]: empty, [PHYSICAL_SRC.firstView]: empty, [PHYSICAL_SRC.detail]: empty };
  return { ...s, sources, layers: [...s.layers, ...mapLayers(visible)] };
}

describe('the map style', () => {
  it('is a valid MapLibre style with every group visible and with every group hidden', () => {
    expect(validateStyleMin(fullStyle())).toEqual([]);
    expect(validateStyleMin(fullStyle({ states: false, 'middle-corridor': false, 'south-asia': false, places: false, physical: false }))).toEqual([]);
  });

  it("names no glyph server: labels come from the glyph ranges beside the app, under its own path", () => {
    const s = baseStyle(glyphs);
    expect(s.glyphs).toBe('http://127.0.0.1:4173/deck/atlas/glyphs/{fontstack}/{range}.pbf');
    expect(JSON.stringify(s)).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const l of mapLayers()) {
      if (l.type === 'symbol') expect(Object.values(GLYPH_FONTS)).toEqual(expect.arrayContaining(l.layout?.['text-font'] as string[]));
    }
  });

  it('draws rivers, lakes and ice under the borders, routes and names, and hides them with the legend', () => {
    const ids = mapLayers().map((l) => l.id);
    const physical = ids.filter((id) => (PHYSICAL_LAYER_IDS as readonly string[]).includes(id));
    expect(physical.length).toBeGreaterThan(3);
    expect(ids.indexOf(physical[physical.length - 1])).toBeLessThan(ids.indexOf('countries-border'));
    expect(ids.indexOf(physical[0])).toBeGreaterThan(ids.indexOf('countries-fill'));
    const off = mapLayers({ ...ALL_VISIBLE, physical: false }).filter((l) => physical.includes(l.id));
    expect(off.every((l) => l.layout?.visibility === 'none')).toBe(true);
  });

  it('draws the world beyond the box under the detailed countries, in their colours, and covers the box edge above their borders', () => {
    const layers = mapLayers();
    const ids = layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    const paint = (id: string) => layers.find((l) => l.id === id)?.paint as Record<string, unknown>;
    expect(at('world-land')).toBeGreaterThanOrEqual(0);
    expect(at('world-land')).toBeLessThan(at('countries-fill'));
    expect(at('world-line')).toBeLessThan(at('countries-fill'));
    // The seam paints over the detailed outline where it runs along the cut, under everything else.
    expect(at('world-seam')).toBeGreaterThan(at('countries-border'));
    expect(at('world-seam')).toBeLessThan(at('c5-border'));
    for (const id of ['world-land', 'world-line', 'world-seam']) expect(layers.find((l) => l.id === id)).toMatchObject({ source: SRC.world });
    // The same palette entries as the detailed land and its borders, read from the palette.
    expect(paint('world-land')['fill-color']).toBe(basemap.land);
    expect(paint('countries-fill')['fill-color']).toContain(basemap.land);
    expect(paint('world-line')['line-color']).toBe(basemap.border);
    expect(paint('world-line')['line-width']).toBe(paint('countries-border')['line-width']);
    expect(paint('world-seam')['line-color']).toBe(basemap.land);
    // Wider than the border it covers (0.7 px, with its antialiasing).
    expect(paint('world-seam')['line-width']).toBeGreaterThanOrEqual(3);
  });

  it('adds the world source with the countries, empty until the file has arrived, so its layers come in the style’s order', () => {
    const fc = { type: 'FeatureCollection' as const, features: [] };
    const countries = { type: 'FeatureCollection' as const, features: [] } as never;
    expect(mapSources({})).toEqual({});
    expect(mapSources({ countries })[SRC.world]).toEqual({ type: 'geojson', data: fc });
    expect(mapSources({ countries }, { world: 'http://127.0.0.1/geo/world.geojson' })[SRC.world]).toEqual({ type: 'geojson', data: 'http://127.0.0.1/geo/world.geojson' });
    const ids = layersFor(mapSources({ countries })).map((l) => l.id);
    expect(ids.slice(0, 3)).toEqual(['world-land', 'world-line', 'countries-fill']);
  });

  it('writes each mode along its line, so the map reads without colour', () => {
    const words = mapLayers().find((l) => l.id === 'routes-mode');
    expect(words?.type).toBe('symbol');
    expect(JSON.stringify(words?.layout?.['text-field' as never])).toContain('gas pipeline');
  });

  it('colours each mode from the palette scale the legend reads', () => {
    const expr = modeColourExpression() as unknown[];
    for (const m of MODES) expect(expr[expr.indexOf(m) + 1]).toBe(modeColour(m));
  });

  it('draws one track layer per status, dashed unless the line is in use', () => {
    const byStatus = STATUSES.map((s) => mapLayers().find((l) => l.id === `routes-${s}`) as LineLayerSpecification);
    expect(byStatus.every(Boolean)).toBe(true);
    expect(byStatus[0].paint?.['line-dasharray']).toBeUndefined();
    expect(byStatus[1].paint?.['line-dasharray']).toEqual(statusDash('under-construction'));
    expect(byStatus[2].paint?.['line-dasharray']).toEqual(statusDash('planned'));
  });

  it('hides a route group by filter and the places by visibility', () => {
    const hidden = mapLayers({ ...ALL_VISIBLE, 'south-asia': false, places: false });
    const planned = hidden.find((l) => l.id === 'routes-planned') as LineLayerSpecification;
    expect(JSON.stringify(planned.filter)).toContain('["middle-corridor"]');
    expect(JSON.stringify(planned.filter)).not.toContain('south-asia');
    expect(hidden.find((l) => l.id === 'places-dot')?.layout).toMatchObject({ visibility: 'none' });
  });

  it('keeps a wide invisible hit line so a click within 8 px selects a route', () => {
    const hit = mapLayers().find((l) => l.id === 'routes-hit') as LineLayerSpecification;
    expect(hit.paint?.['line-width']).toBeGreaterThanOrEqual(16);
    expect(hit.paint?.['line-opacity']).toBe(0);
    expect(INTERACTIVE_LAYERS).toContain('routes-hit');
  });
});

describe('track and service apart, at any day', () => {
  const legs = (JSON.parse(readFileSync('public/geo/routes.geojson', 'utf8')) as FeatureCollection<LineString, RouteLegProps>).features;
  const meta = JSON.parse(readFileSync('public/geo/routes.json', 'utf8')) as RouteMeta[];
  /** The line a drawn leg runs over, as routes.json lists its legs. */
  const lineOf = (f: Feature<LineString, RouteLegProps>) => meta.find((r) => r.id === f.properties.route)!.legs![f.properties.leg]!.line;
  const layersOn = (day: string) => mapLayers(ALL_VISIBLE, undefined, day);
  const matches = (layer: LayerSpecification | undefined, f: Feature) =>
    featureFilter((layer as LineLayerSpecification).filter, `layers.${layer?.id}.filter`).filter({ zoom: 4 }, { type: 2, properties: f.properties ?? {}, geometry: [] } as never);
  const trackOf = (day: string, f: Feature) => TRACK_STATUSES.filter((s) => matches(layersOn(day).find((l) => l.id === `routes-${s}`), f));
  const haloOf = (day: string, f: Feature) => SERVICE_STATUSES.filter((s) => serviceHalo(s) !== null && matches(layersOn(day).find((l) => l.id === `routes-service-${s}`), f));

  it("draws every leg in exactly one track layer: its line's status that day, never the route's", () => {
    for (const day of [DECLARATION_DATE, LAST_DAY]) {
      for (const f of legs) {
        const line = lineById.get(lineOf(f));
        expect(line, lineOf(f)).toBeDefined();
        const status = statusAt(line!.history, day);
        expect(trackOf(day, f), `${f.properties.route}#${f.properties.leg} on ${day}`).toEqual(status ? [status] : []);
      }
    }
  });

  it('draws every leg of a route that ran or was planned on the summit day: each of its lines has a status by then', () => {
    for (const f of legs) {
      const firstService = [f.properties['service:planned'], f.properties['service:trial'], f.properties['service:regular']].filter(Boolean).sort()[0] as string;
      if (firstService > DECLARATION_DATE) continue;
      expect(trackOf(DECLARATION_DATE, f), `${f.properties.route}#${f.properties.leg} (${lineOf(f)})`).toHaveLength(1);
    }
  });

  it('draws no leg of a line in use as planned, on the summit day or now, whatever the service over it', () => {
    const inUse = legs.filter((f) => statusAt(lineById.get(lineOf(f))!.history, DECLARATION_DATE) === 'operating');
    expect(inUse.length).toBeGreaterThan(50);
    for (const day of [DECLARATION_DATE, LAST_DAY]) for (const f of inUse) expect(trackOf(day, f)).toEqual(['operating']);
    // The southern branch: a planned service in September 2023 over century-old main lines.
    const southern = legs.filter((f) => f.properties.route === 'middle-corridor-southern-branch' && f.properties.mode === 'rail');
    expect(southern.length).toBeGreaterThan(10);
    for (const f of southern) {
      expect(trackOf(DECLARATION_DATE, f)).toEqual(['operating']);
      expect(haloOf(DECLARATION_DATE, f)).toEqual([]);
    }
  });

  it("haloes each leg by its route's service that day: solid for regular, broken for trials, none while planned", () => {
    const route = (id: string) => legs.filter((f) => f.properties.route === id);
    for (const f of route('baku-tbilisi-kars')) expect(haloOf(DECLARATION_DATE, f)).toEqual(['regular']);
    for (const f of route('tapi-pipeline')) expect(haloOf(LAST_DAY, f)).toEqual([]);
    expect(serviceHalo('planned')).toBeNull();
    const trial = layersOn(LAST_DAY).find((l) => l.id === 'routes-service-trial') as LineLayerSpecification;
    expect(trial.paint?.['line-dasharray']).toEqual(serviceHalo('trial')?.dash);
    const ids = layersOn(DECLARATION_DATE).map((l) => l.id);
    expect(ids.indexOf('routes-service-regular')).toBeLessThan(ids.indexOf('routes-casing'));
    expect(ids.indexOf('routes-casing')).toBeLessThan(ids.indexOf('routes-operating'));
  });

  it('draws nothing of a route before its first status, and a valid style on any day', () => {
    const early = legs[0] as Feature;
    expect(trackOf('1800-01-01', early)).toEqual([]);
    const s = baseStyle(glyphs);
    const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
    const sources = { [SRC.countries]: empty, [SRC.labels]: empty, [SRC.routes]: empty, [SRC.places]: empty, [SRC.world]: empty, [PHYSICAL_SRC.firstView]: empty, [PHYSICAL_SRC.detail]: empty };
    expect(validateStyleMin({ ...s, sources, layers: [...s.layers, ...layersOn('2024-06-01')] })).toEqual([]);
  });
});
