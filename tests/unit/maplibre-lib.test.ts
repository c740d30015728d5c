// The React wrapper gets a MapLibre of only the parts the atlas uses (src/map/maplibreLib.ts, by the
// build plugin in scripts/build/maplibre-lib.ts): every class a wrapper component the app imports
// makes with `new mapLib.X(…)` must be in it, or the map would fail at run time, not at build time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWrapper, MAPLIBRE_LIB, maplibreForWrapperPlugin } from '../../scripts/build/maplibre-lib';

const WRAPPER = 'node_modules/@vis.gl/react-maplibre/dist';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The wrapper's components the app imports as values (type-only imports make nothing). */
function componentsUsed(): string[] {
  const names = new Set<string>();
  for (const file of sources('src')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@vis\.gl\/react-maplibre'/g)) {
      if (m[1]) continue;
      for (const spec of m[2].split(',').map((s) => s.trim()).filter(Boolean)) {
        if (!spec.startsWith('type ')) names.add(spec.split(/\s+as\s+/)[0]);
      }
    }
  }
  return [...names];
}

/** What a wrapper file reads from the map library it was given. */
const mapLibReads = (file: string) => [...readFileSync(file, 'utf8').matchAll(/mapLib\.(\w+)/g)].map((m) => m[1]);

/** The names src/map/maplibreLib.ts exports. */
function shimExports(): string[] {
  const text = readFileSync(MAPLIBRE_LIB, 'utf8').replace(/\/\/.*$/gm, '');
  const list = /export\s*\{([^}]*)\}\s*from\s*'maplibre-gl'/.exec(text)?.[1] ?? '';
  return list.split(',').map((s) => s.trim()).filter(Boolean);
}

describe("the wrapper's MapLibre", () => {
  it('holds every class and function the wrapper components the app uses read from it', () => {
    const used = componentsUsed();
    expect(used).toContain('Map');
    const needed = new Set(['Map', ...mapLibReads(join(WRAPPER, 'utils/set-globals.js'))]);
    for (const name of used) {
      const kebab = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
      const file = join(WRAPPER, 'components', `${kebab}.js`);
      if (existsSync(file)) mapLibReads(file).forEach((n) => needed.add(n));
    }
    const have = shimExports();
    for (const n of needed) expect(have, `src/map/maplibreLib.ts must export ${n}`).toContain(n);
  });

  it("is handed to the wrapper's code only; the app's own imports get MapLibre itself", () => {
    const wrapperFile = join(dirname(createRequire(import.meta.url).resolve('@vis.gl/react-maplibre')), 'components/map.js');
    expect(isWrapper(wrapperFile)).toBe(true);
    expect(isWrapper('/p/src/map/worker.ts')).toBe(false);
    expect(isWrapper(undefined)).toBe(false);
    const resolveId = maplibreForWrapperPlugin().resolveId as (s: string, i?: string) => string | null;
    expect(resolveId('maplibre-gl', wrapperFile)).toBe(MAPLIBRE_LIB);
    expect(resolveId('maplibre-gl', '/p/src/map/worker.ts')).toBeNull();
    expect(resolveId('react', wrapperFile)).toBeNull();
  });
});
