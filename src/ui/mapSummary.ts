// The map in words, for the screen reader's description of the map region.
import { prose } from '../../data/lang';
import { C5 } from '../../data/types';
import type { GeoLoad } from '../data/geo';

export function stateList(geo: GeoLoad | null): { id: string; name: string }[] {
  return C5.map((id) => ({ id, name: geo?.index.countries.get(id)?.name ?? id }));
}

export function mapSummary(geo: GeoLoad | null): string {
  const routes = geo?.data.routeMeta ?? [];
  const names = (g: 'middle-corridor' | 'south-asia') => routes.filter((r) => r.group === g).map((r) => prose(r.name));
  const mc = names('middle-corridor');
  const sa = names('south-asia');
  return `Map of Central Asia showing the five signatory states (${stateList(geo)
    .map((s) => s.name)
    .join(', ')}); ${mc.length} Middle Corridor routes (${mc.join('; ')}); ${sa.length} routes toward South Asia (${sa.join('; ')}); and ${geo?.data.places?.features.length ?? 0} places. Every state and route can also be chosen from the lists in the legend.`;
}
