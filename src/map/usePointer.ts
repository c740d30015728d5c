// Hover and click: the feature under the pointer is lit and named in a tooltip, and a click
// becomes a selection (or none, off every feature).
import { useRef, useState } from 'react';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import type { SetFlag } from './useHighlight';
import type { FeatureRef } from './types';

export type Hover = FeatureRef & { x: number; y: number };

/** `pick` finds the feature an event points at (MapView's, over its interactive layers). */
export function usePointer(pick: (e: MapLayerMouseEvent) => FeatureRef | null, setFlag: SetFlag, onSelect: (f: FeatureRef | null) => void) {
  const [hover, setHover] = useState<Hover | null>(null);
  // What is lit as hovered, read by the handlers alone: a move over the same feature relights nothing.
  const hoverRef = useRef<FeatureRef | null>(null);

  const onMouseMove = (e: MapLayerMouseEvent) => {
    const ref = pick(e);
    if (hoverRef.current?.id !== ref?.id) {
      setFlag(hoverRef.current, 'hover', false);
      setFlag(ref, 'hover', true);
      hoverRef.current = ref;
    }
    setHover(ref ? { ...ref, x: e.point.x, y: e.point.y } : null);
  };

  const onMouseLeave = () => {
    setFlag(hoverRef.current, 'hover', false);
    hoverRef.current = null;
    setHover(null);
  };

  const onClick = (e: MapLayerMouseEvent) => onSelect(pick(e));

  return { hover, onMouseMove, onMouseLeave, onClick };
}
