// MapLibre's stylesheet as the build ships it: the parts the atlas draws keep their rules, the parts
// it never creates lose theirs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimMapLibreCss } from '../../scripts/build/maplibre-css';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = trimMapLibreCss(css);

describe("MapLibre's stylesheet, trimmed", () => {
  it('keeps what the map, the zoom buttons, the attribution and cooperative gestures need', () => {
    for (const rule of [
      '.maplibregl-map{',
      '.maplibregl-canvas{',
      '.maplibregl-ctrl-top-right{',
      '.maplibregl-ctrl-group button{',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon{',
      '.maplibregl-ctrl.maplibregl-ctrl-attrib{',
      '.maplibregl-cooperative-gesture-screen{',
    ]) {
      expect(css, rule).toContain(rule);
      expect(trimmed, rule).toContain(rule);
    }
  });

  it('drops popups, markers, the compass, geolocation and the logo, and splits shared rules', () => {
    for (const part of ['popup', 'marker', 'ctrl-compass', 'ctrl-geolocate', 'ctrl-logo', 'ctrl-fullscreen', 'user-location']) {
      expect(css).toContain(`.maplibregl-${part}`);
      expect(trimmed).not.toContain(`.maplibregl-${part}`);
    }
    // A rule shared by the canvas and the compass keeps the canvas's selector.
    expect(trimmed).toContain('.maplibregl-canvas-container.maplibregl-interactive{cursor:grab');
    expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(css).length / 3);
  });

  it('stays a balanced stylesheet', () => {
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
    expect(trimMapLibreCss(trimmed)).toBe(trimmed);
  });
});
