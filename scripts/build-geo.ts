// `npm run geo`: world-atlas + the GeoNames gazetteer + data/places.ts and data/routes.ts →
// public/geo. Everything is computed and validated in memory first; files are written only when all
// of it is sound, each through a temp file and a rename, so a bad source never leaves half a build.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import type { LineDef, PlaceDef, RouteDef } from '../data/types';
import { lines as curatedLines } from '../data/lines';
import { places as curatedPlaces } from '../data/places';
import { routes as curatedRoutes } from '../data/routes';
import { buildCountries, buildLowCountries, CASPIAN_PROBE, type CountryCollection } from './geo/countries';
import { lookupGeonames } from './geo/gazetteer';
import { CountryIndex } from './geo/geometry';
import { buildPhysical, PHYSICAL_FILES } from './geo/physical';
import { buildPlaceDetails, buildPlaces, buildRouteLegs, buildRouteMeta, resolvePlaces } from './geo/routes';
import { buildWorld, worldParts } from './geo/world';
import { onlyEnglish } from './build/content-langs';
import { NAMES_RU_FILE, writeLabelsRu } from './geo/labels-ru';
import {
  COUNTRIES_FILE,
  formatError,
  validateCountries,
  validateFeatureCollection,
  validateSources,
  type BuildError,
} from './geo/validate';

export const OUTPUT_FILES = ['countries.geojson', 'countries-low.geojson', 'places.geojson', 'routes.geojson', 'routes.json', ...PHYSICAL_FILES, 'world.geojson'] as const;
/** Written into src/data/: the place panel imports it, so it loads with the panel's code, never in the first view. */
export const PLACE_DETAILS_FILE = 'place-details.json';
export type OutputFile = (typeof OUTPUT_FILES)[number];

export interface BuildInput {
  places: readonly PlaceDef[];
  routes: readonly RouteDef[];
  /** The infrastructure the routes run over; the curated lines when absent. */
  lines?: readonly LineDef[];
  /** Pass a prebuilt country layer to skip the (slow) boundary step, e.g. in tests. */
  countries?: CountryCollection;
  /** Likewise for the first view's coarse boundaries; built from `countries` when absent. */
  countriesLow?: CountryCollection;
}

export type BuildResult = { ok: true; files: Record<OutputFile, string>; placeDetails: string } | { ok: false; errors: BuildError[] };

/** One feature per line: small diffs in git, still compact. Key order is fixed by construction. */
export function stringifyFeatureCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const COUNTRIES_LOW_FILE = 'public/geo/countries-low.geojson';

const propId = (f: Feature) => String((f.properties as { id?: unknown } | null)?.id ?? '(no id)');

/** The whole pipeline, in memory. Deterministic: the same input gives the same strings. */
export function buildGeo(input: BuildInput = { places: curatedPlaces, routes: curatedRoutes }): BuildResult {
  const countries = input.countries ?? buildCountries();
  const lines = input.lines ?? curatedLines;
  const gazetteer = lookupGeonames(input.places.flatMap((p) => (p.geonameId !== undefined ? [p.geonameId] : [])));
  const sourceErrors = [...validateCountries(countries, CASPIAN_PROBE), ...validateSources(input.places, input.routes, lines, countries, gazetteer)];
  if (sourceErrors.length > 0) return { ok: false, errors: sourceErrors };

  // Only once the sources are sound: a broken source fails fast, without the second cut.
  const countriesLow = input.countriesLow ?? buildLowCountries(countries);
  const index = new CountryIndex(countries.features);
  const coords = resolvePlaces(input.places, gazetteer);
  const places = buildPlaces(input.places, coords, input.routes);
  const legs = buildRouteLegs(input.routes, coords, lines);
  const meta = buildRouteMeta(input.routes, coords, index, lines);

  const outputErrors = [
    ...validateFeatureCollection(COUNTRIES_FILE, countries, propId),
    ...validateFeatureCollection(COUNTRIES_LOW_FILE, countriesLow, propId),
    ...validateFeatureCollection('public/geo/places.geojson', places, propId),
    ...validateFeatureCollection('public/geo/routes.geojson', legs, (f) => {
      const p = f.properties as { route: string; leg: number };
      return `${p.route}#${p.leg}`;
    }),
  ];
  if (outputErrors.length > 0) return { ok: false, errors: outputErrors };
  // Rivers, lakes, ice and landform names from Natural Earth (scripts/geo/physical.ts).
  const physical = buildPhysical(countries);
  if (!physical.ok) return { ok: false, errors: physical.errors };
  // The world beyond the box at low detail (scripts/geo/world.ts), meeting both levels of the boundaries.
  const world = buildWorld([countries, countriesLow]);
  const worldErrors = validateFeatureCollection('public/geo/world.geojson', worldParts(world), propId);
  if (worldErrors.length > 0) return { ok: false, errors: worldErrors };

  return {
    ok: true,
    files: {
      'countries.geojson': stringifyFeatureCollection(countries),
      'countries-low.geojson': stringifyFeatureCollection(countriesLow),
      'places.geojson': stringifyFeatureCollection(places),
      'routes.geojson': stringifyFeatureCollection(legs),
      // English only: the other languages go to their tables (npm run content:langs), loaded when chosen.
      'routes.json': `${JSON.stringify(onlyEnglish(meta), null, 2)}\n`,
      ...physical.files,
      'world.geojson': stringifyFeatureCollection(world),
    },
    placeDetails: `${JSON.stringify(onlyEnglish(buildPlaceDetails(places, input.places)), null, 1)}\n`,
  };
}

/** Temp files first, renames last: a crash mid-way leaves the previous outputs readable. */
export function writeOutputs(dir: string, files: Record<OutputFile, string>): void {
  mkdirSync(dir, { recursive: true });
  const tmp = OUTPUT_FILES.map((name) => {
    const path = join(dir, `.${name}.tmp`);
    writeFileSync(path, files[name]);
    return [path, join(dir, name)] as const;
  });
  for (const [from, to] of tmp) renameSync(from, to);
}

export const DEFAULT_OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../public/geo');

/** `--places FILE --routes FILE --out DIR` replace the defaults (used by the tests' broken sources). */
function parseArgs(argv: readonly string[]): { places?: string; routes?: string; out: string; outGiven: boolean } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { places: value('--places'), routes: value('--routes'), out: resolve(value('--out') ?? DEFAULT_OUT_DIR), outGiven: value('--out') !== undefined };
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const places = args.places ? ((await import(pathToFileURL(resolve(args.places)).href)) as { places: PlaceDef[] }).places : curatedPlaces;
    const routes = args.routes ? ((await import(pathToFileURL(resolve(args.routes)).href)) as { routes: RouteDef[] }).routes : curatedRoutes;
    const result = buildGeo({ places, routes });
    if (!result.ok) {
      // One line, the first problem: fix it and run again.
      console.error(formatError(result.errors[0] as BuildError));
      return 1;
    }
    writeOutputs(args.out, result.files);
    // The Russian names, checked against the files just written (scripts/geo/labels-ru.ts): beside the
    // app's code, loaded as a chunk of the Russian language (or in --out, for a trial build).
    writeLabelsRu(args.out, args.outGiven ? join(args.out, 'names.ru.json') : NAMES_RU_FILE);
    // Beside the app's code (or in --out, for a trial build), through a temp file and a rename like the rest.
    const details = join(args.outGiven ? args.out : resolve(dirname(fileURLToPath(import.meta.url)), '../src/data'), PLACE_DETAILS_FILE);
    writeFileSync(`${details}.tmp`, result.placeDetails);
    renameSync(`${details}.tmp`, details);
    return 0;
  } catch (e) {
    console.error(`build-geo: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

// Run only as a script, so tests can import buildGeo without building anything.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
