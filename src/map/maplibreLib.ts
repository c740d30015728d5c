// MapLibre as @vis.gl/react-maplibre sees it: only the parts the atlas uses. The wrapper loads its
// map library as a whole namespace (`import('maplibre-gl')`), which keeps every class MapLibre
// exports in the first load, the markers, popups and controls the atlas never makes among them
// (about 10 KB gzipped). MapView passes this module to the wrapper's <Map> (`mapLib`), and a build
// plugin (scripts/build/maplibre-lib.ts) hands it to the wrapper's own import too, so the bundler
// leaves out what no code names.
//
// The wrapper's components read their class from here (`new mapLib.NavigationControl(…)`): a
// component of the wrapper put to use needs its class added below; tests/unit/maplibre-lib.test.ts
// checks that each one the app imports has it.
export {
  Map,
  NavigationControl,
  // What the wrapper's <Map> props may set (utils/set-globals.js).
  getRTLTextPluginStatus,
  setRTLTextPlugin,
  setMaxParallelImageRequests,
  setWorkerCount,
  setWorkerUrl,
} from 'maplibre-gl';
