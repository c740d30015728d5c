// The curated routes: ordered nodes (ids from places.ts), one mode per leg, status as of September
// 2023 and the sources behind every statement. Drawn lengths and countries crossed are not typed
// here: the build computes them from the drawn line. Every source is an article (a URL with a path).
import { concatProse } from './lang';
import { DECLARATION_DATE, type HistoryEvent, type Prose, type RouteDef, type ServiceStatus, type Source, type StraightReason, type StraightReasonKind, type TransferDef } from './types';
import { dated } from './history';
import {
  WORLD_BANK_MC,
  ADY_EAST_WEST,
  WIKI_TITR,
  TREND_AKTAU_POTI,
  ASTANA_TIMES_KURYK,
  KHORGOS_RAIL,
  KTZ_DOSTYK_MOIYNTY,
  RAILNEWS_DOSTYK_MOIYNTY,
  FIELD_VOICE_BESKOL,
  UIC_ZHEZKAZGAN_BEYNEU,
  RAILJOURNAL_DOSTYK,
  UIC_ALTYNKOL,
  RAILWAY_GAZETTE_AFGHAN_GAUGE,
  RAILWAY_MAGAZINE_BTK,
  WIKI_BTK,
  NCA_2024,
  NCA_2025,
  NCA_2025_TRIAL,
  KUN_CKU,
  WIKI_HAIRATAN,
  ORIENT_UAP,
  THE_NEWS_UAP,
  WORLD_BANK_CASA,
  NGW_TAPI,
  TREND_LAPIS,
  TODAY_AZ_LAPIS,
  TASS_KTI,
  UIC_FEEDER_2019,
  INFORM_KHORGOS_KURYK,
  SEA_NEWS_KURYK,
  TREND_SHUTTLE_2023,
  TREND_BTK_2024,
  NEWSILK_CKU_2020,
  ASTANA_TIMES_UAP_2025,
  WIKI_KHORGAS,
  RAILFREIGHT_ALTYNKOL_2018,
  QOGAM_ALTYNKOL_2023,
  KTZ_ALTYNKOL_2023,
  ASTANA_TIMES_ALMATY_BYPASS,
  RAILWAYPRO_ALMATY_BYPASS,
  MECN_ALMATY_BYPASS,
  TREND_KTZ_PROJECTS_2025,
  TURKPA_2014,
  AZERNEWS_CKU_2022,
  RAILWAY_GAZETTE_CKU_2024,
  TREND_CKU_FS_2023,
  TREND_CKU_486_2024,
  KG24_CKU_START_2024,
  TREND_CKU_START_2024,
  TREND_CKU_532_2025,
  TREND_CKU_KG_2025,
  TREND_CKU_2023,
  QAZINFORM_CKUT_2026,
  TOLO_TAPI_2018,
  NCA_TAPI_HERAT_2025,
  PAJHWOK_TAPI_2024,
  SHAMSHAD_TAPI_2026,
  NCA_LAPIS_TRIAL_2018,
  BUSINESS_TM_LAPIS_2024,
  WIKI_ANKARA_KARS,
  WIKI_ISTANBUL_ANKARA,
  WIKI_EASTERN_EXPRESS,
  RAILJOURNAL_ANKARA_2019,
  NCA_KTI_2024,
  RAILNEWS_KYZYLZHAR_2025,
  TREND_RU_SOUTHERN_2025,
  EO_MINERS_MAKMAL,
  REPOST_CKU_TUNNELS_2025,
  ENDLESSROADS_IRKESHTAM,
} from './sources';

const service = (date: string, status: ServiceStatus, event: HistoryEvent, source: Source, note?: Prose) => dated(date, status, event, source, note);
/** A source shows the service running at its date; no start date was found. */
const inServiceBy = (date: string, source: Source, note?: Prose) => service(date, 'regular', 'in-service-by', source, note);

/** The transfers at the Caucasus break of gauge, shared by the routes through Akhalkalaki. */
const AKHALKALAKI_GAUGE: TransferDef = {
  at: 'akhalkalaki',
  kind: 'break-of-gauge',
  text: { en: 'Break of gauge between 1,520 mm (Georgia, Azerbaijan) and 1,435 mm (Türkiye): containers are transhipped or wagon bogies changed.' },
  sources: [RAILWAY_MAGAZINE_BTK],
};

const NOT_PLACED: Prose = { en: 'No station between these two could be placed from the gazetteer or a cited coordinate: drawn straight.' };

const straight = (from: string, to: string, kind: StraightReasonKind, text: Prose): StraightReason => ({ from, to, kind, text });
/** `detail`: a sentence added after the common one, with its leading space. */
const unplaced = (from: string, to: string, detail?: Prose): StraightReason =>
  straight(from, to, 'no-placed-station', detail ? concatProse(NOT_PLACED, detail) : NOT_PLACED);

/** Reasons for the long stretches of the shared Turkmen and Caucasus sections. */
const TURKMEN_REASONS: StraightReason[] = [];


/** Georgian main line, Tbilisi to the Black Sea junction at Samtredia. */
const TBILISI_SAMTREDIA = ['tbilisi', 'gori', 'khashuri', 'samtredia'];
/** Transcaucasus railway from the port at Alat to Tbilisi. */
const ALAT_TBILISI = ['alat', 'kurdamir', 'ujar', 'yevlakh', 'ganja', 'shamkir', 'tovuz', 'aghstafa', 'gardabani', 'tbilisi'];
/** Baku–Tbilisi–Kars line from Tbilisi. */
const TBILISI_KARS = ['tbilisi', 'tetritskaro', 'akhalkalaki', 'kars'];
/** The Trans-Caspian railway across Turkmenistan, from Mary to the port. */
const MARY_TURKMENBASHI = ['mary', 'tejen', 'kaka', 'wp-kopet-dag', 'annau', 'ashgabat', 'baharly', 'serdar', 'bereket', 'balkanabat', 'wp-balkan-gulf-north', 'turkmenbashi'];
/** Osh to Tashkent by rail, over the Kamchik pass (Pop – Angren). */
const OSH_TASHKENT = ['osh', 'andijan', 'namangan', 'pop', 'wp-kamchik', 'angren', 'tashkent'];
const KASHGAR_OSH = ['kashgar', 'ulugqat', 'irkeshtam', 'sary-tash', 'gulcha', 'osh'];
const road = (n: number) => Array.from({ length: n }, () => 'road' as const);
/** The Ankara – Kars and Istanbul – Ankara railways, from Kars west. */
const KARS_ISTANBUL = [
  'kars', 'wp-sarikamis', 'erzurum', 'wp-askale', 'wp-erzincan', 'wp-divrigi', 'wp-cetinkaya', 'sivas', 'wp-sarkisla', 'kayseri', 'wp-yerkoy', 'wp-kirikkale', 'ankara',
  'wp-polatli', 'wp-eskisehir', 'wp-bilecik', 'wp-arifiye', 'wp-izmit', 'wp-gebze', 'istanbul',
];

const rail = (n: number) => Array.from({ length: n }, () => 'rail' as const);

export const routes: RouteDef[] = [
  // ------------------------------------------------------------------ Middle Corridor
  {
    id: 'middle-corridor-core',
    name: { en: 'Middle Corridor: Dostyk – Aktau – Alat – Poti' },
    group: 'middle-corridor',
    nodes: [
      'dostyk', 'aktogay', 'sayak', 'balkhash', 'moiynty', 'zharyk', 'zhezkazgan', 'saksaulskaya', 'shalkar', 'beyneu', 'shetpe', 'aktau',
      'wp-absheron-east', ...ALAT_TBILISI, ...TBILISI_SAMTREDIA.slice(1), 'poti',
    ],
    modes: [...rail(11), 'sea', 'sea', ...rail(9), ...rail(3), 'rail'],
    service: [inServiceBy('2019-04-16', UIC_FEEDER_2019, { en: 'Container block trains and a regular Caspian feeder from Aktau.' })],
    statusNote: {
      en: 'The Trans-Caspian International Transport Route; the Caspian leg is a ferry crossing. Two rail gateways from China feed it: Dostyk, drawn here, and Altynkol (the Khorgos branch), the larger of the two. The published 988 km of Zhezkazgan – Beyneu are its two new lines of 2014, Zhezkazgan – Saksaulskaya and Shalkar – Beyneu; between them the trains use the Orenburg – Tashkent line of 1906 from Saksaulskaya to Shalkar.',
    },
    schematic: true,
    facts: [
      { text: { en: 'Aktau–Poti: about 1,300 km across the Caspian route' }, source: TREND_AKTAU_POTI },
      { text: { en: 'Trans-Caspian volumes could triple to 11 Mt by 2030 while travel time halves' }, source: WORLD_BANK_MC },
      { text: { en: 'A new line from Moiynty west to Kyzylzhar on the Zhezkazgan – Beyneu line (323 km) is being built, due by December 2026: not drawn' }, source: RAILNEWS_KYZYLZHAR_2025 },
    ],
    sources: [WORLD_BANK_MC, ADY_EAST_WEST, WIKI_TITR, KTZ_DOSTYK_MOIYNTY, RAILNEWS_DOSTYK_MOIYNTY, UIC_ZHEZKAZGAN_BEYNEU, TURKPA_2014, RAILFREIGHT_ALTYNKOL_2018],
    straightReasons: [
      unplaced('dostyk', 'aktogay', { en: ` KTZ names Beskol, Zhalanashkol, Akshi and Koktuma on this stretch (${FIELD_VOICE_BESKOL.title}).` }),
      unplaced('aktogay', 'sayak'),
      unplaced('sayak', 'balkhash'),
      unplaced('moiynty', 'zharyk'),
      unplaced('zharyk', 'zhezkazgan'),
      unplaced('zhezkazgan', 'saksaulskaya', { en: ' The line opened in 2014 across the desert.' }),
      unplaced('shalkar', 'beyneu'),
      unplaced('beyneu', 'shetpe'),
    ],
    sections: [
      { from: 'dostyk', to: 'moiynty', name: { en: 'Dostyk – Moiynty' }, publishedKm: 836, source: KTZ_DOSTYK_MOIYNTY },
      { from: 'zhezkazgan', to: 'beyneu', name: { en: 'Zhezkazgan – Beyneu, the two new lines (opened 2014)' }, publishedKm: 988, source: UIC_ZHEZKAZGAN_BEYNEU },
      { from: 'saksaulskaya', to: 'shalkar', name: { en: 'Saksaulskaya – Shalkar, Orenburg – Tashkent line (1906)' }, existing: true },
    ],
    transfers: [
      {
        at: 'dostyk',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Dostyk – Alashankou crossing: from China’s 1,435 mm to Kazakhstan’s 1,520 mm; containers change trains at the gauge transfer terminal.' },
        sources: [RAILJOURNAL_DOSTYK],
      },
    ],
  },
  {
    id: 'middle-corridor-khorgos',
    name: { en: 'Middle Corridor: Khorgos / Altynkol – Almaty – Shu' },
    group: 'middle-corridor',
    nodes: ['khorgos', 'altynkol', 'zharkent', 'ortakudyk', 'zhetygen', 'almaty', 'otar', 'shu'],
    modes: rail(7),
    service: [
      service('2012-12-22', 'regular', 'regular-service', WIKI_KHORGAS, { en: 'The first regular trains crossed the border at Khorgos – Altynkol.' }),
      service('2018-08-11', 'regular', 'regular-service', INFORM_KHORGOS_KURYK, { en: 'A regular container train from Khorgos to the Caspian port of Kuryk was launched.' }),
      service('2022-12', 'regular', 'regular-service', TREND_SHUTTLE_2023, { en: 'A scheduled container shuttle from Altynkol to Poti and Batumi.' }),
      service('2023-04-01', 'regular', 'upgraded', QOGAM_ALTYNKOL_2023, { en: 'Transit from China to Central Asia rerouted through Altynkol while Dostyk – Moiynty was being double-tracked.' }),
      service('2023-11-14', 'regular', 'construction-begun', ASTANA_TIMES_ALMATY_BYPASS, {
        en: 'Construction of the Almaty bypass (Zhetygen – Kazybek Bek, about 75 km) launched, to take transit trains from Altynkol off the line through Almaty; due in 2025, no opening reported by early 2026.',
      }),
    ],
    statusNote: {
      en: 'The second rail crossing with China and the larger gateway. From Altynkol the line runs to Zhetygen, north of Almaty, where it joins the Turksib; Middle Corridor trains go south through the Almaty junction and west to Shu. Which line they take west of Shu toward the Caspian (north via Moiynty and Zhezkazgan, or west via Arys and Kyzylorda to Saksaulskaya) is not published, so the branch is drawn to Shu and stops there. A bypass of Almaty, Zhetygen – Kazybek Bek, has been under construction since November 2023.',
    },
    schematic: true,
    facts: [
      { text: { en: 'Zhetygen–Altynkol railway: 293 km' }, source: KHORGOS_RAIL },
      { text: { en: 'Container handling in 2018: Dostyk 760 TEU a day, Altynkol more than 5,000' }, source: RAILFREIGHT_ALTYNKOL_2018 },
      { text: { en: 'Over 7 million tonnes through Altynkol – Khorgos in the first seven months of 2023, 30% more than a year before' }, source: KTZ_ALTYNKOL_2023 },
      { text: { en: 'The Almaty junction serves four directions: Shu, Aktogay, Altynkol and Almaty-2' }, source: ASTANA_TIMES_ALMATY_BYPASS },
      { text: { en: 'The line through Almaty is one of the two main lines of Kazakhstan’s part of the Trans-Caspian route' }, source: MECN_ALMATY_BYPASS },
      { text: { en: 'Almaty bypass: 75 km, built 2024–2025 (plan)' }, source: TREND_KTZ_PROJECTS_2025 },
    ],
    sources: [WORLD_BANK_MC, WIKI_KHORGAS, KHORGOS_RAIL, UIC_ALTYNKOL, RAILFREIGHT_ALTYNKOL_2018, ASTANA_TIMES_ALMATY_BYPASS, RAILWAYPRO_ALMATY_BYPASS, MECN_ALMATY_BYPASS],
    sections: [
      { from: 'altynkol', to: 'zhetygen', name: { en: 'Altynkol – Zhetygen' }, publishedKm: 293, source: KHORGOS_RAIL },
      { from: 'zhetygen', to: 'shu', name: { en: 'Turksib, Zhetygen – Almaty – Shu' }, existing: true },
    ],
    transfers: [
      {
        at: 'altynkol',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Khorgos – Altynkol crossing: China’s 1,435 mm meets the 1,520 mm gauge that runs from Altynkol station; gantry cranes move containers between the trains.' },
        sources: [UIC_ALTYNKOL, WIKI_KHORGAS],
      },
    ],
  },
  {
    id: 'middle-corridor-kuryk',
    name: { en: 'Middle Corridor: Kuryk – Alat ferry' },
    group: 'middle-corridor',
    nodes: ['kuryk', 'wp-absheron-east', 'alat'],
    modes: ['sea', 'sea'],
    service: [service('2017-03', 'regular', 'opened', SEA_NEWS_KURYK, { en: 'The first cargo from Kuryk reached Azerbaijan.' })],
    statusNote: { en: 'Kuryk lies about 70 km south of Aktau; its ferry complex opened in 2017.' },
    schematic: true,
    facts: [{ text: { en: 'Kuryk port put into service in December 2016, operating from March 2017' }, source: ASTANA_TIMES_KURYK }],
    sources: [WORLD_BANK_MC, ASTANA_TIMES_KURYK],
  },
  {
    id: 'middle-corridor-batumi',
    name: { en: 'Middle Corridor: Tbilisi – Batumi' },
    group: 'middle-corridor',
    nodes: [...TBILISI_SAMTREDIA, 'batumi'],
    modes: rail(4),
    service: [inServiceBy('2022-12', TREND_SHUTTLE_2023, { en: 'A scheduled container shuttle from Altynkol to Poti and Batumi.' })],
    schematic: true,
    sources: [ADY_EAST_WEST, WIKI_TITR],
  },
  {
    id: 'baku-tbilisi-kars',
    name: { en: 'Baku–Tbilisi–Kars railway' },
    group: 'middle-corridor',
    nodes: ['baku', 'wp-baku-alat', ...ALAT_TBILISI, ...TBILISI_KARS.slice(1)],
    modes: rail(14),
    service: [service('2017-10-30', 'regular', 'opened', WIKI_BTK), service('2024-05-20', 'regular', 'upgraded', TREND_BTK_2024, { en: 'Freight on the rebuilt Georgian section, capacity raised from 1 to 5 million tonnes a year.' })],
    statusNote: { en: 'Operating since 2017.' },
    schematic: true,
    publishedLength: { km: 826, text: { en: '826 km, Baku to Kars' }, source: WIKI_BTK, covers: { en: 'Baku to Kars' } },
    sources: [ADY_EAST_WEST, WIKI_TITR, WIKI_BTK, RAILWAY_MAGAZINE_BTK],
    transfers: [AKHALKALAKI_GAUGE],
  },
  {
    id: 'middle-corridor-turkmen-branch',
    name: { en: 'Middle Corridor: Turkmenbashi – Alat ferry' },
    group: 'middle-corridor',
    nodes: ['turkmenbashi', 'wp-krasnovodsk-gulf', 'alat'],
    modes: ['sea', 'sea'],
    service: [
      inServiceBy('2017-11', TREND_LAPIS, { en: 'The Turkmenbashi – Alat ferry is part of the Lapis Lazuli corridor agreed in November 2017.' }),
      service('2025-10-15', 'regular', 'first-trial', TREND_RU_SOUTHERN_2025, { en: 'The first multimodal container run from Kashgar to Baku by the southern branch was to cross here from the Turkmen port.' }),
    ],
    schematic: true,
    sources: [NCA_2025, NCA_2024, TREND_RU_SOUTHERN_2025],
  },
  {
    id: 'middle-corridor-southern-branch',
    name: { en: 'Southern branch: Kashgar – Osh – Andijan – Turkmenbashi' },
    group: 'middle-corridor',
    nodes: [
      ...KASHGAR_OSH, ...OSH_TASHKENT.slice(1), 'guliston', 'jizzakh', 'samarkand', 'kattakurgan', 'navoi', 'bukhara', 'karakul',
      'farap', 'turkmenabat', 'bayramaly', ...MARY_TURKMENBASHI,
    ],
    modes: [...road(KASHGAR_OSH.length - 1), ...rail(28)],
    service: [service(DECLARATION_DATE, 'planned', 'baseline', NCA_2024, { en: 'Not running in September 2023: a Turkmen delegation was still studying the route in May 2024.' }), service('2025-01-24', 'trial', 'first-trial', NCA_2025, { en: 'Kyrgyzstan’s transport ministry called the corridor fully operational.' }), service('2025-10-15', 'trial', 'first-trial', NCA_2025_TRIAL, { en: 'Trial launch of the China – Kyrgyzstan – Uzbekistan – Turkmenistan multimodal corridor.' })],
    statusNote:
      { en: 'Not operating in September 2023. A multimodal route on existing roads and railways rather than one built line: road from Kashgar to Osh, then rail via Andijan, Tashkent and Farap to the port of Turkmenbashi. A Turkmen delegation was still studying it in May 2024; the Kyrgyz transport ministry called it fully operational in January 2025, and a trial run of the China – Kyrgyzstan – Uzbekistan – Turkmenistan corridor was launched in October 2025.' },
    schematic: true,
    facts: [
      {
        text: { en: 'Bishkek to the port of Turkmenbashi: 2,500 km (the ministry’s figure for a journey from Bishkek, not the line drawn here from Kashgar)' },
        source: NCA_2025,
      },
    ],
    sources: [NCA_2024, NCA_2025, NCA_2025_TRIAL, ENDLESSROADS_IRKESHTAM],
    straightReasons: [unplaced('turkmenabat', 'bayramaly'), ...TURKMEN_REASONS],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan',
    name: { en: 'China – Kyrgyzstan – Uzbekistan road–rail service via Irkeshtam (context)' },
    group: 'middle-corridor',
    nodes: [...KASHGAR_OSH, ...OSH_TASHKENT.slice(1)],
    modes: [...road(KASHGAR_OSH.length - 1), ...rail(6)],
    service: [
      service('2020-06', 'regular', 'regular-service', NEWSILK_CKU_2020, { en: 'The road–rail service from Lanzhou by rail to Kashgar, by road over Irkeshtam to Osh and by rail on to Tashkent began.' }),
      service('2023-06-13', 'regular', 'upgraded', TREND_CKU_2023, { en: 'A new series of trains on the corridor began; a train from Langfang followed in July 2023.' }),
      service('2026-02', 'regular', 'first-trial', QAZINFORM_CKUT_2026, { en: 'A pilot train from Lanzhou carried the service on through Uzbekistan to Dushanbe, Tajikistan.' }),
    ],
    statusNote: {
      en: 'A road–rail service running since June 2020: rail to Kashgar, road over the Irkeshtam crossing to Osh, rail from Osh via Andijan to Tashkent. The trains of June and July 2023 were new origins on a running service, not a first run. Not the planned China – Kyrgyzstan – Uzbekistan railway via Torugart, which is drawn as its own route.',
    },
    schematic: true,
    named: false,
    sources: [NEWSILK_CKU_2020, KUN_CKU, TREND_CKU_2023, QAZINFORM_CKUT_2026, ENDLESSROADS_IRKESHTAM],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan-railway',
    name: { en: 'China – Kyrgyzstan – Uzbekistan railway (Kashgar – Torugart – Jalal-Abad – Andijan)' },
    group: 'middle-corridor',
    nodes: ['kashgar', 'torugart', 'makmal', 'jalal-abad', 'andijan'],
    modes: rail(4),
    service: [
      service('2022-09-14', 'planned', 'feasibility-agreed', AZERNEWS_CKU_2022, { en: 'Agreement at Samarkand to complete the feasibility study of the Kyrgyz section by 1 June 2023.' }),
      service('2023-05', 'planned', 'feasibility-approved', RAILWAY_GAZETTE_CKU_2024, { en: 'Feasibility study completed by China Railway Construction Corporation (approved in June 2023, per Kyrgyzstan’s cabinet).' }),
      service('2024-06-06', 'planned', 'agreement-signed', RAILWAY_GAZETTE_CKU_2024, { en: 'Intergovernmental agreement signed in Beijing; a joint company of the three railways registered on 26 July 2024.' }),
      service('2024-12-27', 'planned', 'construction-begun', TREND_CKU_START_2024, { en: 'Construction launched at a ceremony in the Jalal-Abad region of Kyrgyzstan.' }),
    ],
    statusNote: {
      en: 'Planned in September 2023: the feasibility study had been approved, but nothing agreed on building it. Intergovernmental agreement 6 June 2024; construction began in Kyrgyzstan on 27 December 2024, and by December 2025 work was under way on 18 of its 29 tunnels. No start of works on the Chinese section (Kashgar – Torugart) or on the roughly 50 km in Uzbekistan was found, and the Uzbek alignment (a new line, or the existing line via Kara-Suu) is not published. Not the road–rail service via Irkeshtam and Osh, which has run since 2020.',
    },
    schematic: true,
    named: false,
    facts: [
      { text: { en: '454 km (the feasibility study: at least 280 km in Kyrgyzstan, 41 tunnels)' }, source: TREND_CKU_FS_2023 },
      { text: { en: '486 km, Kashgar – Torugart – Makmal – Jalal-Abad – Andijan' }, source: TREND_CKU_486_2024 },
      { text: { en: '523 km: China 213, Kyrgyzstan 260, Uzbekistan 50' }, source: RAILWAY_GAZETTE_CKU_2024 },
      { text: { en: '532.53 km' }, source: TREND_CKU_532_2025 },
      { text: { en: 'Kyrgyz section about 305 km: 1,435 mm for 160 km from Torugart to Makmal, 1,520 mm for 145 km from Makmal to Jalal-Abad' }, source: TREND_CKU_KG_2025 },
      { text: { en: 'Cost put at US$8 bn; up to 15 Mt of freight a year' }, source: RAILWAY_GAZETTE_CKU_2024 },
    ],
    publishedLength: { km: 523, text: { en: '523 km (China 213, Kyrgyzstan 260, Uzbekistan 50); other sources give 454, 486 and 532.53 km' }, source: RAILWAY_GAZETTE_CKU_2024 },
    lengthReason: {
      en: 'A planned line through the Tian Shan whose alignment is not public: drawn straight between the places the sources name, so shorter than the line will be; and the published lengths themselves disagree (454, 486, 523, 532.53 km).',
    },
    sections: [{ from: 'torugart', to: 'jalal-abad', name: { en: 'Kyrgyz section, Torugart – Makmal – Jalal-Abad' }, publishedKm: 305, source: TREND_CKU_KG_2025 }],
    transfers: [
      {
        at: 'makmal',
        kind: 'break-of-gauge',
        text: { en: 'Planned break of gauge at Makmal: China’s 1,435 mm from Torugart meets the 1,520 mm of Kyrgyzstan and Uzbekistan; a wheelset-change station and logistics centre are planned there.' },
        sources: [TREND_CKU_KG_2025, RAILWAY_GAZETTE_CKU_2024],
      },
    ],
    sources: [
      RAILWAY_GAZETTE_CKU_2024, AZERNEWS_CKU_2022, TREND_CKU_FS_2023, TREND_CKU_486_2024, KG24_CKU_START_2024, TREND_CKU_START_2024, TREND_CKU_532_2025,
      TREND_CKU_KG_2025, EO_MINERS_MAKMAL, REPOST_CKU_TUNNELS_2025,
    ],
  },
  {
    id: 'kazakhstan-turkmenistan-iran',
    name: { en: 'Kazakhstan – Turkmenistan – Iran railway (context)' },
    group: 'middle-corridor',
    nodes: ['uzen', 'wp-east-of-garabogaz', 'bereket', 'gorgan'],
    modes: rail(3),
    service: [
      service('2014-12-03', 'regular', 'opened', TASS_KTI),
      service('2024-07', 'regular', 'first-trial', NCA_KTI_2024, { en: 'Pilot container trains between China and Iran over the line (via Altynkol, Bolashak and Etrek), with the gauge changed at Etrek.' }),
    ],
    statusNote: {
      en: 'Part of the North–South corridor, opened on 3 December 2014; from Gorgan it joins the Iranian network to the Gulf ports. Wagons change to Iran’s 1,435 mm gauge at Etrek, near the Turkmen – Iranian border (not placed). In July 2024 pilot container trains ran between China and Iran over it.',
    },
    schematic: true,
    named: false,
    publishedLength: { km: 928, text: { en: '928 km, Uzen to Gorgan' }, source: TASS_KTI, covers: { en: 'Uzen to Gorgan' } },
    sources: [TASS_KTI, NCA_KTI_2024],
    straightReasons: [
      unplaced('uzen', 'wp-east-of-garabogaz', { en: ' TASS names Gyzylgaya on the way; the line is bent only to keep it east of the lagoon.' }),
      unplaced('wp-east-of-garabogaz', 'bereket'),
      unplaced('bereket', 'gorgan', { en: ' TASS names Etrek, near the border.' }),
    ],
  },
  {
    id: 'lapis-lazuli-corridor',
    name: { en: 'Lapis Lazuli corridor: Torghundi – Turkmenbashi – Baku – Tbilisi – Kars – Istanbul' },
    group: 'middle-corridor',
    alsoGroups: ['south-asia'],
    nodes: ['torghundi', 'serhetabat', 'yoloten', ...MARY_TURKMENBASHI, 'wp-krasnovodsk-gulf', ...ALAT_TBILISI, ...TBILISI_KARS.slice(1), ...KARS_ISTANBUL.slice(1)],
    modes: [...rail(14), 'sea', 'sea', ...rail(12), ...rail(KARS_ISTANBUL.length - 1)],
    service: [
      service('2017-11-15', 'planned', 'agreement-signed', TREND_LAPIS, { en: 'Agreement on transit and transport cooperation signed at Ashgabat by Afghanistan, Azerbaijan, Georgia, Türkiye and Turkmenistan.' }),
      service('2018-12-13', 'trial', 'first-trial', NCA_LAPIS_TRIAL_2018, { en: 'The first trial shipment of Afghan goods, nine trucks, left Herat for Torghundi and Turkmenistan.' }),
    ],
    statusNote: {
      en: 'An agreement of 15 November 2017 that puts existing railways, roads and the Caspian ferry under one corridor: Torghundi – Ashgabat – Turkmenbashi – Baku – Tbilisi – Kars – Ankara – Istanbul, with branches to Poti and Batumi. One trial run was found (December 2018: a convoy of nine trucks of Afghan goods from Herat), but no regular service; in February 2024 Turkmenistan and Afghanistan were preparing a meeting of the five states. The lines it is drawn on have all long been in use.',
    },
    schematic: true,
    sources: [TREND_LAPIS, TODAY_AZ_LAPIS, NCA_LAPIS_TRIAL_2018, BUSINESS_TM_LAPIS_2024, WIKI_ANKARA_KARS, WIKI_ISTANBUL_ANKARA, WIKI_EASTERN_EXPRESS, RAILJOURNAL_ANKARA_2019],
    straightReasons: [
      unplaced('serhetabat', 'yoloten', { en: ' The branch of 1901 up the Murghab and Kushk valleys had stations such as Sultan-i-band, Imam Baba and Sary-Yazy; none is in the gazetteer.' }),
      ...TURKMEN_REASONS,
    ],
    transfers: [AKHALKALAKI_GAUGE],
  },

  // ------------------------------------------------------------------ Toward South Asia
  {
    id: 'termez-mazar-railway',
    name: { en: 'Termez – Hairatan – Mazar-i-Sharif railway' },
    group: 'south-asia',
    nodes: ['termez', 'hairatan', 'mazar-i-sharif'],
    modes: ['rail', 'rail'],
    service: [service('2011', 'regular', 'opened', WIKI_HAIRATAN)],
    statusNote: { en: 'Opened in 2011; Afghanistan’s link to the Uzbek rail network, on the 1,520 mm gauge.' },
    schematic: true,
    facts: [{ text: { en: 'Termez–Hairatan 10 km, Hairatan–Mazar-i-Sharif 75 km: 85 km in all' }, source: WIKI_HAIRATAN }],
    publishedLength: { km: 85, text: { en: '85 km, Termez to Mazar-i-Sharif' }, source: WIKI_HAIRATAN },
    sources: [WIKI_HAIRATAN, RAILWAY_GAZETTE_AFGHAN_GAUGE],
  },
  {
    id: 'trans-afghan-railway',
    name: { en: 'Trans-Afghan railway (Uzbekistan – Afghanistan – Pakistan)' },
    group: 'south-asia',
    nodes: ['termez', 'hairatan', 'mazar-i-sharif', 'maidan-shahr', 'pul-e-alam', 'parachinar'],
    modes: rail(5),
    service: [service('2023-07-18', 'planned', 'agreement-signed', ORIENT_UAP, { en: 'Route protocol signed in Islamabad.' }), service('2025-07-17', 'planned', 'feasibility-agreed', ASTANA_TIMES_UAP_2025, { en: 'Framework agreement on a joint feasibility study signed in Kabul.' })],
    statusNote:
      { en: 'Route protocol signed in Islamabad on 18 July 2023: Termez – Mazar-i-Sharif – Naibabad – Maidan Shahr – Logar – Kharlachi (Kurram, Pakistan). Drawn to Parachinar, the Kurram district town about 20 km from the Kharlachi crossing: no sourced coordinate was found for the crossing itself.' },
    schematic: true,
    facts: [
      { text: { en: 'About 760 km' }, source: ORIENT_UAP },
      { text: { en: 'Target completion end of 2027; up to 15 Mt a year by 2030' }, source: ORIENT_UAP },
    ],
    publishedLength: { km: 760, text: { en: 'About 760 km' }, source: ORIENT_UAP },
    lengthReason:
      { en: 'A planned line whose alignment across the Hindu Kush is not public: drawn straight between the places the protocol names, so the drawn line is shorter than the published figure.' },
    sources: [ORIENT_UAP, THE_NEWS_UAP, RAILWAY_GAZETTE_AFGHAN_GAUGE],
    straightReasons: [
      straight(
        'mazar-i-sharif',
        'maidan-shahr',
        'alignment-not-public',
        { en: 'A planned line: its alignment across the Hindu Kush from Naibabad to Maidan Shahr is not public, so it is drawn straight between the places the protocol names.' },
      ),
    ],
    transfers: [
      {
        at: 'parachinar',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Pakistan border: Pakistan’s railways use 1,676 mm; the Afghan line is to be 1,520 mm, like Uzbekistan’s.' },
        sources: [RAILWAY_GAZETTE_AFGHAN_GAUGE],
      },
    ],
  },
  {
    id: 'casa-1000',
    name: { en: 'CASA-1000 power line' },
    group: 'south-asia',
    nodes: [
      'datka', 'wp-uzgen', 'wp-nookat', 'wp-orozbekovo', 'wp-south-of-sokh', 'wp-batken', 'sughd-substation',
      'istaravshan', 'dushanbe', 'sangtuda', 'kunduz', 'pul-e-khumri', 'jabal-saraj', 'kabul', 'jalalabad', 'nowshera',
    ],
    modes: Array.from({ length: 15 }, () => 'power-line' as const),
    service: [service(DECLARATION_DATE, 'planned', 'baseline', WORLD_BANK_CASA, { en: 'No power flows yet: the lines are being built.' })],
    statusNote:
      { en: 'Work on the Afghan section has been paused since August 2021. Two new lines: a 500 kV AC line from the Datka substation in Kyrgyzstan to the Sughd substation in Tajikistan (drawn at Bazar-Korgon and bent through southern Kyrgyzstan only to keep it out of Uzbekistan: its real route is not drawn), and an HVDC line from the Sangtuda converter through Afghanistan to Nowshera in Pakistan. Between Sughd and Sangtuda the power runs on the existing Tajik grid, drawn through Istaravshan and Dushanbe and not counted in the length.' },
    schematic: true,
    facts: [
      { text: { en: 'Datka–Sughd 500 kV AC line: 485 km' }, source: WORLD_BANK_CASA },
      { text: { en: 'HVDC line: 750 km (Tajikistan 117, Afghanistan 562, Pakistan 71)' }, source: WORLD_BANK_CASA },
      { text: { en: '1,300 MW; about US$1.2 bn' }, source: WORLD_BANK_CASA },
    ],
    publishedLength: {
      km: 1235,
      text: { en: '485 km (AC) + 750 km (HVDC)' },
      source: WORLD_BANK_CASA,
      covers: { en: 'the two new lines, without the Tajik grid between them' },
    },
    sections: [
      { from: 'datka', to: 'sughd-substation', name: { en: 'Datka – Sughd 500 kV AC line' }, publishedKm: 485, source: WORLD_BANK_CASA },
      { from: 'sughd-substation', to: 'sangtuda', name: { en: 'Existing Tajik grid' }, existing: true },
      { from: 'sangtuda', to: 'nowshera', name: { en: 'Sangtuda – Nowshera HVDC line' }, publishedKm: 750, source: WORLD_BANK_CASA },
    ],
    sources: [WORLD_BANK_CASA],
    straightReasons: [
      straight('istaravshan', 'dushanbe', 'alignment-not-public', { en: 'Existing Tajik grid: the sources do not give the route of its lines, so it is drawn straight.' }),
    ],
  },
  {
    id: 'tapi-pipeline',
    name: { en: 'TAPI gas pipeline' },
    group: 'south-asia',
    nodes: ['galkynysh', 'serhetabat', 'herat', 'adraskan', 'shindand', 'delaram', 'gereshk', 'kandahar', 'chaman', 'quetta', 'multan', 'fazilka'],
    modes: Array.from({ length: 11 }, () => 'gas-pipeline' as const),
    service: [
      service(DECLARATION_DATE, 'planned', 'baseline', NGW_TAPI, { en: 'No gas flows yet.' }),
      service('2024-09-11', 'planned', 'works-resumed', PAJHWOK_TAPI_2024, { en: 'Practical work on the Afghan section began.' }),
      service('2025-10', 'planned', 'construction-begun', NCA_TAPI_HERAT_2025, { en: 'Construction of the 153 km Serhetabat – Herat section launched.' }),
    ],
    statusNote: {
      en: 'The Turkmen section is reported built. The Afghan section broke ground in February 2018 and stalled; practical work began in September 2024, and the 153 km Serhetabat – Herat section was launched in October 2025 (91 km of its route prepared by January 2026, to reach Herat by the end of 2026). In Afghanistan the pipeline is to run beside the Herat – Kandahar highway through Herat, Farah, Nimroz, Helmand and Kandahar provinces; drawn through Adraskan, Shindand, Delaram and Gereshk, towns of the districts TOLOnews names.',
    },
    schematic: true,
    facts: [
      { text: { en: '1,814 km (Turkmenistan 214, Afghanistan 774, Pakistan 826)' }, source: NGW_TAPI },
      { text: { en: '1,821 km in all, 816 km of it in Afghanistan (2025 figure)' }, source: NCA_TAPI_HERAT_2025 },
      { text: { en: 'Route in Afghanistan: Herat (Kushk, Injil, Guzara, Adraskan, Shindand districts), Farah (Bala Buluk, Bakwa), Nimroz (Delaram), Helmand (Washir, Nahr-e Saraj), Kandahar (Maiwand, Zhari, Arghandab, Daman, Spin Boldak)' }, source: TOLO_TAPI_2018 },
      { text: { en: '91 km of the route to Herat prepared for pipe-laying by January 2026' }, source: SHAMSHAD_TAPI_2026 },
      { text: { en: '33 bcm of gas a year' }, source: NGW_TAPI },
    ],
    publishedLength: { km: 1814, text: { en: '1,814 km (a 2025 figure gives 1,821 km)' }, source: NGW_TAPI },
    sources: [NGW_TAPI, TOLO_TAPI_2018, PAJHWOK_TAPI_2024, NCA_TAPI_HERAT_2025, SHAMSHAD_TAPI_2026],
    straightReasons: [
      ...[
        ['galkynysh', 'serhetabat'],
        ['quetta', 'multan'],
        ['multan', 'fazilka'],
      ].map(([a, b]) =>
        straight(a as string, b as string, 'alignment-not-public', { en: 'The sources name the towns the pipeline serves, not its alignment between them: drawn straight.' }),
      ),
      straight('shindand', 'delaram', 'alignment-not-public', {
        en: 'Beside the Herat – Kandahar highway through the Bala Buluk and Bakwa districts of Farah province (TOLOnews, 2018); no town of those districts could be placed, so drawn straight.',
      }),
    ],
  },
];
