// Turns the geo pipeline's files (countries.geojson, routes.json) into what the links need, so the
// app and the tests build links from the same data the map draws.
import type { FeatureCollection, Geometry } from 'geojson';
import type { CountryProps, RouteMeta } from '../../data/types';
import type { GeoInput } from './types';

/** `routes` may be the array itself or an object holding it under `routes` (either shape is accepted). */
export function geoInputFrom(
  countries: FeatureCollection<Geometry | null, CountryProps>,
  routes: RouteMeta[] | { routes: RouteMeta[] },
): GeoInput {
  const list = Array.isArray(routes) ? routes : routes.routes;
  if (!Array.isArray(list)) throw new Error('geoInputFrom: routes.json holds no list of routes');
  return {
    states: countries.features.map((f) => {
      const { id, name, neighbours } = f.properties;
      if (!id || !Array.isArray(neighbours)) throw new Error(`geoInputFrom: country feature without id or neighbours: ${JSON.stringify(f.properties)}`);
      return { id, name, neighbours };
    }),
    routes: list.map(({ id, name, group, modes, countries: crossed, named, alsoGroups }) => ({
      id,
      name,
      group,
      modes,
      countries: crossed,
      ...(named === false ? { named } : {}),
      ...(alsoGroups?.length ? { alsoGroups } : {}),
    })),
  };
}
