// Layout and app state: loads the data, holds the selection, and hands both to the map and panels.
import { useEffect, useState } from 'react';
import { loadGeo, type GeoLoad } from './data/geo';
import { MapView, type FeatureRef } from './map/MapView';
import { ALL_VISIBLE } from './map/style';
import { hasWebGL2 } from './webgl';

export function App() {
  const [geo, setGeo] = useState<GeoLoad | null>(null);
  const [selected, setSelected] = useState<FeatureRef | null>(null);
  const [webgl] = useState(() => hasWebGL2());
  const [mapError, setMapError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadGeo().then((g) => live && setGeo(g));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Corridor Atlas</h1>
        <p className="subtitle">The C5+1 New York Declaration, 21 September 2023, on a map</p>
      </header>
      <main className="app-main">
        {geo && geo.errors.length > 0 && (
          <div className="notice notice-error" role="alert">
            <p>Some map data could not load; the rest of the atlas still works.</p>
            <ul>
              {geo.errors.map((e) => (
                <li key={e.file}>
                  <code>{e.file}</code> {e.message}.
                </li>
              ))}
            </ul>
          </div>
        )}
        {mapError && (
          <div className="notice notice-error" role="alert">
            {mapError}
          </div>
        )}
        {!webgl ? (
          <div className="notice" role="status">
            This browser cannot draw the map (WebGL 2 is not available). The lists and the declaration
            still work.
          </div>
        ) : (
          geo && (
            <MapView
              data={geo.data}
              visibility={ALL_VISIBLE}
              selected={selected}
              onSelect={setSelected}
              onError={setMapError}
            />
          )
        )}
      </main>
    </div>
  );
}
