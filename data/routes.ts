// The curated routes: ordered nodes (ids from places.ts), one mode per leg, status as of September
// 2023 and the sources behind every statement. Lengths and countries crossed are not typed here:
// the build computes them from the drawn line. Figures only from /work/shared/FACTS.md sources.
import type { RouteDef, Source } from './types';

const AS_OF = '2023-09';

// --- Sources (as listed in FACTS.md) ---
const WORLD_BANK_MC: Source = {
  title: 'World Bank (2023), Middle Trade and Transport Corridor',
  url: 'https://openknowledge.worldbank.org/entities/publication/4d781a1f-ace4-420d-9192-964bbc98b0d1',
};
const ADY_EAST_WEST: Source = {
  title: 'Azerbaijan Railways (ADY) freight: East–West transport corridor',
  url: 'https://freight.ady.az/en/international-corridors/east-west-transport-corridor',
};
const WIKI_TITR: Source = {
  title: 'Wikipedia: Trans-Caspian International Transport Route',
  url: 'https://en.wikipedia.org/wiki/Trans-Caspian_International_Transport_Route',
};
const TREND_AKTAU_POTI: Source = {
  title: 'Trend (en.trend.az), Central Asia / Kazakhstan, article 3654897',
  url: 'https://en.trend.az/casia/kazakhstan/3654897.html',
};
const ASTANA_TIMES_KURYK: Source = {
  title: 'The Astana Times (Aug 2021): Kuryk seaport plans to increase shipment capacity',
  url: 'https://astanatimes.com/2021/08/kuryk-seaport-plans-to-increase-shipment-capacity/',
};
const KHORGOS_RAIL: Source = {
  title: 'Tengrinews: Zhetygen–Korgas railroad to start operating (293 km)',
  url: 'https://en.tengrinews.kz/industry_infrastructure/zhetygen-korgas-railroad-to-start-operating-on-december-9-5981',
};
const NCA_2024: Source = {
  title: 'nCa (16 May 2024): Turkmenistan explores a transport corridor from the Asia-Pacific to Europe',
  url: 'https://www.newscentralasia.net/2024/05/16/turkmenistan-explores-the-possibilities-of-a-transport-corridor-from-the-asia-pacific-region-to-europe/',
};
const NCA_2025: Source = {
  title: 'nCa (24 Jan 2025): Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan–EU corridor fully operational',
  url: 'https://www.newscentralasia.net/2025/01/24/the-kyrgyzstan-uzbekistan-turkmenistan-azerbaijan-eu-transport-corridor-is-fully-operational-the-kyrgyz-ministry-of-transport-says/',
};
const WIKI_HAIRATAN: Source = { title: 'Wikipedia: Hairatan', url: 'https://en.wikipedia.org/wiki/Hairatan' };
const DAWN_UAP: Source = {
  title: 'Dawn, news 1765547 (Uzbekistan–Afghanistan–Pakistan railway)',
  url: 'https://www.dawn.com/news/1765547',
};
const THE_NEWS_UAP: Source = {
  title: 'The News (19 Jul 2023): Protocol signed to connect Uzbek rail network with Pakistan through Afghanistan',
  url: 'https://www.thenews.com.pk/print/1091981-protocol-signed-to-connect-uzbek-rail-network-with-pakistan-through-afghanistan',
};
const WORLD_BANK_CASA: Source = {
  title: 'World Bank statement (23 Feb 2024): CASA-1000 resumption in Afghanistan',
  url: 'https://www.worldbank.org/en/news/statement/2024/02/23/casa1000resumptionafghanistan',
};
const NGW_TAPI: Source = {
  title: 'Natural Gas World: TAPI project makes progress in Pakistan',
  url: 'https://www.naturalgasworld.com/tapi-project-makes-progress-in-pakistan-66783',
};

export const routes: RouteDef[] = [
  // ------------------------------------------------------------------ Middle Corridor
  {
    id: 'middle-corridor-core',
    name: 'Middle Corridor: Dostyk – Aktau – Alat – Poti',
    group: 'middle-corridor',
    nodes: ['dostyk', 'aktogay', 'moiynty', 'zhezkazgan', 'beyneu', 'aktau', 'wp-absheron-east', 'alat', 'yevlakh', 'ganja', 'tbilisi', 'poti'],
    modes: ['rail', 'rail', 'rail', 'rail', 'rail', 'sea', 'sea', 'rail', 'rail', 'rail', 'rail'],
    status: 'operating',
    statusAsOf: AS_OF,
    statusNote: 'The Trans-Caspian International Transport Route; the Caspian leg is a ferry crossing.',
    schematic: true,
    facts: [
      { text: 'Aktau–Poti: about 1,300 km across the Caspian route', source: TREND_AKTAU_POTI },
      { text: 'Trans-Caspian volumes could triple to 11 Mt by 2030 while travel time halves', source: WORLD_BANK_MC },
    ],
    sources: [WORLD_BANK_MC, ADY_EAST_WEST, WIKI_TITR],
  },
  {
    id: 'middle-corridor-khorgos',
    name: 'Middle Corridor: Khorgos – Almaty',
    group: 'middle-corridor',
    nodes: ['khorgos', 'almaty'],
    modes: ['rail'],
    status: 'operating',
    statusAsOf: AS_OF,
    statusNote:
      'The second rail crossing with China. The line runs from Altynkol station to Zhetygen near Almaty; drawn as a straight line from the Chinese border town to Almaty.',
    schematic: true,
    facts: [{ text: 'Zhetygen–Altynkol railway: 293 km', source: KHORGOS_RAIL }],
    sources: [WORLD_BANK_MC, KHORGOS_RAIL],
  },
  {
    id: 'middle-corridor-kuryk',
    name: 'Middle Corridor: Kuryk – Alat ferry',
    group: 'middle-corridor',
    nodes: ['kuryk', 'wp-absheron-east', 'alat'],
    modes: ['sea', 'sea'],
    status: 'operating',
    statusAsOf: AS_OF,
    statusNote: 'Kuryk lies about 70 km south of Aktau; its ferry complex opened in 2017.',
    schematic: true,
    facts: [{ text: 'Kuryk port put into service in December 2016, operating from March 2017', source: ASTANA_TIMES_KURYK }],
    sources: [WORLD_BANK_MC, ASTANA_TIMES_KURYK],
  },
  {
    id: 'middle-corridor-batumi',
    name: 'Middle Corridor: Tbilisi – Batumi',
    group: 'middle-corridor',
    nodes: ['tbilisi', 'batumi'],
    modes: ['rail'],
    status: 'operating',
    statusAsOf: AS_OF,
    schematic: true,
    sources: [ADY_EAST_WEST, WIKI_TITR],
  },
  {
    id: 'baku-tbilisi-kars',
    name: 'Baku–Tbilisi–Kars railway',
    group: 'middle-corridor',
    nodes: ['alat', 'yevlakh', 'ganja', 'tbilisi', 'akhalkalaki', 'kars'],
    modes: ['rail', 'rail', 'rail', 'rail', 'rail'],
    status: 'operating',
    statusAsOf: AS_OF,
    statusNote: 'Operating since 2017.',
    schematic: true,
    sources: [ADY_EAST_WEST, WIKI_TITR],
  },
  {
    id: 'middle-corridor-turkmen-branch',
    name: 'Middle Corridor: Turkmenbashi – Alat ferry',
    group: 'middle-corridor',
    nodes: ['turkmenbashi', 'wp-krasnovodsk-gulf', 'alat'],
    modes: ['sea', 'sea'],
    status: 'operating',
    statusAsOf: AS_OF,
    schematic: true,
    sources: [NCA_2025, NCA_2024],
  },
  {
    id: 'middle-corridor-southern-branch',
    name: 'Southern branch: Kashgar – Osh – Andijan – Turkmenbashi',
    group: 'middle-corridor',
    nodes: [
      'kashgar', 'irkeshtam', 'osh', 'andijan', 'namangan', 'tashkent', 'guliston', 'jizzakh', 'samarkand', 'bukhara',
      'farap', 'turkmenabat', 'mary', 'ashgabat', 'balkanabat', 'wp-balkan-gulf-north', 'turkmenbashi',
    ],
    modes: ['road', 'road', 'road', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail', 'rail'],
    status: 'operating',
    statusAsOf: AS_OF,
    statusNote:
      'A multimodal route on existing roads and railways rather than one built line: road from Kashgar to Osh, then rail via Andijan and Farap to the port of Turkmenbashi. Agreed by the states in 2019; the Kyrgyz transport ministry called it fully operational in January 2025. The cities between Andijan and Farap and beyond are drawn schematically.',
    schematic: true,
    facts: [{ text: 'Bishkek to the port of Turkmenbashi: 2,500 km', source: NCA_2025 }],
    sources: [NCA_2024, NCA_2025],
  },

  // ------------------------------------------------------------------ Toward South Asia
  {
    id: 'termez-mazar-railway',
    name: 'Termez – Hairatan – Mazar-i-Sharif railway',
    group: 'south-asia',
    nodes: ['termez', 'hairatan', 'mazar-i-sharif'],
    modes: ['rail', 'rail'],
    status: 'operating',
    statusAsOf: AS_OF,
    statusNote: 'Opened in 2011; Afghanistan’s link to the Uzbek rail network.',
    schematic: true,
    facts: [
      { text: 'Termez–Hairatan 10 km, Hairatan–Mazar-i-Sharif 75 km: 85 km in all', source: WIKI_HAIRATAN },
    ],
    sources: [WIKI_HAIRATAN],
  },
  {
    id: 'trans-afghan-railway',
    name: 'Trans-Afghan railway (Uzbekistan – Afghanistan – Pakistan)',
    group: 'south-asia',
    nodes: ['termez', 'mazar-i-sharif', 'maidan-shahr', 'pul-e-alam', 'parachinar'],
    modes: ['rail', 'rail', 'rail', 'rail'],
    status: 'planned',
    statusAsOf: AS_OF,
    statusNote:
      'Route protocol signed in Islamabad on 18 July 2023: Termez – Mazar-i-Sharif – Naibabad – Maidan Shahr – Logar – Kharlachi (Kurram, Pakistan). Drawn to Parachinar, the Kurram district town about 20 km from the Kharlachi crossing: no sourced coordinate was found for the crossing itself.',
    schematic: true,
    facts: [
      { text: 'About 760 km', source: DAWN_UAP },
      { text: 'Target completion end of 2027; 15 Mt a year by 2030', source: DAWN_UAP },
    ],
    sources: [DAWN_UAP, THE_NEWS_UAP],
  },
  {
    id: 'casa-1000',
    name: 'CASA-1000 power line',
    group: 'south-asia',
    nodes: [
      'datka', 'wp-uzgen', 'wp-nookat', 'wp-orozbekovo', 'wp-south-of-sokh', 'wp-batken', 'sughd-substation',
      'istaravshan', 'dushanbe', 'sangtuda', 'kunduz', 'pul-e-khumri', 'kabul', 'jalalabad', 'nowshera',
    ],
    modes: [
      'power-line', 'power-line', 'power-line', 'power-line', 'power-line', 'power-line', 'power-line',
      'power-line', 'power-line', 'power-line', 'power-line', 'power-line', 'power-line', 'power-line',
    ],
    status: 'under-construction',
    statusAsOf: AS_OF,
    statusNote:
      'Work on the Afghan section has been paused since August 2021. The line starts at the Datka substation in Kyrgyzstan (500 kV AC to Sughd), drawn at Bazar-Korgon, the district town, and bent through southern Kyrgyzstan only to keep it out of Uzbekistan: the real route of that line is not drawn. From Sughd to the Sangtuda converter the power runs on the Tajik grid, drawn through Istaravshan and Dushanbe only to keep the line in Tajikistan.',
    schematic: true,
    facts: [
      { text: 'Datka–Sughd 500 kV AC line: 485 km', source: WORLD_BANK_CASA },
      { text: 'HVDC line: 750 km (Tajikistan 117, Afghanistan 562, Pakistan 71)', source: WORLD_BANK_CASA },
      { text: '1,300 MW; about US$1.2 bn', source: WORLD_BANK_CASA },
    ],
    sources: [WORLD_BANK_CASA],
  },
  {
    id: 'tapi-pipeline',
    name: 'TAPI gas pipeline',
    group: 'south-asia',
    nodes: ['galkynysh', 'serhetabat', 'herat', 'kandahar', 'chaman', 'quetta', 'multan', 'fazilka'],
    modes: ['gas-pipeline', 'gas-pipeline', 'gas-pipeline', 'gas-pipeline', 'gas-pipeline', 'gas-pipeline', 'gas-pipeline'],
    status: 'under-construction',
    statusAsOf: AS_OF,
    statusNote: 'The Turkmen section is reported built; the Afghan section broke ground in February 2018 and has stalled.',
    schematic: true,
    facts: [
      { text: '1,814 km (Turkmenistan 214, Afghanistan 774, Pakistan 826)', source: NGW_TAPI },
      { text: '33 bcm of gas a year', source: NGW_TAPI },
    ],
    sources: [NGW_TAPI],
  },
];
