// The selection, the features related to it and the one under the pointer, mirrored into
// MapLibre's feature-state, which the style's paint expressions read.
import { useCallback, useEffect, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import { markedFeatureOf } from '../state/selection';
import { FEATURE_SOURCE } from './style';
import type { FeatureRef, Related } from './types';

/** Sets one flag on one feature; a no-op until the map and the feature's source exist. */
export type SetFlag = (ref: FeatureRef | null, key: 'selected' | 'related' | 'hover', value: boolean) => void;

/**
 * `data` and `loaded` are in the effects' dependencies on purpose: new sources drop their
 * feature-state, and a deep link's selection arrives before the style is ready.
 */
export function useHighlight(mapRef: RefObject<MapRef | null>, selected: FeatureRef | null, related: Related, data: unknown, loaded: boolean): SetFlag {
  const setFlag = useCallback<SetFlag>(
    (ref, key, value) => {
      const map = mapRef.current?.getMap();
      // Only the kinds the registry marks by feature-state: water is lit by the style's filters.
      const marked = markedFeatureOf(ref);
      if (!map || !marked || !map.getSource(FEATURE_SOURCE[marked.kind])) return;
      map.setFeatureState({ source: FEATURE_SOURCE[marked.kind], id: marked.id }, { [key]: value });
    },
    [mapRef],
  );

  useEffect(() => {
    setFlag(selected, 'selected', true);
    return () => setFlag(selected, 'selected', false);
  }, [selected, setFlag, data, loaded]);

  useEffect(() => {
    const refs: FeatureRef[] = [
      ...related.states.map((id) => ({ kind: 'state' as const, id, name: id })),
      ...related.routes.map((id) => ({ kind: 'route' as const, id, name: id })),
      ...related.places.map((id) => ({ kind: 'place' as const, id, name: id })),
    ];
    refs.forEach((r) => setFlag(r, 'related', true));
    return () => refs.forEach((r) => setFlag(r, 'related', false));
  }, [related, setFlag, data, loaded]);

  return setFlag;
}
