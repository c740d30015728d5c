// The camera: moves to each new request the app makes, and reports where the map settled.
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView as View } from '../state/url';
import type { Bounds } from './camera';
import type { CameraRequest } from './types';

export interface CameraInput {
  camera: CameraRequest | null;
  /** Leaves room for an open side panel (px from the right) or bottom sheet (px from the bottom). */
  padding: { left: number; right: number; bottom: number };
  reducedMotion: boolean;
}

/** Returns `reportView`, which tells `onMoveEnd` the view and bounds the map shows. */
export function useCamera(mapRef: RefObject<MapRef | null>, input: CameraInput, loaded: boolean, onMoveEnd?: (v: View, bounds: Bounds) => void) {
  // Only a new request moves the camera (or the first one, once the map can move); padding alone
  // must not. The request, padding and motion preference are read through a ref for that reason.
  const cameraInput = useRef(input);
  useEffect(() => {
    cameraInput.current = input;
  });
  const cameraKey = input.camera?.key;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const { camera, padding, reducedMotion } = cameraInput.current;
    if (!map || !camera || !loaded) return;
    // In the next frame, not in the click's own task: the panel the click opens is drawn first, and
    // the camera (with its move events, the address update and a map frame drawn in software on
    // some machines) follows a frame later.
    const frame = requestAnimationFrame(() => {
      const duration = reducedMotion ? 0 : 900;
      const pad = { top: 40, left: 40 + padding.left, right: 40 + padding.right, bottom: 40 + padding.bottom };
      if (camera.view) {
        map.jumpTo({ center: [camera.view.lon, camera.view.lat], zoom: camera.view.zoom });
      } else if (camera.bounds) {
        const fits = map.cameraForBounds(camera.bounds, { padding: pad, maxZoom: 7 });
        if (fits) map.easeTo({ ...fits, duration, essential: false });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [mapRef, cameraKey, loaded]);

  return (map: MapLibreMap) => {
    const c = map.getCenter();
    const b = map.getBounds();
    onMoveEnd?.({ zoom: map.getZoom(), lat: c.lat, lon: c.lng }, [
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ]);
  };
}
