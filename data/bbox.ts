// The area the basemap covers, [west, south, east, north] in degrees: from the Black Sea to western
// China and Mongolia's edge, from the Arabian Sea coast of India to 64°N in Siberia, so that framing
// Kazakhstan beside an open side panel never shows empty map north of the polygons. The geo build
// clips the country polygons to it; the app uses it for maxBounds. One source for both.
export const GEO_BBOX: readonly [west: number, south: number, east: number, north: number] = [24, 18, 96, 64];

/**
 * Where the camera may look (the app's maxBounds): much looser than GEO_BBOX, so that a portrait
 * phone with a bottom sheet, or an embed with its panel beside its opened legend, can put the region
 * in the part of the map the furniture leaves open. Beyond GEO_BBOX
 * the map draws the world at low detail (public/geo/world.geojson), which the geo build clips to this.
 */
export const VIEW_BOUNDS: readonly [west: number, south: number, east: number, north: number] = [GEO_BBOX[0] - 60, -60, GEO_BBOX[2] + 80, 85];
