// The map in words, for the screen reader's description of the map region.
import { prose } from '../../data/lang';
import { C5 } from '../../data/types';
import type { GeoLoad } from '../data/geo';
import { formatList, t } from '../i18n';

export function stateList(geo: GeoLoad | null): { id: string; name: string }[] {
  return C5.map((id) => ({ id, name: geo?.index.countries.get(id)?.name ?? id }));
}

export function mapSummary(geo: GeoLoad | null): string {
  const routes = geo?.data.routeMeta ?? [];
  const names = (g: 'middle-corridor' | 'south-asia') => routes.filter((r) => r.group === g).map((r) => prose(r.name));
  const mc = names('middle-corridor');
  const sa = names('south-asia');
  return t('map.summary', {
    states: formatList(stateList(geo).map((s) => s.name)),
    middleCorridor: mc.length,
    middleCorridorNames: mc.join('; '),
    southAsia: sa.length,
    southAsiaNames: sa.join('; '),
    places: geo?.data.places?.features.length ?? 0,
  });
}
