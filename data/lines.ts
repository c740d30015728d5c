// The infrastructure the routes run over: railway lines, roads, ferry crossings, power lines and
// pipelines, each with the dated history of its own state. A route (data/routes.ts) is a service over
// these lines; its legs take their track status from the line they run over, never from the route, so
// a main line in use for a century draws as operating wherever a planned corridor runs over it — the
// way OpenStreetMap keeps the state of a railway apart from the route relations over it.
import { DECLARATION_DATE, type LineDef, type Prose, type Source, type StatusChange, type TrackStatus } from './types';
import {
  ADY_EAST_WEST,
  ASTANA_TIMES_KURYK,
  ASTANA_TIMES_UAP_2025,
  EURAILPRESS_2014,
  FIELD_VOICE_BESKOL,
  GSE_KAZ_RAIL,
  KHORGOS_RAIL,
  KUN_ANGREN_POP,
  KUN_CKU,
  NCA_DATKA_2025,
  NCA_TAPI_HERAT_2025,
  NGW_TAPI,
  ORIENT_UAP,
  PAJHWOK_TAPI_2024,
  QAZINFORM_DM_2025,
  SEA_NEWS_KURYK,
  TASS_KTI,
  TREND_BTK_2024,
  TREND_LAPIS,
  UIC_FEEDER_2019,
  UZVAGONTAMIR_HISTORY,
  WIKI_BTK,
  WIKI_GEORGIAN_RAILWAY,
  WIKI_HAIRATAN,
  WIKI_TRANS_CASPIAN_RAILWAY,
  WORLD_BANK_CASA,
  WORLD_BANK_MC,
} from './sources';

type Change = StatusChange<TrackStatus>;
const change = (date: string, status: TrackStatus, event: Change['event'], source: Source, note?: Prose): Change =>
  note ? { date, status, event, source, note } : { date, status, event, source };
const opened = (date: string, source: Source, note?: Prose) => change(date, 'operating', 'opened', source, note);
const inServiceBy = (date: string, source: Source, note?: Prose) => change(date, 'operating', 'in-service-by', source, note);

const RAIL_1520 = 1520;
const RAIL_1435 = 1435;

export const lines: LineDef[] = [
  // ------------------------------------------------------------------ Kazakhstan
  {
    id: 'aktogay-dostyk',
    name: { en: 'Aktogay – Dostyk railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['dostyk', 'aktogay'],
    history: [
      inServiceBy('2023', WORLD_BANK_MC, { en: 'The single-track line to the Dostyk crossing, named by the World Bank as a bottleneck of the corridor.' }),
      change('2025-03', 'operating', 'upgraded', FIELD_VOICE_BESKOL, { en: 'Second track opened between Beskol and Dostyk.' }),
      change('2025-09-30', 'operating', 'upgraded', QAZINFORM_DM_2025, { en: 'Second track of the whole Dostyk – Moiynty line (836 km) inaugurated.' }),
    ],
  },
  {
    id: 'aktogay-moiynty',
    name: { en: 'Aktogay – Balkhash – Moiynty railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['aktogay', 'sayak', 'balkhash', 'moiynty'],
    history: [
      inServiceBy('2023', WORLD_BANK_MC, { en: 'Part of the single-track Dostyk – Moiynty line.' }),
      change('2025-09-30', 'operating', 'upgraded', QAZINFORM_DM_2025, { en: 'Second track of the whole Dostyk – Moiynty line (836 km) inaugurated.' }),
    ],
  },
  {
    id: 'karaganda-balkhash',
    name: { en: 'Moiynty – Zharyk (Karaganda – Balkhash line)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['moiynty', 'zharyk'],
    history: [opened('1940', GSE_KAZ_RAIL, { en: 'The Karaganda – Balkhash line was built in 1939–40.' })],
  },
  {
    id: 'zharyk-zhezkazgan',
    name: { en: 'Zharyk – Zhezkazgan railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['zharyk', 'zhezkazgan'],
    history: [opened('1940', GSE_KAZ_RAIL, { en: 'Built in 1939–40 to reach the copper at Zhezkazgan.' })],
  },
  {
    id: 'zhezkazgan-saksaulskaya',
    name: { en: 'Zhezkazgan – Saksaulskaya railway (new line)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['zhezkazgan', 'saksaulskaya'],
    history: [opened('2014-08-22', EURAILPRESS_2014, { en: 'One of the two new lines of Zhezkazgan – Beyneu, built from June 2012.' })],
  },
  {
    id: 'orenburg-tashkent-saksaulskaya-shalkar',
    name: { en: 'Saksaulskaya – Shalkar (Orenburg – Tashkent railway)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['saksaulskaya', 'shalkar'],
    history: [opened('1906', GSE_KAZ_RAIL, { en: 'The Orenburg – Tashkent trunk line was put into operation in 1905–06.' })],
  },
  {
    id: 'shalkar-beyneu',
    name: { en: 'Shalkar – Beyneu railway (new line)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['shalkar', 'beyneu'],
    history: [opened('2014-08-22', EURAILPRESS_2014, { en: 'One of the two new lines of Zhezkazgan – Beyneu, built from 2012.' })],
  },
  {
    id: 'beyneu-aktau',
    name: { en: 'Beyneu – Aktau railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['beyneu', 'shetpe', 'aktau'],
    history: [inServiceBy('2019-04', UIC_FEEDER_2019, { en: 'Containers reach the port of Aktau by rail for the Caspian feeder.' })],
  },
  {
    id: 'altynkol-zhetygen',
    name: { en: 'Altynkol – Zhetygen railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['khorgos', 'zharkent', 'zhetygen'],
    history: [opened('2011-12', KHORGOS_RAIL, { en: 'The 293 km line from Zhetygen to the Khorgos crossing.' })],
  },
  {
    id: 'turksib-zhetygen-aktogay',
    name: { en: 'Turksib, Zhetygen – Aktogay' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['zhetygen', 'saryozek', 'ushtobe', 'matay', 'aktogay'],
    history: [opened('1931', GSE_KAZ_RAIL, { en: 'The Turkestan – Siberian main line was built in 1931.' })],
  },
  {
    id: 'uzen-gorgan',
    name: { en: 'Uzen – Bereket – Gorgan railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['uzen', 'wp-east-of-garabogaz', 'bereket', 'gorgan'],
    history: [opened('2014-12-03', TASS_KTI)],
  },

  // ------------------------------------------------------------------ The Caspian crossings
  {
    id: 'aktau-alat-crossing',
    name: { en: 'Aktau – Alat sea crossing' },
    mode: 'sea',
    nodes: ['aktau', 'wp-absheron-east', 'alat'],
    history: [inServiceBy('2019-04-16', UIC_FEEDER_2019, { en: 'A regular container feeder from Aktau to Baku, besides the ferries.' })],
  },
  {
    id: 'kuryk-alat-crossing',
    name: { en: 'Kuryk – Alat ferry crossing' },
    mode: 'sea',
    nodes: ['kuryk', 'wp-absheron-east', 'alat'],
    history: [opened('2017-03', SEA_NEWS_KURYK, { en: 'The first cargo from Kuryk reached Azerbaijan in March 2017.' })],
  },
  {
    id: 'turkmenbashi-alat-crossing',
    name: { en: 'Turkmenbashi – Alat ferry crossing' },
    mode: 'sea',
    nodes: ['turkmenbashi', 'wp-krasnovodsk-gulf', 'alat'],
    history: [inServiceBy('2017-11', TREND_LAPIS, { en: 'The ferry crossing is part of the Lapis Lazuli corridor agreed in November 2017.' })],
  },

  // ------------------------------------------------------------------ Azerbaijan, Georgia, Türkiye
  {
    id: 'baku-tbilisi-main-line',
    name: { en: 'Baku – Alat – Tbilisi main line' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['baku', 'wp-baku-alat', 'alat', 'kurdamir', 'ujar', 'yevlakh', 'ganja', 'shamkir', 'tovuz', 'aghstafa', 'gardabani', 'tbilisi'],
    history: [opened('1883', WIKI_GEORGIAN_RAILWAY, { en: 'The Baku – Tbilisi railway was completed in 1883.' })],
  },
  {
    id: 'tbilisi-poti',
    name: { en: 'Tbilisi – Samtredia – Poti main line' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['tbilisi', 'gori', 'khashuri', 'samtredia', 'poti'],
    history: [opened('1872', WIKI_GEORGIAN_RAILWAY, { en: 'Poti – Tbilisi, the first railway in the Caucasus, opened in 1872.' })],
  },
  {
    id: 'samtredia-batumi',
    name: { en: 'Samtredia – Batumi railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['samtredia', 'batumi'],
    history: [opened('1883', WIKI_GEORGIAN_RAILWAY)],
  },
  {
    id: 'marabda-akhalkalaki',
    name: { en: 'Tbilisi – Tetritskaro – Akhalkalaki railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['tbilisi', 'tetritskaro', 'akhalkalaki'],
    history: [
      inServiceBy('2017-10-30', WIKI_BTK, { en: 'Rebuilt as the Georgian part of the Baku – Tbilisi – Kars railway.' }),
      change('2024-05-20', 'operating', 'upgraded', TREND_BTK_2024, { en: 'After rebuilding 184 km in Georgia, freight runs on the upgraded line, its capacity raised from 1 to 5 million tonnes a year.' }),
    ],
  },
  {
    id: 'akhalkalaki-kars',
    name: { en: 'Akhalkalaki – Kars railway (new line)' },
    mode: 'rail',
    gaugeMm: RAIL_1435,
    nodes: ['akhalkalaki', 'kars'],
    history: [opened('2017-10-30', WIKI_BTK)],
  },

  // ------------------------------------------------------------------ Turkmenistan, Uzbekistan, Kyrgyzstan
  {
    id: 'trans-caspian-railway',
    name: { en: 'Trans-Caspian railway, Turkmenbashi – Ashgabat – Mary – Samarkand' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: [
      'turkmenbashi', 'wp-balkan-gulf-north', 'balkanabat', 'bereket', 'serdar', 'baharly', 'ashgabat', 'annau', 'wp-kopet-dag', 'kaka', 'tejen', 'mary',
      'bayramaly', 'turkmenabat', 'farap', 'karakul', 'bukhara', 'navoi', 'kattakurgan', 'samarkand',
    ],
    history: [
      opened('1888-05', WIKI_TRANS_CASPIAN_RAILWAY, { en: 'Built eastward from the Caspian from 1880; it reached Ashgabat in 1885 and Samarkand in May 1888.' }),
    ],
  },
  {
    id: 'mary-serhetabat',
    name: { en: 'Mary – Serhetabat railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['mary', 'yoloten', 'serhetabat'],
    history: [inServiceBy('2017-11', TREND_LAPIS, { en: 'The Turkmen railway from the Afghan border that the Lapis Lazuli corridor uses.' })],
  },
  {
    id: 'serhetabat-torghundi',
    name: { en: 'Serhetabat – Torghundi railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['serhetabat', 'torghundi'],
    history: [inServiceBy('2017-11', TREND_LAPIS, { en: 'The Lapis Lazuli corridor starts at Torghundi, across the border.' })],
  },
  {
    id: 'samarkand-tashkent',
    name: { en: 'Samarkand – Jizzakh – Tashkent main line' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['samarkand', 'jizzakh', 'guliston', 'tashkent'],
    history: [opened('1899', UZVAGONTAMIR_HISTORY)],
  },
  {
    id: 'tashkent-angren',
    name: { en: 'Tashkent – Angren railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['tashkent', 'angren'],
    history: [inServiceBy('2016-06-04', KUN_ANGREN_POP, { en: 'The Angren – Pop line continues it over the Kamchik pass.' })],
  },
  {
    id: 'angren-pop',
    name: { en: 'Angren – Pop railway (Kamchik tunnel)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['angren', 'wp-kamchik', 'pop'],
    history: [inServiceBy('2016-06-04', KUN_ANGREN_POP, { en: 'The first train ran over the new line in 2016.' })],
  },
  {
    id: 'fergana-pop-andijan',
    name: { en: 'Pop – Namangan – Andijan railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['pop', 'namangan', 'andijan'],
    history: [inServiceBy('2023-07-05', KUN_CKU, { en: 'Used by the China – Kyrgyzstan – Uzbekistan container trains from Osh to Tashkent.' })],
  },
  {
    id: 'andijan-osh',
    name: { en: 'Andijan – Osh railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['andijan', 'osh'],
    history: [inServiceBy('2023-07-05', KUN_CKU, { en: 'Used by the China – Kyrgyzstan – Uzbekistan container trains from Osh.' })],
  },
  {
    id: 'kashgar-osh-road',
    name: { en: 'Kashgar – Irkeshtam – Osh road' },
    mode: 'road',
    nodes: ['kashgar', 'irkeshtam', 'wp-sary-tash', 'gulcha', 'osh'],
    history: [inServiceBy('2023-07-05', KUN_CKU, { en: 'Containers cross the Irkeshtam pass by truck.' })],
  },

  // ------------------------------------------------------------------ Afghanistan and Pakistan
  {
    id: 'termez-mazar',
    name: { en: 'Termez – Hairatan – Mazar-i-Sharif railway' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['termez', 'hairatan', 'mazar-i-sharif'],
    history: [opened('2011', WIKI_HAIRATAN)],
  },
  {
    id: 'trans-afghan-new-line',
    name: { en: 'Trans-Afghan railway, Naibabad – Logar – Kharlachi (planned line)' },
    mode: 'rail',
    nodes: ['mazar-i-sharif', 'maidan-shahr', 'pul-e-alam', 'parachinar'],
    history: [
      change('2023-07-18', 'planned', 'agreement-signed', ORIENT_UAP, { en: 'Route protocol signed in Islamabad.' }),
      change('2025-07-17', 'planned', 'feasibility-agreed', ASTANA_TIMES_UAP_2025, { en: 'Framework agreement on a joint feasibility study signed in Kabul.' }),
    ],
  },
  {
    id: 'casa-datka-sughd',
    name: { en: 'CASA-1000: Datka – Sughd 500 kV line' },
    mode: 'power-line',
    nodes: ['datka', 'wp-uzgen', 'wp-nookat', 'wp-orozbekovo', 'wp-south-of-sokh', 'wp-batken', 'sughd-substation'],
    history: [
      change(DECLARATION_DATE, 'under-construction', 'baseline', WORLD_BANK_CASA, { en: 'Being built under the World Bank project.' }),
      opened('2025-03-31', NCA_DATKA_2025, { en: 'Launched by the presidents of Kyrgyzstan and Tajikistan.' }),
    ],
  },
  {
    id: 'tajik-grid',
    name: { en: 'Tajik grid, Sughd – Dushanbe – Sangtuda' },
    mode: 'power-line',
    nodes: ['sughd-substation', 'istaravshan', 'dushanbe', 'sangtuda'],
    history: [change(DECLARATION_DATE, 'operating', 'baseline', WORLD_BANK_CASA, { en: 'The existing grid that carries the power between the two new CASA-1000 lines.' })],
  },
  {
    id: 'casa-hvdc',
    name: { en: 'CASA-1000: Sangtuda – Nowshera HVDC line' },
    mode: 'power-line',
    nodes: ['sangtuda', 'kunduz', 'pul-e-khumri', 'jabal-saraj', 'kabul', 'jalalabad', 'nowshera'],
    history: [
      change(DECLARATION_DATE, 'under-construction', 'baseline', WORLD_BANK_CASA, { en: 'Under construction; work in Afghanistan paused since August 2021.' }),
      change('2024-02-23', 'under-construction', 'works-resumed', WORLD_BANK_CASA, { en: 'The World Bank agreed to resume the project in Afghanistan.' }),
    ],
  },
  {
    id: 'tapi-turkmen-section',
    name: { en: 'TAPI: Galkynysh – Serhetabat (Turkmen section)' },
    mode: 'gas-pipeline',
    nodes: ['galkynysh', 'serhetabat'],
    history: [change(DECLARATION_DATE, 'under-construction', 'baseline', NGW_TAPI, { en: 'Reported built, but no gas flows through it yet.' })],
  },
  {
    id: 'tapi-serhetabat-herat',
    name: { en: 'TAPI: Serhetabat – Herat' },
    mode: 'gas-pipeline',
    nodes: ['serhetabat', 'herat'],
    history: [
      change(DECLARATION_DATE, 'under-construction', 'baseline', NGW_TAPI, { en: 'Broke ground in February 2018, then stalled.' }),
      change('2024-09-11', 'under-construction', 'works-resumed', PAJHWOK_TAPI_2024, { en: 'Practical work on the Afghan section began.' }),
      change('2025-10', 'under-construction', 'upgraded', NCA_TAPI_HERAT_2025, { en: 'A further phase of the 153 km section to Herat launched.' }),
    ],
  },
  {
    id: 'tapi-herat-fazilka',
    name: { en: 'TAPI: Herat – Kandahar – Quetta – Multan – Fazilka' },
    mode: 'gas-pipeline',
    nodes: ['herat', 'kandahar', 'chaman', 'quetta', 'multan', 'fazilka'],
    history: [change(DECLARATION_DATE, 'planned', 'baseline', NGW_TAPI, { en: 'Not yet under construction beyond Herat.' })],
  },
];

/** The lines by id. */
export const lineById: ReadonlyMap<string, LineDef> = new Map(lines.map((l) => [l.id, l]));

// ADY's corridor page and Kuryk's opening are cited by the routes too; re-exported for the tests
// that check a route and its lines cite consistently.
export const LINE_SOURCES_ALSO_ON_ROUTES: readonly Source[] = [ADY_EAST_WEST, ASTANA_TIMES_KURYK];
