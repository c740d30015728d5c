// The camera: moves to each new request the app makes, framing features in the part of the map
// the furniture leaves open (see framing.ts), and reports where the map settled.
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from '@vis.gl/react-maplibre';
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import type { MapView as View } from '../state/url';
import { screenAspect, type Bounds } from './camera';
import { cramped, framePadding, paddingGrew, type Padding, type Rect } from './framing';
import type { CameraRequest } from './types';

export interface CameraInput {
  camera: CameraRequest | null;
  /** What lies over the map (legend, tour card, side panel or bottom sheet), from the map's top-left corner. */
  obstacles: readonly Rect[];
  reducedMotion: boolean;
}

/** The request the map shows framed, and the padding and map size it was framed with. */
interface Framed {
  key: number;
  padding: Padding;
  width: number;
  height: number;
}

/** Returns `reportView`, which tells `onMoveEnd` the view and bounds the map shows. */
export function useCamera(mapRef: RefObject<MapRef | null>, input: CameraInput, loaded: boolean, onMoveEnd?: (v: View, bounds: Bounds) => void) {
  // Only a new request moves the camera (or the first one, once the map can move); the request,
  // furniture and motion preference are read through a ref for that reason.
  const cameraInput = useRef(input);
  useEffect(() => {
    cameraInput.current = input;
  });
  // Null when the map shows no framing of the app's: nothing asked yet, a view from the address, or
  // the reader has moved the map since. Furniture that changes then leaves the view alone.
  const framed = useRef<Framed | null>(null);

  /** Frames the current request's bounds in what the furniture leaves open; `again`: only if that changed. */
  const frame = useRef((map: MapLibreMap, duration: number, again: boolean) => {
    const { camera, obstacles } = cameraInput.current;
    if (!camera?.bounds) return;
    if (again && camera.key !== framed.current?.key) return;
    // The canvas's CSS size is the size MapLibre fits to, even in the moment before it follows a resize.
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    const padding = framePadding({ width, height, obstacles, aspect: screenAspect(camera.bounds) ?? undefined });
    const was = framed.current;
    // Again only when the furniture came over more of the map, or the map changed size: closing a
    // panel or folding the legend leaves the view where it is.
    if (again && was && !paddingGrew(padding, was.padding) && was.width === width && was.height === height) return;
    // Furniture over nearly all the map (a phone's legend opened over its bottom sheet): the reader is
    // reading, not looking at the map; moving it would not bring the features into view.
    if (again && cramped(padding, width, height)) return;
    framed.current = { key: camera.key, padding, width, height };
    const fits = map.cameraForBounds(camera.bounds, { padding, maxZoom: 7 });
    if (fits) map.easeTo({ ...fits, duration, essential: false });
  });

  const cameraKey = input.camera?.key;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const { camera, reducedMotion } = cameraInput.current;
    if (!map || !camera || !loaded) return;
    // In the next frame, not in the click's own task: the panel the click opens is drawn first, and
    // the camera (with its move events, the address update and a map frame drawn in software on
    // some machines) follows a frame later.
    const next = requestAnimationFrame(() => {
      if (camera.view) {
        framed.current = null;
        map.jumpTo({ center: [camera.view.lon, camera.view.lat], zoom: camera.view.zoom });
      } else {
        frame.current(map, reducedMotion ? 0 : 900, false);
      }
    });
    return () => cancelAnimationFrame(next);
  }, [mapRef, cameraKey, loaded]);

  // The furniture came over more of the map (the tour card arrived after the camera moved, the side
  // panel's code loaded after a link's camera, the legend was opened) or the map was resized: the
  // same request is framed again in what is open now, unless the reader has moved the map since.
  const refit = useRef(() => {
    const map = mapRef.current?.getMap();
    if (map && framed.current) frame.current(map, cameraInput.current.reducedMotion ? 0 : 400, true);
  });
  const { obstacles } = input;
  useEffect(() => {
    if (loaded) refit.current();
  }, [obstacles, loaded]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    // A move the reader made carries the event that made it; the app's own moves and resizes do not.
    const onMoveStart = (e: MapLibreEvent<unknown>) => {
      if (e.originalEvent) framed.current = null;
    };
    const onResize = () => refit.current();
    map.on('movestart', onMoveStart);
    map.on('resize', onResize);
    return () => {
      map.off('movestart', onMoveStart);
      map.off('resize', onResize);
    };
  }, [mapRef, loaded]);

  return (map: MapLibreMap) => {
    const c = map.getCenter();
    const b = map.getBounds();
    onMoveEnd?.({ zoom: map.getZoom(), lat: c.lat, lon: c.lng }, [
      [b.getWest(), b.getSouth()],
      [b.getEast(), b.getNorth()],
    ]);
  };
}
