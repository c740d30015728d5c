// The benchmark's scaling run: its synthetic data (copies of the real routes, places and
// commitments) must pass the app's own checks, draw with the glyphs the app has, stay clear of the
// points the bench clicks, and come out byte for byte the same for the same N; and the app's User
// Timing measures the run reads must exist.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection, Polygon, MultiPolygon, Geometry } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import type { CountryProps } from '../../data/types';
import { GLYPHS_DIR, labelStrings, labelStringsByStyle, rangeName, rangesFor, STACKS } from '../../scripts/build-glyphs';
import { decodeGlyphRange } from '../../scripts/glyphs/pbf';
import { commitmentCopies, commitmentsModule, copyId, copyOffset, GEO_FILE, scaleGeo, serializeGeo, type ScaledGeo } from '../../scripts/bench/scale-data';
import { buildContent } from '../../src/content/build';
import { COMMITMENT_DEFS, resolveCommitments } from '../../src/content/commitments';
import { declaration, programmes } from '../../src/content';
import { createSearch } from '../../src/content/search';
import { checkGeo, indexGeo, type GeoData } from '../../src/data/geo';
import { STATES } from '../e2e/atlas';

const GEO = resolve('public/geo');
const read = (file: string) => JSON.parse(readFileSync(join(GEO, file), 'utf8')) as unknown;
const real: ScaledGeo = {
  routes: read(GEO_FILE.routes) as ScaledGeo['routes'],
  routeMeta: read(GEO_FILE.routeMeta) as ScaledGeo['routeMeta'],
  places: read(GEO_FILE.places) as ScaledGeo['places'],
};
const countries = read('countries-low.geojson') as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
const physical = read('physical.geojson') as FeatureCollection<Geometry>;

const KEYS = { routes: 'routes', routeMeta: 'routeMeta', places: 'places' } as const satisfies Record<keyof ScaledGeo, keyof GeoData>;
const ids = <T>(xs: T[], id: (x: T) => string) => xs.map(id);
const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('scaleGeo', () => {
  it('gives the real files back at 1×', () => {
    expect(scaleGeo(real, 1)).toEqual(real);
  });

  it('makes N copies of every route, leg and place, originals first, each copy k with its own ids and names', () => {
    const s = scaleGeo(real, 4);
    expect(s.routeMeta.length).toBe(4 * real.routeMeta.length);
    expect(s.routes.features.length).toBe(4 * real.routes.features.length);
    expect(s.places.features.length).toBe(4 * real.places.features.length);
    expect(s.routeMeta.slice(0, real.routeMeta.length)).toEqual(real.routeMeta);
    expect(unique(ids(s.routeMeta, (r) => r.id))).toBe(true);
    expect(unique(ids(s.places.features, (f) => f.properties.id))).toBe(true);
    const first = real.routeMeta[0];
    const copy = s.routeMeta.find((r) => r.id === copyId(first.id, 3));
    expect(copy?.name.en).toBe(`${first.name.en} 3`);
    expect(copy?.nodes).toEqual(first.nodes.map((n) => `${n}-x3`));
    expect(copy?.legs?.[0].fromName).toBe(`${first.legs?.[0].fromName} 3`);
  });

  it('keeps every reference inside the copy: nodes, legs, transfers and sections name its places; legs and places name its routes', () => {
    const s = scaleGeo(real, 4);
    const places = new Set(ids(s.places.features, (f) => f.properties.id));
    const routes = new Map(s.routeMeta.map((r) => [r.id, r]));
    for (const r of s.routeMeta) {
      const k = /-x(\d+)$/.exec(r.id)?.[1];
      for (const n of r.nodes) expect(places.has(n), `${r.id}: ${n}`).toBe(true);
      for (const l of r.legs ?? []) expect(places.has(l.from) && places.has(l.to), `${r.id}: ${l.from} → ${l.to}`).toBe(true);
      for (const t of r.transfers ?? []) expect(places.has(t.at), `${r.id}: ${t.at}`).toBe(true);
      for (const x of r.sections ?? []) expect(places.has(x.from) && places.has(x.to), `${r.id}: ${x.name.en}`).toBe(true);
      if (k) for (const n of r.nodes) expect(n.endsWith(`-x${k}`), `${r.id}: ${n}`).toBe(true);
    }
    for (const f of s.routes.features) {
      const meta = routes.get(f.properties.route);
      expect(meta, f.properties.route).toBeDefined();
      expect(f.properties.leg).toBeLessThan(meta?.legs?.length ?? 0);
    }
    // Each copied place is a stop on its copied routes, as the original is on the originals.
    const stops = new Set([...routes.values()].flatMap((r) => r.nodes));
    for (const f of s.places.features) if (f.properties.kind !== 'capital') expect(stops.has(f.properties.id), f.properties.id).toBe(true);
  });

  it("passes the app's own data checks and indexes every copy", () => {
    const s = scaleGeo(real, 16);
    for (const key of Object.keys(KEYS) as (keyof ScaledGeo)[]) expect(checkGeo(KEYS[key], s[key]), key).toBeNull();
    const index = indexGeo({ countries, physical, routes: s.routes, routeMeta: s.routeMeta, places: s.places });
    expect(index.routes.size).toBe(16 * real.routeMeta.length);
    expect(index.places.size).toBe(16 * real.places.features.length);
  });

  it('shifts each copy a little (0.2° to 0.6°), the same for a route and its places', () => {
    for (let k = 2; k <= 16; k++) {
      const r = Math.hypot(...copyOffset(k));
      expect(r).toBeGreaterThanOrEqual(0.2 - 1e-9);
      expect(r).toBeLessThan(0.6);
    }
    expect(() => copyOffset(1)).toThrow();
    const s = scaleGeo(real, 2);
    const [dx, dy] = copyOffset(2);
    const place = real.places.features[0];
    const moved = s.places.features.find((f) => f.properties.id === copyId(place.properties.id, 2));
    expect(moved?.geometry.coordinates[0]).toBeCloseTo(place.geometry.coordinates[0] + dx, 4);
    expect(moved?.geometry.coordinates[1]).toBeCloseTo(place.geometry.coordinates[1] + dy, 4);
  });

  it("keeps every copy clear of the points the bench clicks inside each state, so the click still selects the state", () => {
    // Web Mercator pixels at zoom 3.5: a little wider than the bench's first view (zoom 3.9 at
    // 1280×800). A click within 8 px of a route line (its hit layer is 16 px wide) or on a place
    // dot (radius ≤ 6 px) selects that instead of the state.
    const scale = 512 * 2 ** 3.5;
    const px = ([lon, lat]: number[]) => [((lon + 180) / 360) * scale, ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * scale];
    const toSegment = (p: number[], a: number[], b: number[]) => {
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const l2 = dx * dx + dy * dy;
      const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
      return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    };
    const s = scaleGeo(real, 16);
    for (const state of STATES) {
      const p = px(state.point);
      let nearest = Infinity;
      for (const f of s.routes.features) {
        const c = f.geometry.coordinates.map(px);
        for (let i = 1; i < c.length; i++) nearest = Math.min(nearest, toSegment(p, c[i - 1], c[i]));
      }
      for (const f of s.places.features) nearest = Math.min(nearest, toSegment(p, px(f.geometry.coordinates), px(f.geometry.coordinates)));
      expect(nearest, state.id).toBeGreaterThan(14);
    }
  });

  it('is deterministic and leaves its input alone', () => {
    const before = JSON.stringify(real);
    const a = serializeGeo(scaleGeo(real, 16));
    const b = serializeGeo(scaleGeo(real, 16));
    expect(a).toEqual(b);
    expect(JSON.stringify(real)).toBe(before);
    for (const [file, text] of Object.entries(a)) expect(() => JSON.parse(text), file).not.toThrow();
    expect(JSON.parse(a[GEO_FILE.routeMeta])).toEqual(scaleGeo(real, 16).routeMeta);
  });

  it('refuses a factor that is not a whole number ≥ 1', () => {
    expect(() => scaleGeo(real, 0)).toThrow();
    expect(() => scaleGeo(real, 2.5)).toThrow();
  });

  describe('labels', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scale-glyphs-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('use only characters the glyph ranges in public/glyphs hold', () => {
      for (const [file, text] of Object.entries(serializeGeo(scaleGeo(real, 16)))) writeFileSync(join(dir, file), text);
      expect(labelStrings(dir)).toContain(`${real.places.features[0].properties.name} 16`);
      const by = labelStringsByStyle(dir);
      for (const stack of STACKS) {
        const strings = by[stack.style];
        const have = new Set(
          rangesFor(strings).flatMap((start) => {
            try {
              return decodeGlyphRange(new Uint8Array(readFileSync(join(GLYPHS_DIR, stack.name, `${rangeName(start)}.pbf`)))).glyphs.map((g) => g.id);
            } catch {
              return [];
            }
          }),
        );
        const missing = new Set<string>();
        for (const s of strings) for (const ch of s) if (!have.has(ch.codePointAt(0) as number)) missing.add(`${ch} in "${s}"`);
        expect([...missing], stack.name).toEqual([]);
      }
    });
  });
});

describe('the scaled app', () => {
  const scaled = scaleGeo(real, 4);
  const copied = { routes: new Set(ids(real.routeMeta, (r) => r.id)), places: new Set(ids(real.places.features, (f) => f.properties.id)) };
  const extra = commitmentCopies(COMMITMENT_DEFS, 4, copied);

  it('has N − 1 copies of every commitment, valid where the app resolves them, with unique ids starting with their sentence id', () => {
    expect(extra.length).toBe(3 * COMMITMENT_DEFS.length);
    const all = resolveCommitments(declaration, [...COMMITMENT_DEFS, ...extra]);
    expect(all.length).toBe(4 * COMMITMENT_DEFS.length);
    expect(unique(all.map((c) => c.id))).toBe(true);
    for (const c of extra) expect(c.id.startsWith(`${c.sentenceId}`) && /-x[2-4]$/.test(c.id), c.id).toBe(true);
    expect(commitmentCopies(COMMITMENT_DEFS, 1, copied)).toEqual([]);
  });

  it("points a commitment's copy k at copy k of its routes, which exist in the scaled data", () => {
    const routes = new Set(ids(scaled.routeMeta, (r) => r.id));
    const withRoutes = extra.filter((c) => (c.concerns.routes ?? []).length > 0);
    expect(withRoutes.length).toBeGreaterThan(0);
    for (const c of withRoutes) {
      const k = /-x(\d+)$/.exec(c.id)?.[1];
      for (const r of c.concerns.routes ?? []) {
        expect(routes.has(r), `${c.id}: ${r}`).toBe(true);
        expect(r.endsWith(`-x${k}`), `${c.id}: ${r}`).toBe(true);
      }
    }
  });

  it('compiles the real module with the copies pushed onto its list', () => {
    const source = readFileSync('src/content/commitments/index.ts', 'utf8');
    const code = commitmentsModule(source, extra);
    expect(code.startsWith(source)).toBe(true);
    const pushed = /COMMITMENT_DEFS\.push\(\.\.\.(.*)\);\n$/.exec(code)?.[1];
    expect(JSON.parse(pushed ?? 'null')).toEqual(extra);
    expect(commitmentsModule(source, [])).toBe(source);
    expect(() => commitmentsModule('export const OTHER = [];', extra)).toThrow(/COMMITMENT_DEFS/);
  });

  it('builds its content (links for every copy, every id known) and marks the User Timing the bench reads', () => {
    performance.clearMeasures();
    const data: Partial<GeoData> = { countries, physical, routes: scaled.routes, routeMeta: scaled.routeMeta, places: scaled.places };
    const content = buildContent({ data, errors: [], index: indexGeo(data) });
    expect(content.linkError).toBeNull();
    expect(content.known.routes.size).toBe(4 * real.routeMeta.length);
    expect(content.known.places.size).toBe(4 * real.places.features.length);
    for (const r of scaled.routeMeta) expect(content.links?.forRoute(r.id), r.id).toBeDefined();
    expect(performance.getEntriesByName('content-build', 'measure')).toHaveLength(1);

    const search = createSearch(declaration, programmes, resolveCommitments(declaration, [...COMMITMENT_DEFS, ...extra]));
    expect(performance.getEntriesByName('search-index', 'measure')).toHaveLength(1);
    expect(search.query('corridor').length).toBeGreaterThan(0);
    search.query('water');
    search.query('  ');
    expect(performance.getEntriesByName('search-query', 'measure')).toHaveLength(2);
  });
});
