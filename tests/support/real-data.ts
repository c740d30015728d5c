// The app's real data as the browser would load it, read from public/geo/ in node: for the tests that
// render panels or resolve ids against what the map really holds.
import { readFileSync } from 'node:fs';
import { buildContent, type Content } from '../../src/content/build';
import { loadGeo, type GeoLoad } from '../../src/data/geo';
import type { SelectionKind } from '../../src/state/selection';

/** Loads public/geo/ through the app's own loader (same checks, same indexes) and builds the content. */
export async function loadRealData(): Promise<{ geo: GeoLoad; content: Content }> {
  const geo = await loadGeo('geo/', (async (url: string) => new Response(readFileSync(`public/geo/${String(url).split('/').pop()}`, 'utf8'))) as typeof fetch);
  return { geo, content: buildContent(geo) };
}

/** Every id the content holds, by selection kind. */
export function idsByKind(content: Content): Record<SelectionKind, Iterable<string>> {
  return {
    state: content.known.states,
    route: content.known.routes,
    place: content.known.places,
    water: content.known.water,
    programme: content.known.programmes,
    passage: content.known.passages,
    declaration: ['declaration'],
    commitments: ['commitments'],
    commitment: content.known.commitments ?? [],
  };
}
