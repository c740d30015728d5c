// "Export SVG": the view as a vector drawing for print and layout tools. The same request as the PNG
// (title, legend model, attribution, day, selection, labels in the reader's language), drawn from the
// loaded GeoJSON with d3-geo's Web Mercator fitted to the view and clipped to it. The labels are real
// <text>, so a designer can edit them. Pure: `drawSvg` is a string from its input, always the same.
import { geoDistance, geoInterpolate, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { SERVICE_STATUSES, TRACK_STATUSES, type C5Id, type Mode, type RouteGroup, type ServiceStatus, type TrackStatus } from '../../data/types';
import { SERVICE_ORDER, TRACK_ORDER } from '../../data/history';
import { exportFileName, SLIDE, type ExportRequest } from './exportPng';
import { ENGLISH_LABELS } from './labelText';
import { basemap, c5Tint, modeColour, SERVICE_HALO_OPACITY, serviceHalo, statusDash } from './palette';
import { DETAIL_MINZOOM, GLACIERS_HIGHLIGHT, PEAK_MINZOOM, physicalPalette } from './physical';
import { wrapText } from './wrapText';
import { boxesAlong, lineLabelPaths, type Box, type Pt } from './lineLabels';
import { modeNoun } from '../data/labels';

/** What the SVG may draw beyond the request's data: the world beyond the box, the full boundaries. */
export interface SvgExtra {
  world?: FeatureCollection<Geometry, { kind?: string }>;
  countries?: ExportRequest['data']['countries'];
  /** The physical layers' detail (small rivers, full glaciers, peaks), drawn from zoom 6 as on the map. */
  physicalDetail?: FeatureCollection<Geometry, Record<string, unknown>>;
}

/** The PNG's framing: the map laid out at 1280×720 CSS px, drawn at 1.5× (see exportPng.ts). */
const RATIO = 1.5;
const PADDING = { top: 110, bottom: 30, left: 230, right: 30 } as const;
const MAX_ZOOM = 7;
const FONT = "'Noto Sans', 'Atlas Export Sans', sans-serif";
/** The kinds the detail file redraws from zoom 6 (physical.ts's first-view water layers end there). */
const WATER_AND_ICE = new Set(['river', 'lake', 'glacier']);
/** From this zoom the map writes each route's mode along it (style.ts's routes-mode layer). */
const MODE_WORD_MINZOOM = 4.5;

/** Text made safe for XML: in element content and in attribute values alike. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const r1 = (n: number) => String(Math.round(n * 10) / 10);

/** The file's name: the PNG's, with the SVG's extension. */
export function svgFileName(selectionName: string | null, date: Date): string {
  return exportFileName(selectionName, date, 1).replace(/\.png$/, '.svg');
}

type Attrs = Record<string, string | number | undefined | null | false>;
function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')
    .map(([k, v]) => ` ${k}="${xmlEscape(typeof v === 'number' ? r1(v) : String(v))}"`)
    .join('');
}
const el = (name: string, a: Attrs, body?: string) => (body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`);
const group = (id: string, parts: string[], a: Attrs = {}) => `<g${attrs({ id, ...a })}>${parts.join('')}</g>`;

/** The status a leg has on `day`, from its "since" days: the style's rule (style.ts `trackOnDay`). */
function statusOnDay<S extends string>(props: Record<string, unknown>, prefix: string, order: readonly S[], day: string): S | null {
  for (const s of [...order].reverse()) {
    const since = props[`${prefix}:${s}`];
    if (typeof since === 'string' && since !== '' && since <= day) return s;
  }
  return null;
}

/** A route's width at a zoom, as style.ts's `routeWidth` interpolates it (CSS px). */
function routeWidth(base: number, zoom: number, state: 'selected' | 'related' | null): number {
  const at3 = base + (state === 'selected' ? 3 : state === 'related' ? 1.5 : 0);
  const at7 = base * 1.8 + (state === 'selected' ? 3 : state === 'related' ? 1.5 : 0);
  const f = Math.min(1, Math.max(0, (zoom - 3) / 4));
  return at3 + (at7 - at3) * f;
}

/** A rough width of a line of text at a font size: enough to lay out cards and avoid label overlaps. */
const textWidth = (s: string, size: number, bold = false) =>
  [...s].reduce((n, c) => n + (c !== c.toLowerCase() ? 0.66 : 0.5), 0) * size * (bold ? 1.1 : 1);

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A ring's area in the plane of longitude and latitude: positive when it runs anticlockwise. */
function planarArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2;
}

/**
 * The polygons wound as d3-geo reads them on the sphere: outer rings clockwise, holes anticlockwise.
 * GeoJSON (RFC 7946) winds them the other way, which d3 would draw as the whole globe but the country.
 */
export function forD3<G extends Geometry>(g: G): G {
  const fix = (rings: Position[][]) => rings.map((r, i) => ((planarArea(r) > 0) === (i === 0) ? r.slice().reverse() : r));
  if (g.type === 'Polygon') return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}

/**
 * Web Mercator fitted as MapLibre's fitBounds frames the PNG (the same padding, the same zoom cap),
 * clipped to the drawing, and the map's zoom it amounts to (MapLibre's, 512 px tiles at the 1.5×
 * layout), for widths and zoom-gated features.
 */
export function fitView(req: Pick<ExportRequest, 'bounds'>): { projection: GeoProjection; zoom: number } {
  const W: number = SLIDE.width;
  const H: number = SLIDE.height;
  const [[west, south], [east, north]] = req.bounds;
  const px = (n: number) => n * RATIO;
  const projection = geoMercator().fitExtent(
    [
      [px(PADDING.left), px(PADDING.top)],
      [W - px(PADDING.right), H - px(PADDING.bottom)],
    ],
    { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  );
  const maxScale = (512 * RATIO * 2 ** MAX_ZOOM) / (2 * Math.PI);
  if (projection.scale() > maxScale) {
    const cx = (px(PADDING.left) + W - px(PADDING.right)) / 2;
    const cy = (px(PADDING.top) + H - px(PADDING.bottom)) / 2;
    projection.scale(maxScale).translate([0, 0]);
    const [ax, ay] = projection([west, north]) ?? [0, 0];
    const [bx, by] = projection([east, south]) ?? [0, 0];
    projection.translate([cx - (ax + bx) / 2, cy - (ay + by) / 2]);
  }
  projection.clipExtent([
    [0, 0],
    [W, H],
  ]);
  return { projection, zoom: Math.log2((projection.scale() * 2 * Math.PI) / (512 * RATIO)) };
}

/** The SVG of the view, at the PNG's size (1920×1080, or 3840×2160 at scale 2; one drawing, scaled). */
export function drawSvg(req: ExportRequest, extra: SvgExtra = {}): string {
  const W: number = SLIDE.width;
  const H: number = SLIDE.height;
  const s = req.scale;
  const labels = req.labels ?? ENGLISH_LABELS;
  const names = labels.names;

  const px = (n: number) => n * RATIO;
  const { projection, zoom } = fitView(req);
  const path = geoPath(projection).digits(1);
  const d = (g: Feature | Geometry) => path((g.type === 'Feature' ? forD3(g.geometry) : forD3(g)) as GeoPermissibleObjects) ?? '';
  const inView = (p: Position): [number, number] | null => {
    const xy = projection(p as [number, number]);
    return xy && xy[0] >= 0 && xy[0] <= W && xy[1] >= 0 && xy[1] <= H ? xy : null;
  };

  const vis = req.visibility;
  const sel = req.selected;
  const related = req.related;
  const out: string[] = [];

  // The world beyond the detailed box: land, coasts and borders, and the seam painted over in land.
  const world = extra.world?.features ?? [];
  const worldOf = (kind: string) => world.filter((f) => f.properties?.kind === kind);
  out.push(
    group('world', [
      ...worldOf('land').map((f) => el('path', { d: d(f), fill: basemap.land, stroke: basemap.border, 'stroke-width': px(0.7) })),
      ...worldOf('border').map((f) => el('path', { d: d(f), fill: 'none', stroke: basemap.border, 'stroke-width': px(0.7) })),
    ]),
  );

  // The countries, the five tinted as the map tints them; the selected or related one lit.
  const countries = (extra.countries ?? req.data.countries)?.features ?? [];
  out.push(
    group(
      'countries',
      countries.map((f) => {
        const id = f.properties.id;
        const selected = sel?.kind === 'state' && sel.id === id;
        const isRelated = related.states.includes(id);
        const c5 = f.properties.c5;
        const fill =
          c5 && selected ? basemap.c5FillSelected : c5 && isRelated ? basemap.c5FillHover : c5 && vis.states ? (c5Tint[id as C5Id] ?? basemap.c5Fill) : basemap.land;
        return el('path', {
          id: `country-${id}`,
          'data-id': id,
          'data-selected': selected ? 'true' : false,
          'data-related': isRelated ? 'true' : false,
          d: d(f),
          fill,
          stroke: basemap.border,
          'stroke-width': px(0.7),
        });
      }),
    ),
  );

  // Water and ice, above the land and under the borders, routes and names.
  // From zoom 6 the detail draws all the water and ice, the first view's rivers, lakes and glacier
  // among them, as the map's first-view layers stop there (physical.ts); the landforms' names stay.
  // The detail's features carry their own minzoom (≥ 6), so fromZoom gates them as the map's filter does.
  const detail = zoom >= DETAIL_MINZOOM ? extra.physicalDetail?.features : undefined;
  const firstView = (req.data.physical?.features ?? []).filter((f) => !detail || !WATER_AND_ICE.has(String(f.properties?.kind)));
  const physical = [...firstView, ...(detail ?? [])] as Feature<Geometry, Record<string, unknown>>[];
  const fromZoom = (f: Feature<Geometry, Record<string, unknown>>) => typeof f.properties.minzoom !== 'number' || Math.floor(zoom) >= f.properties.minzoom;
  const lit = (f: Feature<Geometry, Record<string, unknown>>) => typeof f.properties.id === 'string' && related.water.includes(f.properties.id);
  if (vis.physical) {
    const glaciersLit = related.water.includes(GLACIERS_HIGHLIGHT);
    out.push(
      group('water', [
        ...physical
          .filter((f) => f.properties.kind === 'glacier')
          .map((f) =>
            el('path', {
              d: d(f),
              fill: glaciersLit ? physicalPalette.glacierHighlight : physicalPalette.glacier,
              stroke: glaciersLit ? physicalPalette.glacierOutlineHighlight : physicalPalette.glacierOutline,
              'stroke-width': 1,
            }),
          ),
        ...physical
          .filter((f) => f.properties.kind === 'lake' && fromZoom(f))
          .map((f) =>
            el('path', {
              'data-id': f.properties.id as string,
              d: d(f),
              fill: lit(f) ? physicalPalette.waterHighlight : physicalPalette.water,
              stroke: lit(f) ? physicalPalette.riverHighlight : physicalPalette.river,
              'stroke-width': 1,
            }),
          ),
        ...physical
          .filter((f) => f.properties.kind === 'river' && fromZoom(f))
          .map((f) => {
            const rank = typeof f.properties.rank === 'number' ? f.properties.rank : 6;
            const width = Math.max(0.6, 2.2 - rank * 0.2) * (lit(f) ? 2 : 1);
            return el('path', {
              'data-id': f.properties.id as string,
              d: d(f),
              fill: 'none',
              stroke: lit(f) ? physicalPalette.riverHighlight : physicalPalette.river,
              'stroke-width': px(width),
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
            });
          }),
      ]),
    );
  }

  // Where the detailed box cuts the land, painted over; then the five's borders.
  out.push(group('seam', worldOf('seam').map((f) => el('path', { d: d(f), fill: 'none', stroke: basemap.land, 'stroke-width': px(3) }))));
  if (vis.states) {
    out.push(
      group(
        'c5-borders',
        countries
          .filter((f) => f.properties.c5)
          .map((f) => {
            const selected = sel?.kind === 'state' && sel.id === f.properties.id;
            return el('path', { 'data-id': f.properties.id, d: d(f), fill: 'none', stroke: basemap.c5Border, 'stroke-width': px(selected ? 2.5 : 1.2), 'stroke-linejoin': 'round' });
          }),
      ),
    );
  }

  // The routes: each leg at its track's status on the day (dash) under its service's halo, in its mode's colour.
  const legs = (req.data.routes?.features ?? [])
    .map((f) => {
      const p = f.properties as unknown as Record<string, unknown> & { route: string; leg: number; mode: Mode; group: RouteGroup; named: boolean };
      const track = statusOnDay<TrackStatus>(p, 'track', TRACK_ORDER, req.day);
      const service = statusOnDay<ServiceStatus>(p, 'service', SERVICE_ORDER, req.day);
      const state = sel?.kind === 'route' && sel.id === p.route ? ('selected' as const) : related.routes.includes(p.route) ? ('related' as const) : null;
      return { f, p, track, service, state, line: d(f) };
    })
    .filter((l) => l.track && l.service && vis[l.p.group] && l.line);
  const legAttrs = (l: (typeof legs)[number]): Attrs => ({
    'data-route': l.p.route,
    'data-leg': l.p.leg,
    'data-mode': l.p.mode,
    'data-selected': l.state === 'selected' ? 'true' : false,
    'data-related': l.state === 'related' ? 'true' : false,
    d: l.line,
    fill: 'none',
    'stroke-linejoin': 'round',
  });
  const dash = (pattern: number[], width: number) => (pattern.length ? pattern.map((n) => r1(n * width)).join(' ') : false);
  const halos: string[] = [];
  for (const status of SERVICE_STATUSES) {
    const halo = serviceHalo(status);
    if (!halo) continue;
    for (const l of legs.filter((x) => x.service === status)) {
      const w = px(routeWidth(10, zoom, l.state));
      halos.push(
        el('path', {
          ...legAttrs(l),
          'data-service': status,
          stroke: modeColour(l.p.mode),
          'stroke-width': w,
          'stroke-opacity': l.p.named === false ? SERVICE_HALO_OPACITY.context : SERVICE_HALO_OPACITY.named,
          'stroke-dasharray': dash(halo.dash, w),
          'stroke-linecap': halo.dash.length ? 'butt' : 'round',
        }),
      );
    }
  }
  const casings = legs.map((l) =>
    el('path', { ...legAttrs(l), stroke: '#ffffff', 'stroke-width': px(routeWidth(4.5, zoom, l.state)), 'stroke-opacity': 0.85, 'stroke-linecap': 'round' }),
  );
  const tracks: string[] = [];
  for (const status of TRACK_STATUSES) {
    const pattern = statusDash(status);
    for (const l of legs.filter((x) => x.track === status)) {
      const w = px(routeWidth(2.5, zoom, l.state));
      tracks.push(
        el('path', {
          ...legAttrs(l),
          'data-track': status,
          stroke: modeColour(l.p.mode),
          'stroke-width': w,
          'stroke-opacity': l.p.named === false ? 0.45 : false,
          'stroke-dasharray': dash(pattern, w),
          'stroke-linecap': pattern.length ? 'butt' : 'round',
        }),
      );
    }
  }
  out.push(group('routes', [group('routes-service', halos), group('routes-casing', casings), group('routes-track', tracks)]));

  // The places as circles: capitals white with a dark ring, the rest dark dots; the selected one larger.
  const places = (req.data.places?.features ?? []).filter(() => vis.places);
  const placeAt = places
    .map((f) => ({ f, xy: inView((f.geometry as Point).coordinates) }))
    .filter((p): p is { f: (typeof places)[number]; xy: [number, number] } => p.xy !== null);
  out.push(
    group(
      'places',
      placeAt.map(({ f, xy }) => {
        const capital = f.properties.kind === 'capital';
        const selected = sel?.kind === 'place' && sel.id === f.properties.id;
        return el('circle', {
          'data-id': f.properties.id,
          'data-selected': selected ? 'true' : false,
          'data-related': related.places.includes(f.properties.id) ? 'true' : false,
          cx: xy[0],
          cy: xy[1],
          r: px(capital ? 4.5 : selected ? 6 : 3.2),
          fill: capital ? '#ffffff' : basemap.place,
          stroke: selected ? basemap.c5FillSelected : basemap.place,
          'stroke-width': px(capital || selected ? 2 : 1),
        });
      }),
    ),
  );

  // The furniture, as the PNG lays it out: the title card, the legend, the attribution. Laid out
  // first, so that no name of the map is written under it.
  const taken: Box[] = [];
  const furniture: string[] = [];
  const card = (x: number, y: number, w: number, h: number) => el('rect', { x, y, width: w, height: h, fill: '#ffffff', 'fill-opacity': 0.93, stroke: '#cfc8b8', 'stroke-width': 1 });
  const blocks = [
    { id: 'title', size: 34, bold: true, colour: '#1f1f1f', lh: 44, text: req.title },
    { id: 'subtitle', size: 20, bold: false, colour: '#4d4a43', lh: 30, text: req.subtitle },
    ...(req.selectionName ? [{ id: 'selection-name', size: 22, bold: true, colour: '#5a3d00', lh: 30, text: req.selectionName }] : []),
  ].map((b) => {
    const lines = wrapText(b.text, 1200 - 48, (t) => textWidth(t, b.size, b.bold));
    return { ...b, lines, width: Math.max(...lines.map((t) => textWidth(t, b.size, b.bold))) };
  });
  const titleW = Math.max(400, ...blocks.map((b) => b.width));
  const titleBottom = 40 + blocks.reduce((n, b) => n + b.lines.length * b.lh, 0);
  taken.push({ x0: 0, y0: 0, x1: titleW + 80, y1: titleBottom + 10 });
  let ty = 40;
  const titleTexts = blocks.map((b) => {
    const tspans = b.lines.map((line, i) => el('tspan', { x: 48, dy: i === 0 ? false : b.lh }, xmlEscape(line))).join('');
    const t = el('text', { id: b.id, x: 48, y: ty + b.size * 0.85, 'font-size': b.size, 'font-weight': b.bold ? 600 : false, fill: b.colour }, tspans);
    ty += b.lines.length * b.lh;
    return t;
  });
  furniture.push(group('title-card', [card(24, 24, titleW + 48, titleBottom - 20), ...titleTexts]));

  const legend: string[] = [];
  const lh = 28;
  const noteLh = 22;
  const lx = 24;
  const need = Math.max(
    0,
    ...req.legend.flatMap((sec) => [
      ...(sec.title ? [textWidth(sec.title, 18, true) + 40] : []),
      ...(sec.note ? [textWidth(sec.note, 15) + 40] : []),
      ...sec.rows.map((r) => textWidth(r.label, 18) + 108),
    ]),
  );
  const lw = Math.min(470, Math.max(300, need));
  const laid = req.legend.map((sec) => ({
    sec,
    title: sec.title ? wrapText(sec.title, lw - 40, (t) => textWidth(t, 18, true)) : [],
    note: sec.note ? wrapText(sec.note, lw - 40, (t) => textWidth(t, 15)) : [],
    rows: sec.rows.map((r) => ({ row: r, lines: wrapText(r.label, lw - 108, (t) => textWidth(t, 18)) })),
  }));
  const contentH = laid.reduce((n, x) => n + x.title.length * lh + (x.note.length ? x.note.length * noteLh + (lh - noteLh) : 0) + x.rows.reduce((m, r) => m + r.lines.length * lh, 0), 0);
  const lhgt = contentH + 40;
  const ly = H - lhgt - 24;
  if (contentH > 0) {
    legend.push(card(lx, ly, lw, lhgt));
    taken.push({ x0: lx, y0: ly, x1: lx + lw, y1: H });
  }
  let y = ly + 20;
  const lines = (ls: string[], size: number, colour: string, step: number, bold = false, x = lx + 20) => {
    const t = el(
      'text',
      { x, y: y + size * 0.85, 'font-size': size, 'font-weight': bold ? 600 : false, fill: colour },
      ls.map((line, i) => el('tspan', { x, dy: i === 0 ? false : step }, xmlEscape(line))).join(''),
    );
    y += ls.length * step;
    return t;
  };
  for (const x of laid) {
    const sec: string[] = [];
    if (x.title.length) sec.push(lines(x.title, 18, '#1f1f1f', lh, true));
    if (x.note.length) {
      sec.push(lines(x.note, 15, '#4d4a43', noteLh));
      y += lh - noteLh;
    }
    for (const { row, lines: rowLines } of x.rows) {
      const sw = row.swatch;
      const parts: string[] = [];
      if (sw.type === 'line') {
        if (sw.halo) parts.push(el('line', { x1: lx + 20, y1: y + 10, x2: lx + 70, y2: y + 10, stroke: sw.halo.colour, 'stroke-width': 16, 'stroke-opacity': sw.halo.opacity, 'stroke-dasharray': dash(sw.halo.dash, 16) }));
        parts.push(el('line', { x1: lx + 20, y1: y + 10, x2: lx + 70, y2: y + 10, stroke: sw.colour, 'stroke-width': 5, 'stroke-dasharray': dash(sw.dash, 5) }));
      } else {
        parts.push(el('rect', { x: lx + 20, y: y + 2, width: 50, height: 16, fill: sw.fill, stroke: sw.stroke, 'stroke-width': 1.5 }));
      }
      parts.push(lines(rowLines, 18, '#1f1f1f', lh, false, lx + 84));
      sec.push(group(`legend-${row.id}`, parts));
    }
    legend.push(group(`legend-${x.sec.id}`, sec));
  }
  furniture.push(group('legend', legend));

  const aw = textWidth(req.attribution, 15);
  taken.push({ x0: W - aw - 48, y0: H - 48, x1: W, y1: H });
  furniture.push(
    group('attribution', [
      card(W - aw - 40, H - 40, aw + 24, 30),
      el('text', { x: W - 28, y: H - 33 + 15 * 0.85, 'text-anchor': 'end', 'font-size': 15, fill: '#333333' }, xmlEscape(req.attribution)),
    ]),
  );

  // The labels, as text: the states' names first (they win overlaps, as on the map), then capitals, then places.
  const textAttrs = (size: number, fill: string, halo: number): Attrs => ({
    'font-size': size,
    fill,
    stroke: '#ffffff',
    'stroke-width': halo,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  });
  const labelsOut: string[] = [];
  /** Takes the box for a label if it lies inside the drawing and clear of every label placed before. */
  const claim = (...boxes: Box[]): boolean => {
    if (boxes.some((box) => box.x0 < 0 || box.x1 > W || box.y0 < 0 || box.y1 > H || taken.some((b) => overlaps(b, box)))) return false;
    taken.push(...boxes);
    return true;
  };
  // Names along lines: a path for each in <defs>, the text on it with <textPath>, so that it stays
  // editable text. On each stretch of line, about every `spacing` px, the clear place nearest the middle.
  const labelPaths: string[] = [];
  const alongLines = (text: string, lines: Pt[][], size: number, letterSpacing: number, spacing: number, maxAngle: number, a: Attrs) => {
    const length = textWidth(text, size) + text.length * letterSpacing * size + size;
    const clear = (piece: Pt[]) => claim(...boxesAlong(piece, size * 1.2));
    for (const line of lines) {
      for (const piece of lineLabelPaths(line, { width: W, height: H, length, spacing: px(spacing), maxAngle, angleWindow: size }, clear)) {
        const id = `label-path-${labelPaths.length + 1}`;
        labelPaths.push(el('path', { id, d: `M${piece.map((p) => `${r1(p[0])},${r1(p[1])}`).join('L')}` }));
        labelsOut.push(
          el(
            'text',
            { dy: r1(size * 0.35), 'letter-spacing': letterSpacing ? r1(size * letterSpacing) : false, ...a },
            el('textPath', { 'xlink:href': `#${id}`, startOffset: '50%', 'text-anchor': 'middle' }, xmlEscape(text)),
          ),
        );
      }
    }
  };
  /**
   * A line's coordinates on the drawing, a polyline per part. d3-geo draws each segment as a great
   * circle, curved on Mercator; long segments (a leg is often two points) are followed every half
   * degree, so that a name along the line sits on the line drawn rather than on its chord.
   */
  const screenLines = (g: Geometry): Pt[][] => {
    const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    const STEP = Math.PI / 360;
    return parts.map((part) => {
      const pts: [number, number][] = [];
      part.forEach((p, i) => {
        const b = p as [number, number];
        if (i > 0) {
          const a = part[i - 1] as [number, number];
          const n = Math.ceil(geoDistance(a, b) / STEP);
          const along = geoInterpolate(a, b);
          for (let k = 1; k < n; k++) pts.push(along(k / n));
        }
        pts.push(b);
      });
      return pts.map((p) => (projection(p) ?? [NaN, NaN]) as Pt);
    });
  };
  const place = (text: string, x: number, y: number, size: number, a: Attrs, anchorTop = false, spacing = 0): boolean => {
    const w = textWidth(text, size) + text.length * spacing * size;
    if (!claim({ x0: x - w / 2, y0: anchorTop ? y : y - size * 0.8, x1: x + w / 2, y1: anchorTop ? y + size * 1.1 : y + size * 0.3 })) return false;
    labelsOut.push(el('text', { x, y: anchorTop ? y + size * 0.85 : y, 'text-anchor': 'middle', ...a }, xmlEscape(text)));
    return true;
  };
  const peak = (name: string, elevation: number | null, [x, y]: [number, number]) => {
    const size = px(10.5);
    const small = size * 0.85;
    const metres = elevation === null ? null : `${new Intl.NumberFormat(labels.locale).format(elevation)} ${labels.metre}`;
    const w = Math.max(textWidth(name, size), metres ? textWidth(metres, small) : 0);
    const top = y + size * 0.4;
    if (!claim({ x0: x - w / 2, y0: y - 3, x1: x + w / 2, y1: top + size * 1.1 + (metres ? small * 1.2 : 0) })) return;
    const lines = [el('tspan', { x, dy: 0 }, xmlEscape(name)), metres ? el('tspan', { x, dy: r1(small * 1.2), 'font-size': r1(small) }, xmlEscape(metres)) : ''];
    labelsOut.push(
      el('g', { class: 'peak' }, [
        el('circle', { cx: r1(x), cy: r1(y), r: px(2.2), fill: physicalPalette.peak, stroke: '#ffffff', 'stroke-width': px(0.8) }),
        el('text', { x, y: r1(top + size * 0.85), 'text-anchor': 'middle', ...textAttrs(size, physicalPalette.peak, px(1.2)) }, lines.join('')),
      ].join('')),
    );
  };
  const countryLabels = (req.data.countries?.features ?? []).slice().sort((a, b) => Number(b.properties.c5) - Number(a.properties.c5));
  for (const f of countryLabels) {
    const xy = inView(f.properties.label);
    if (!xy) continue;
    const name = names.countries?.[f.properties.id] ?? f.properties.name;
    const size = px(f.properties.c5 ? 14 : 11);
    place(name.toLocaleUpperCase(labels.locale), xy[0], xy[1], size, {
      'data-id': f.properties.id,
      class: 'country-label',
      'letter-spacing': r1(size * 0.08),
      ...textAttrs(size, f.properties.c5 ? basemap.c5Border : '#7a766d', px(1.2)),
    }, false, 0.08);
  }
  const placeOrder = placeAt.slice().sort((a, b) => Number(b.f.properties.kind === 'capital') - Number(a.f.properties.kind === 'capital'));
  for (const { f, xy } of placeOrder) {
    const name = names.places?.[f.properties.id] ?? f.properties.name;
    const size = px(f.properties.kind === 'capital' ? 13 : 11);
    const selected = sel?.kind === 'place' && sel.id === f.properties.id;
    const ok = place(name, xy[0], xy[1] + size * 0.5, size, { 'data-id': f.properties.id, class: 'place-label', 'font-weight': selected ? 600 : false, ...textAttrs(size, basemap.label, px(1.3)) }, true);
    if (!ok && selected) labelsOut.push(el('text', { x: xy[0], y: xy[1] + size * 1.35, 'text-anchor': 'middle', 'data-id': f.properties.id, class: 'place-label', ...textAttrs(size, basemap.label, px(1.3)) }, xmlEscape(name)));
  }
  // Each leg's mode along it, as the map writes it from zoom 4.5: the second channel for mode.
  if (zoom >= MODE_WORD_MINZOOM) {
    for (const l of legs) {
      const size = px(10);
      alongLines(modeNoun[l.p.mode], screenLines(l.f.geometry), size, 0, 260, 45, { class: 'mode-label', 'data-route': l.p.route, ...textAttrs(size, basemap.label, px(1.6)) });
    }
  }
  /** A physical feature's name in the reader's language: keyed by its id, or by its English name where it has none (data/names-ru.ts). */
  const physicalName = (f: Feature<Geometry, Record<string, unknown>>, english: string) => names.physical?.[typeof f.properties.id === 'string' ? f.properties.id : english] ?? english;
  if (vis.physical) {
    for (const f of physical) {
      const k = f.properties.kind;
      const nameEn = typeof f.properties.name === 'string' ? f.properties.name : null;
      if (!nameEn || !fromZoom(f)) continue;
      if (typeof f.properties.maxzoom === 'number' && zoom >= f.properties.maxzoom) continue;
      const name = physicalName(f, nameEn);
      if (f.geometry.type === 'Point' && k !== 'peak' && k !== 'pass') {
        const xy = inView(f.geometry.coordinates);
        const size = px(11);
        if (xy) place(k === 'range' ? name.toLocaleUpperCase(labels.locale) : name, xy[0], xy[1], size, { class: 'landform-label', 'font-style': 'italic', 'letter-spacing': k === 'range' ? r1(size * 0.18) : false, ...textAttrs(size, k === 'desert' ? physicalPalette.desertLabel : physicalPalette.landformLabel, px(1)) }, false, k === 'range' ? 0.18 : 0.06);
      } else if ((k === 'peak' || k === 'pass') && f.geometry.type === 'Point' && Math.floor(zoom) >= PEAK_MINZOOM) {
        // As the map's peak layers: a dot, the name under it and the elevation in the reader's way of writing it.
        const xy = inView(f.geometry.coordinates);
        if (xy) peak(name, typeof f.properties.elevation === 'number' ? f.properties.elevation : null, xy);
      } else if (k === 'lake') {
        const c = path.centroid(forD3(f.geometry) as GeoPermissibleObjects);
        if (c.every(Number.isFinite)) place(name, c[0], c[1], px(11), { class: 'water-label', 'font-style': 'italic', ...textAttrs(px(11), physicalPalette.waterLabel, px(1.2)) });
      }
    }
    // The rivers' names along them, bigger rivers first, at the map's size for the zoom (10 px at 4, 12 at 8).
    const riverSize = px(10 + (Math.min(8, Math.max(4, zoom)) - 4) / 2);
    const rivers = physical.filter((f) => f.properties.kind === 'river' && typeof f.properties.name === 'string' && fromZoom(f));
    rivers.sort((a, b) => Number(a.properties.rank ?? 99) - Number(b.properties.rank ?? 99));
    for (const f of rivers) {
      alongLines(physicalName(f, f.properties.name as string), screenLines(f.geometry), riverSize, 0.05, 250, 90, { class: 'river-label', 'data-id': f.properties.id as string | undefined, 'font-style': 'italic', ...textAttrs(riverSize, physicalPalette.waterLabel, px(1.2)) });
    }
  }

  const lang = req.lang ?? 'en';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs({ version: '1.1', width: W * s, height: H * s, viewBox: `0 0 ${W} ${H}`, 'xml:lang': lang, 'font-family': FONT })}>`,
    el('title', {}, xmlEscape(req.selectionName ? `${req.title} · ${req.selectionName}` : req.title)),
    el('defs', {}, el('clipPath', { id: 'view' }, el('rect', { x: 0, y: 0, width: W, height: H })) + labelPaths.join('')),
    el('rect', { id: 'background', x: 0, y: 0, width: W, height: H, fill: basemap.water }),
    group('map', out, { 'clip-path': 'url(#view)' }),
    group('labels', labelsOut, { 'clip-path': 'url(#view)' }),
    group('furniture', furniture),
    '</svg>\n',
  ].join('');
}

/** Reads a GeoJSON file the page can reach (the single file answers from its inlined copies); null if it cannot. */
async function fetchGeo<T>(url: string, fetchImpl: typeof fetch): Promise<T | null> {
  try {
    const res = await fetchImpl(url);
    if (!res.ok) return null;
    const v = (await res.json()) as { type?: string };
    return v && v.type === 'FeatureCollection' ? (v as T) : null;
  } catch {
    return null;
  }
}

/** Draws the SVG with the world beyond the box and the full boundaries where they can be read. */
export async function renderSvg(req: ExportRequest, fetchImpl: typeof fetch = fetch, base: string = document.baseURI): Promise<Blob> {
  // The physical detail only when the view is close enough to draw it, as the map loads it.
  const detail = fitView(req).zoom >= DETAIL_MINZOOM && req.visibility.physical;
  const [world, countries, physicalDetail] = await Promise.all([
    fetchGeo<SvgExtra['world']>(new URL('geo/world.geojson', base).href, fetchImpl),
    fetchGeo<SvgExtra['countries']>(new URL('geo/countries.geojson', base).href, fetchImpl),
    detail ? fetchGeo<SvgExtra['physicalDetail']>(new URL('geo/physical-detail.geojson', base).href, fetchImpl) : Promise.resolve(null),
  ]);
  const svg = drawSvg(req, { world: world ?? undefined, countries: countries ?? undefined, physicalDetail: physicalDetail ?? undefined });
  return new Blob([svg], { type: 'image/svg+xml' });
}
