// What the app and the map say to each other: the ids of features, the camera requests and the
// opening view. Panels and tests import these from here, never from the map component.
import type { MapView as View } from '../state/url';
import type { Bounds } from './camera';

/** A feature of the map, as the pointer finds it: the app's one FeatureRef, from the registry of selection kinds. */
export type { FeatureRef } from '../state/selection';

/** Features to mark as related to the selection (a programme's, a passage's or a tour step's). */
export interface Related {
  states: string[];
  routes: string[];
  places: string[];
  /** Rivers and lakes by their water.json id, and 'glaciers' for the ice. */
  water: string[];
}

export const NO_RELATED: Related = { states: [], routes: [], places: [], water: [] };

/** Full detail, fetched after the first view: the boundaries, and the physical layers from zoom 6. */
/**
 * Detail loaded after the first view, as the URLs of files already fetched and checked: MapLibre's
 * worker loads and parses them again (from the cache), so the page keeps no copy of 750 kB of
 * coordinates on its own heap.
 */
export interface MapDetail {
  countries?: string;
  physical?: string;
  /** The world beyond the detailed box (public/geo/world.geojson). */
  world?: string;
}

/** A camera move the app asks for; `key` changes for every new request. */
export interface CameraRequest {
  key: number;
  bounds?: Bounds;
  view?: View;
}
