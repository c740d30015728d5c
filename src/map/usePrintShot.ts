// Printing: a WebGL canvas may print blank, so the map draws one frame as the print starts and
// the page prints a picture of it (`.print-map`, shown by the print stylesheet only).
import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { MapRef } from '@vis.gl/react-maplibre';

export function usePrintShot(mapRef: RefObject<MapRef | null>): string | null {
  const [printShot, setPrintShot] = useState<string | null>(null);
  useEffect(() => {
    const before = () => {
      const map = mapRef.current?.getMap();
      if (!map) return;
      map.redraw();
      // Synchronously, so the picture is in the page before the browser lays out the print.
      flushSync(() => setPrintShot(map.getCanvas().toDataURL('image/png')));
    };
    const after = () => setPrintShot(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [mapRef]);
  return printShot;
}
