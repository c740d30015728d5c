// Every place a text of ours lives, in one list: the completeness test walks it for missing
// languages and `npm run content:langs` walks it for each language's table. The geo build's outputs
// are rebuilt here in memory, with every language (the files on disk carry English only).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lines } from '../../data/lines';
import { places } from '../../data/places';
import { routes } from '../../data/routes';
import { SERIES } from '../../data/series';
import { COMMITMENT_DEFS } from '../../src/content/commitments';
import { PROGRAMME_DEFS } from '../../src/content/programmes';
import { PROGRAMME_STATUS, ROUTE_STATUS_NOW, ROUTES_WITHOUT_NEWER_RECORD } from '../../src/content/status-now';
import { THEMES } from '../../src/content/themes';
import { TOUR_DEFS } from '../../src/content/tour';
import { lookupGeonames } from '../geo/gazetteer';
import { CountryIndex } from '../geo/geometry';
import { buildPlaceDetails, buildPlaces, buildRouteMeta, resolvePlaces } from '../geo/routes';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let built: { meta: unknown; details: unknown } | null = null;

/** routes.json and place-details.json as the geo build makes them, before it keeps only the English (once: it takes seconds). */
function geoOutputs() {
  if (built) return built;
  const countries = JSON.parse(readFileSync(resolve(ROOT, 'public/geo/countries.geojson'), 'utf8')) as { features: ConstructorParameters<typeof CountryIndex>[0] };
  const coords = resolvePlaces(places, lookupGeonames(places.flatMap((p) => (p.geonameId !== undefined ? [p.geonameId] : []))));
  const meta = buildRouteMeta(routes, coords, new CountryIndex(countries.features), lines);
  const details = buildPlaceDetails(buildPlaces(places, coords, routes), places);
  return (built = { meta, details });
}

export interface ProseSource {
  name: string;
  value: unknown;
  /** How many texts it held when this list was written: fewer means a text stopped being walked. */
  atLeast: number;
}

/** Where our texts live. */
export function proseSources(): ProseSource[] {
  const { meta, details } = geoOutputs();
  return [
    { name: 'commitments', value: COMMITMENT_DEFS, atLeast: 127 },
    { name: 'route status now', value: ROUTE_STATUS_NOW, atLeast: 14 },
    { name: 'routes without a newer record', value: ROUTES_WITHOUT_NEWER_RECORD, atLeast: 1 },
    { name: 'programme status', value: PROGRAMME_STATUS, atLeast: 6 },
    { name: 'programmes', value: PROGRAMME_DEFS, atLeast: 66 },
    { name: 'themes', value: THEMES, atLeast: 14 },
    { name: 'tour', value: TOUR_DEFS, atLeast: 20 },
    { name: 'data/routes.ts', value: routes, atLeast: 83 },
    { name: 'data/places.ts', value: places, atLeast: 19 },
    { name: 'data/lines.ts', value: lines, atLeast: 100 },
    { name: 'data/series.ts', value: SERIES, atLeast: 20 },
    { name: 'routes.json (as built)', value: meta, atLeast: 90 },
    { name: 'place details (as built)', value: details, atLeast: 19 },
  ];
}
