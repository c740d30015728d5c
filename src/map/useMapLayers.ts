// What the map draws: the base style, the sources from the data and the detail that has arrived,
// and the layers for the legend's switches, the lit rivers and the date shown. Memoized, so
// MapLibre is handed new sources or layers only when one of them changes.
import { useMemo } from 'react';
import type { GeoData } from '../data/geo';
import { glyphsUrl } from './glyphs';
import { baseStyle, layersFor, mapSources, type LayerVisibility } from './style';
import type { MapDetail } from './types';
import type { Lang } from '../../data/lang';
import { labelLanguage } from '../i18n/names';

export function useMapLayers(data: Partial<GeoData>, detail: MapDetail, visibility: LayerVisibility, water: string[], day: string, lang: Lang) {
  const style = useMemo(() => baseStyle(glyphsUrl()), []);
  const sources = useMemo(() => mapSources(data, detail), [data, detail]);
  const physical = useMemo(() => ({ highlight: water, detailLoaded: Boolean(detail.physical) }), [water, detail.physical]);
  // The labels follow the language: its names (loaded with it) and its way of writing an elevation.
  const labels = useMemo(() => labelLanguage(lang), [lang]);
  const layers = useMemo(() => layersFor(sources, visibility, physical, day, labels), [sources, visibility, physical, day, labels]);
  return { style, sources, layers };
}
