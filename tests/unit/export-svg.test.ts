// @vitest-environment jsdom
// "Export SVG": the view as a vector drawing, from the real data in node. It must open as SVG, hold
// the selection lit, write the title, the legend and the attribution as text, name the map in the
// reader's language, and draw nothing outside the view. Parsed with jsdom's DOMParser, as a browser would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, SOURCE_LOCALE } from '../../src/i18n';
import { t } from '../../src/i18n/later';
import { loadLanguage } from '../../src/i18n/langs';
import { labelLanguage, setNamesLang } from '../../src/i18n/names';
import { drawSvg, fitView, svgFileName, xmlEscape } from '../../src/map/exportSvg';
import { DETAIL_MINZOOM, PEAK_MINZOOM } from '../../src/map/physical';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportRequest } from '../../src/map/exportPng';
import { drawnStatuses, legendModel } from '../../src/map/legend';
import { basemap } from '../../src/map/palette';
import { ALL_VISIBLE } from '../../src/map/style';
import { NO_RELATED } from '../../src/map/types';
import { EVIDENCE_DAY } from '../../data/evidence';
import { loadRealData } from '../support/real-data';
import type { GeoLoad } from '../../src/data/geo';

const SVG_NS = 'http://www.w3.org/2000/svg';
let geo: GeoLoad;

beforeAll(async () => {
  geo = (await loadRealData()).geo;
});

function request(over: Partial<ExportRequest> = {}): ExportRequest {
  const day = over.day ?? EVIDENCE_DAY;
  return {
    data: geo.data,
    visibility: ALL_VISIBLE,
    fonts: { latin: '', latinExt: '', cyrillic: '' },
    glyphs: '',
    day,
    bounds: [
      [46, 35],
      [88, 56],
    ],
    scale: 1,
    title: t('export.title'),
    subtitle: t('export.subtitle'),
    selectionName: null,
    selected: null,
    related: NO_RELATED,
    legend: legendModel({ visibility: ALL_VISIBLE, day, statuses: drawnStatuses(geo.data.routeMeta ?? [], ALL_VISIBLE, day) }),
    attribution: t('export.attribution', { sources: t('map.attribution') }),
    labels: labelLanguage(),
    ...over,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('Export SVG', () => {
  it('is well-formed SVG with the slide size and a view box', () => {
    // The parser does report a broken file, so a clean parse below means something.
    expect(new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'image/svg+xml').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
    const doc = parse(drawSvg(request()));
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.getAttribute('height')).toBe('1080');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
    const four = parse(drawSvg(request({ scale: 2 }))).documentElement;
    expect([four.getAttribute('width'), four.getAttribute('height'), four.getAttribute('viewBox')]).toEqual(['3840', '2160', '0 0 1920 1080']);
    for (const id of ['countries', 'routes', 'places', 'labels', 'legend', 'attribution', 'title-card']) expect(doc.getElementById(id), id).not.toBeNull();
  });

  it('is the same file for the same view, with coordinates to one decimal', () => {
    const a = drawSvg(request());
    expect(drawSvg(request())).toBe(a);
    const numbers = [...a.matchAll(/ d="([^"]*)"/g)].flatMap((m) => m[1].match(/-?\d+(\.\d+)?/g) ?? []);
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.every((n) => !/\.\d\d/.test(n))).toBe(true);
    // Small enough to mail: well under a megabyte.
    expect(a.length).toBeLessThan(1_000_000);
  });

  it('lights the selected state and names it in the title card', () => {
    const doc = parse(drawSvg(request({ selected: { kind: 'state', id: 'KAZ' }, selectionName: 'Kazakhstan' })));
    const kaz = doc.querySelector('#countries [data-id="KAZ"]');
    expect(kaz).not.toBeNull();
    expect(kaz?.getAttribute('fill')).toBe(basemap.c5FillSelected);
    expect(kaz?.getAttribute('data-selected')).toBe('true');
    expect(doc.querySelector('#countries [data-id="UZB"]')?.getAttribute('fill')).not.toBe(basemap.c5FillSelected);
    expect(doc.getElementById('selection-name')?.textContent).toBe('Kazakhstan');
    // Wound for d3 (outer rings clockwise): a state is its own shape, not the globe around it.
    const xs = (kaz?.getAttribute('d')?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
    const uzb = (doc.querySelector('#countries [data-id="UZB"]')?.getAttribute('d')?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 0);
    expect(Math.min(...uzb)).toBeGreaterThan(100);
    expect(Math.max(...uzb) - Math.min(...uzb)).toBeLessThan(1000);
    expect(Math.max(...xs)).toBeGreaterThan(Math.max(...uzb));
  });

  it('draws a selected route’s legs wider, in its mode’s colour, at the day’s status', () => {
    const route = geo.data.routeMeta?.find((r) => r.id === 'middle-corridor-core');
    expect(route).toBeDefined();
    const doc = parse(drawSvg(request({ selected: { kind: 'route', id: 'middle-corridor-core' } })));
    const legs = [...doc.querySelectorAll('#routes-track [data-route="middle-corridor-core"]')];
    expect(legs.length).toBeGreaterThan(0);
    expect(legs.every((l) => l.getAttribute('data-selected') === 'true')).toBe(true);
    const other = doc.querySelector('#routes-track path:not([data-route="middle-corridor-core"])');
    expect(Number(legs[0].getAttribute('stroke-width'))).toBeGreaterThan(Number(other?.getAttribute('stroke-width')));
  });

  it('writes the title, the legend and the attribution as text, escaped for XML', () => {
    const title = 'Routes & ports <draft> "A" \u2019s';
    const doc = parse(drawSvg(request({ title })));
    expect(doc.getElementById('title')?.textContent).toBe(title);
    const legend = texts(doc, '#legend text').join(' ');
    expect(legend).toContain(t('legend.modes'));
    expect(legend).toContain(t('legend.c5State'));
    expect(doc.querySelector('#attribution text')?.textContent).toBe(t('export.attribution', { sources: t('map.attribution') }));
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('writes the map’s names as text a designer can edit', () => {
    const doc = parse(drawSvg(request()));
    const labels = texts(doc, '#labels text');
    expect(labels).toContain('KAZAKHSTAN');
    expect(labels).toContain('Astana');
  });

  it('writes no name of the map under the title card, the legend or the attribution', () => {
    // The second view is close enough for the modes along the routes (zoom ≥ 4.5).
    for (const bounds of [[[40, 36], [80, 52]], [[48, 38], [62, 46]]] as ExportRequest['bounds'][]) {
      const doc = parse(drawSvg(request({ bounds })));
      const cards = [...doc.querySelectorAll('#furniture rect[fill-opacity]')].map((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))));
      expect(cards).toHaveLength(3);
      const under = (x: number, y: number) => cards.some(([cx, cy, w, h]) => x >= cx && x <= cx + w && y >= cy && y <= cy + h);
      let alongLines = 0;
      for (const label of doc.querySelectorAll('#labels text')) {
        const on = label.querySelector('textPath')?.getAttribute('xlink:href');
        if (on) {
          // A name along a line: every point of its path.
          alongLines++;
          const nums = doc.getElementById(on.slice(1))?.getAttribute('d')?.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
          for (let i = 0; i + 1 < nums.length; i += 2) expect(under(nums[i], nums[i + 1]), label.textContent ?? '').toBe(false);
        } else {
          const [x, y] = ['x', 'y'].map((a) => Number(label.getAttribute(a)));
          expect(under(x, y), label.textContent ?? '').toBe(false);
        }
      }
      expect(alongLines).toBeGreaterThan(0);
    }
  });

  it('draws nothing outside the view', () => {
    // A narrow view: most of the map lies beyond it.
    const doc = parse(drawSvg(request({ bounds: [[68, 40], [72, 43]] })));
    for (const p of doc.querySelectorAll('#map path')) {
      const nums = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      for (let i = 0; i + 1 < nums.length; i += 2) {
        expect(nums[i]).toBeGreaterThanOrEqual(-0.1);
        expect(nums[i]).toBeLessThanOrEqual(1920.1);
        expect(nums[i + 1]).toBeGreaterThanOrEqual(-0.1);
        expect(nums[i + 1]).toBeLessThanOrEqual(1080.1);
      }
    }
    for (const c of doc.querySelectorAll('#places circle')) {
      expect(Number(c.getAttribute('cx'))).toBeLessThanOrEqual(1920);
      expect(Number(c.getAttribute('cy'))).toBeLessThanOrEqual(1080);
    }
    expect(doc.getElementById('map')?.getAttribute('clip-path')).toBe('url(#view)');
  });

  it('draws the physical detail and the peaks with their elevations close in (zoom 7), as the map does, and not far out', () => {
    const physicalDetail = JSON.parse(readFileSync(resolve('public/geo/physical-detail.geojson'), 'utf8'));
    // The Pamirs around Ismoil Somoni (72.02° E, 38.93° N): a box small enough for the zoom cap.
    const pamirs: ExportRequest['bounds'] = [
      [71.5, 38.6],
      [72.5, 39.2],
    ];
    expect(Math.floor(fitView({ bounds: pamirs }).zoom)).toBeGreaterThanOrEqual(PEAK_MINZOOM);
    const close = parse(drawSvg(request({ bounds: pamirs }), { physicalDetail }));
    const peaks = [...close.querySelectorAll('#labels g.peak text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent));
    expect(peaks).toContainEqual(['Pik Imeni Ismail Samani', '7,495 m']);
    expect(close.querySelectorAll('#labels g.peak circle').length).toBe(peaks.length);
    // Far out (the default view, zoom < 6): neither the detail nor a peak, and renderSvg does not fetch it.
    expect(fitView(request()).zoom).toBeLessThan(DETAIL_MINZOOM);
    const far = drawSvg(request(), { physicalDetail });
    expect(far).toBe(drawSvg(request()));
    expect(parse(far).querySelectorAll('g.peak')).toHaveLength(0);
  });

  it('draws each river, lake and glacier once close in: the detail replaces the first view’s water, as on the map', () => {
    const physicalDetail = JSON.parse(readFileSync(resolve('public/geo/physical-detail.geojson'), 'utf8'));
    const fergana: ExportRequest['bounds'] = [
      [69.5, 39.8],
      [73.5, 41.8],
    ];
    expect(fitView({ bounds: fergana }).zoom).toBeGreaterThanOrEqual(DETAIL_MINZOOM);
    const doc = parse(drawSvg(request({ bounds: fergana }), { physicalDetail }));
    for (const id of ['syr-darya', 'naryn', 'toktogul-reservoir']) expect(doc.querySelectorAll(`#water path[data-id="${id}"]`), id).toHaveLength(1);
    expect(doc.querySelectorAll('#water path[fill="none"]').length).toBeGreaterThan(16);
    // Far out the first view's water is drawn as it was.
    expect(parse(drawSvg(request())).querySelectorAll('#water path[data-id="syr-darya"]')).toHaveLength(1);
  });

  it('writes each leg’s mode along it from zoom 4.5, and each river’s name along it, as text on a path in the file', () => {
    const caspian: ExportRequest['bounds'] = [
      [48, 38],
      [62, 46],
    ];
    expect(fitView({ bounds: caspian }).zoom).toBeGreaterThanOrEqual(4.5);
    const doc = parse(drawSvg(request({ bounds: caspian })));
    const along = (cls: string) => [...doc.querySelectorAll(`#labels text.${cls} textPath`)];
    expect(new Set(along('mode-label').map((t) => t.textContent))).toEqual(new Set(['rail', 'sea']));
    expect(along('river-label').map((t) => t.textContent)).toContain('Amu Darya');
    for (const t of [...along('mode-label'), ...along('river-label')]) {
      const path = doc.getElementById((t.getAttribute('xlink:href') ?? '').slice(1));
      expect(path?.closest('defs'), t.textContent ?? '').not.toBeNull();
      // Written left to right, so that no name is upside down.
      const xs = (path?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number).filter((_, i) => i % 2 === 0) ?? [];
      expect(xs[0]).toBeLessThanOrEqual(xs[xs.length - 1]);
    }
    // On the line as drawn: d3-geo draws a leg as a great circle, curved on Mercator, and each point
    // of a mode's path lies within 1 px of that curve (the straight chord strays up to about 6 px).
    const points = (d: string | null) => {
      const n = d?.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i], n[i + 1]] as const] : []));
    };
    const toSegment = ([x, y]: readonly number[], [ax, ay]: readonly number[], [bx, by]: readonly number[]) => {
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      return Math.hypot(x - ax - t * dx, y - ay - t * dy);
    };
    for (const t of doc.querySelectorAll('#labels text.mode-label')) {
      const legs = [...doc.querySelectorAll(`#routes-track path[data-route="${t.getAttribute('data-route')}"]`)].map((l) => points(l.getAttribute('d')));
      const path = doc.getElementById((t.querySelector('textPath')?.getAttribute('xlink:href') ?? '').slice(1));
      for (const p of points(path?.getAttribute('d') ?? null)) {
        const off = Math.min(...legs.flatMap((leg) => leg.slice(1).map((b, i) => toSegment(p, leg[i], b))));
        expect(off, `${t.textContent} on ${t.getAttribute('data-route')}`).toBeLessThan(1);
      }
    }
    // Further out than zoom 4.5 the map writes no mode, and neither does the SVG.
    expect(fitView(request()).zoom).toBeLessThan(4.5);
    expect(parse(drawSvg(request())).querySelectorAll('#labels text.mode-label')).toHaveLength(0);
  });

  it('names the file as the PNG does, with .svg', () => {
    expect(svgFileName('Kazakhstan', new Date('2026-11-28T12:00:00Z'))).toBe('corridor-atlas-kazakhstan-2026-11-28.svg');
    expect(svgFileName(null, new Date('2026-11-28T12:00:00Z'))).toBe('corridor-atlas-overview-2026-11-28.svg');
  });
});

describe('Export SVG in Russian', () => {
  beforeAll(async () => {
    await loadLanguage('ru');
  });
  afterAll(() => {
    activate(SOURCE_LOCALE);
    setNamesLang('en');
  });

  it('names the states and places in Russian, and the legend in Russian', () => {
    const doc = parse(drawSvg(request({ lang: 'ru' })));
    const labels = texts(doc, '#labels text');
    expect(labels).toContain('КАЗАХСТАН');
    expect(labels).toContain('Астана');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ru');
    expect(texts(doc, '#legend text').join(' ')).toMatch(/[\u0400-\u04ff]/);
  });

  it('writes the modes along the routes in Russian', () => {
    const doc = parse(drawSvg(request({ lang: 'ru', labels: labelLanguage(), bounds: [[48, 38], [62, 46]] })));
    expect(new Set(texts(doc, '#labels text.mode-label'))).toEqual(new Set(['железная дорога', 'море']));
  });

  it('writes a peak’s name and elevation the Russian way («7 495 м», digits grouped by U+00A0)', () => {
    const physicalDetail = JSON.parse(readFileSync(resolve('public/geo/physical-detail.geojson'), 'utf8'));
    const doc = parse(drawSvg(request({ lang: 'ru', labels: labelLanguage(), bounds: [[71.5, 38.6], [72.5, 39.2]] }), { physicalDetail }));
    const peaks = [...doc.querySelectorAll('#labels g.peak text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent));
    expect(peaks).toContainEqual(['Пик Исмоила Сомони', '7\u00a0495 м']);
  });
});
