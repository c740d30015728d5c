// "Download data": the package built from what the app has loaded, zipped and handed to the browser
// as a download. Loaded only when the reader asks (src/ui/DataDialog.tsx), with fflate and the builder.
import { SERIES } from '../../data/series';
import { version } from '../../package.json';
import type { GeoLoad } from '../data/geo';
import placeDetails from '../data/place-details.json';
import type { Content } from '../content/build';
import type { PlaceDetails } from '../../data/types';
import { buildDataPackage, selectionData, type DataInput, type SelectionDataResult, type SelectionRef } from './datapackage';
import { zipPackage } from './dataZip';

export interface Loaded {
  geo: GeoLoad | null;
  content: Pick<Content, 'declaration' | 'commitments'> | null;
}

/** The builder's input from the app's loaded data, or null while a part is still missing. */
export function inputFrom({ geo, content }: Loaded): DataInput | null {
  const d = geo?.data;
  if (!d?.countries || !d.places || !d.routes || !d.routeMeta || !content) return null;
  return {
    countries: d.countries,
    places: d.places,
    routes: d.routes,
    routeMeta: d.routeMeta,
    placeDetails: placeDetails as Record<string, PlaceDetails>,
    declaration: content.declaration,
    commitments: content.commitments,
    series: SERIES,
    version,
  };
}

/** The zip of everything, or of the selection; an error (and no zip) for an unknown or empty one. */
export function packageZip(loaded: Loaded, selection: SelectionRef | null | 'all'): { zip: Uint8Array; name: string } | { error: Exclude<SelectionDataResult, { files: unknown }> | 'not-ready' } {
  const input = inputFrom(loaded);
  if (!input) return { error: 'not-ready' };
  if (selection === 'all') return { zip: zipPackage(buildDataPackage(input)), name: 'corridor-atlas-data.zip' };
  const r = selectionData(selection, input);
  if (!('files' in r)) return { error: r };
  const slug = `${selection?.kind}-${selection?.id}`.toLowerCase().replace(/[^-a-z0-9._]+/g, '-');
  return { zip: zipPackage(r.files), name: `corridor-atlas-data-${slug}.zip` };
}
