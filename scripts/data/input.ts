// The package's input read in node, from the files the app itself loads (public/geo) and the same
// modules it runs: what scripts/build-data.ts writes to public/data/ and the unit tests check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERIES } from '../../data/series';
import { resolveCommitments } from '../../src/content/commitments';
import { parseDeclaration } from '../../src/content/parse';
import { GEO_FILES } from '../../src/data/geo-files';
import type { DataInput } from '../../src/export/datapackage';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(root(path), 'utf8'));

export function nodeDataInput(): DataInput {
  // The app's `?raw` import is a bundler feature node does not have: the text is read here.
  const declaration = parseDeclaration(readFileSync(root('content/new-york-declaration-2023-09-21.md'), 'utf8'));
  return {
    countries: read(`public/geo/${GEO_FILES.countries}`),
    places: read(`public/geo/${GEO_FILES.places}`),
    routes: read(`public/geo/${GEO_FILES.routes}`),
    routeMeta: read(`public/geo/${GEO_FILES.routeMeta}`),
    placeDetails: read('src/data/place-details.json'),
    declaration,
    commitments: resolveCommitments(declaration),
    series: SERIES,
    version: (read('package.json') as { version: string }).version,
  };
}
