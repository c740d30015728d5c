// The curated routes: ordered nodes (ids from places.ts), one mode per leg, status as of September
// 2023 and the sources behind every statement. Drawn lengths and countries crossed are not typed
// here: the build computes them from the drawn line. Every source is an article (a URL with a path).
import { concatProse } from './lang';
import { DECLARATION_DATE, type Prose, type RouteDef, type ServiceStatus, type Source, type StatusChange, type StraightReason, type StraightReasonKind, type TransferDef } from './types';
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
} from './sources';

type Service = StatusChange<ServiceStatus>;
const service = (date: string, status: ServiceStatus, event: Service['event'], source: Source, note?: Prose): Service =>
  note ? { date, status, event, source, note } : { date, status, event, source };
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
const KASHGAR_OSH = ['kashgar', 'irkeshtam', 'wp-sary-tash', 'gulcha', 'osh'];

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
    statusNote: { en: 'The Trans-Caspian International Transport Route; the Caspian leg is a ferry crossing.' },
    schematic: true,
    facts: [
      { text: { en: 'Aktau–Poti: about 1,300 km across the Caspian route' }, source: TREND_AKTAU_POTI },
      { text: { en: 'Trans-Caspian volumes could triple to 11 Mt by 2030 while travel time halves' }, source: WORLD_BANK_MC },
    ],
    sources: [WORLD_BANK_MC, ADY_EAST_WEST, WIKI_TITR, KTZ_DOSTYK_MOIYNTY, RAILNEWS_DOSTYK_MOIYNTY, UIC_ZHEZKAZGAN_BEYNEU],
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
      { from: 'zhezkazgan', to: 'beyneu', name: { en: 'Zhezkazgan – Beyneu (opened 2014)' }, publishedKm: 988, source: UIC_ZHEZKAZGAN_BEYNEU },
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
    name: { en: 'Middle Corridor: Khorgos – Altynkol – Zhetygen' },
    group: 'middle-corridor',
    nodes: ['khorgos', 'zharkent', 'zhetygen', 'saryozek', 'ushtobe', 'matay', 'aktogay'],
    modes: rail(6),
    service: [inServiceBy('2018-08-11', INFORM_KHORGOS_KURYK, { en: 'A regular container train from Khorgos to the Caspian port of Kuryk was launched.' })],
    statusNote:
      { en: 'The second rail crossing with China. The line runs from Altynkol station at the border to Zhetygen, north of Almaty, where it joins the Turksib; drawn on along the Turksib to Aktogay, where it meets the core route.' },
    schematic: true,
    facts: [{ text: { en: 'Zhetygen–Altynkol railway: 293 km' }, source: KHORGOS_RAIL }],
    sources: [WORLD_BANK_MC, KHORGOS_RAIL, UIC_ALTYNKOL],
    straightReasons: [unplaced('zharkent', 'zhetygen')],
    sections: [
      { from: 'khorgos', to: 'zhetygen', name: { en: 'Altynkol – Zhetygen' }, publishedKm: 293, source: KHORGOS_RAIL },
      { from: 'zhetygen', to: 'aktogay', name: { en: 'Turksib, Zhetygen – Aktogay' }, existing: true },
    ],
    transfers: [
      {
        at: 'khorgos',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Khorgos – Altynkol crossing: China’s 1,435 mm meets the 1,520 mm gauge that runs from Altynkol station.' },
        sources: [UIC_ALTYNKOL, RAILWAY_GAZETTE_AFGHAN_GAUGE],
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
    service: [inServiceBy('2017-11', TREND_LAPIS, { en: 'The Turkmenbashi – Alat ferry is part of the Lapis Lazuli corridor agreed in November 2017.' })],
    schematic: true,
    sources: [NCA_2025, NCA_2024],
  },
  {
    id: 'middle-corridor-southern-branch',
    name: { en: 'Southern branch: Kashgar – Osh – Andijan – Turkmenbashi' },
    group: 'middle-corridor',
    nodes: [
      ...KASHGAR_OSH, ...OSH_TASHKENT.slice(1), 'guliston', 'jizzakh', 'samarkand', 'kattakurgan', 'navoi', 'bukhara', 'karakul',
      'farap', 'turkmenabat', 'bayramaly', ...MARY_TURKMENBASHI,
    ],
    modes: ['road', 'road', 'road', 'road', ...rail(28)],
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
    sources: [NCA_2024, NCA_2025, NCA_2025_TRIAL],
    straightReasons: [unplaced('kashgar', 'irkeshtam'), unplaced('turkmenabat', 'bayramaly'), ...TURKMEN_REASONS],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan',
    name: { en: 'China – Kyrgyzstan – Uzbekistan multimodal route (context)' },
    group: 'middle-corridor',
    nodes: [...KASHGAR_OSH, ...OSH_TASHKENT.slice(1)],
    modes: ['road', 'road', 'road', 'road', ...rail(6)],
    service: [service('2020-06', 'regular', 'regular-service', NEWSILK_CKU_2020, { en: 'The road–rail service from Kashgar over Irkeshtam to Osh and on to Uzbekistan began.' })],
    statusNote: { en: 'A pilot container train ran in July 2023: rail to Kashgar, road across the Irkeshtam crossing to Osh, rail from Osh to Tashkent.' },
    schematic: true,
    named: false,
    sources: [KUN_CKU],
    straightReasons: [unplaced('kashgar', 'irkeshtam')],
  },
  {
    id: 'kazakhstan-turkmenistan-iran',
    name: { en: 'Kazakhstan – Turkmenistan – Iran railway (context)' },
    group: 'middle-corridor',
    nodes: ['uzen', 'wp-east-of-garabogaz', 'bereket', 'gorgan'],
    modes: rail(3),
    service: [service('2014-12-03', 'regular', 'opened', TASS_KTI)],
    statusNote: { en: 'Part of the North–South corridor, opened on 3 December 2014; from Gorgan it joins the Iranian network to the Gulf ports.' },
    schematic: true,
    named: false,
    publishedLength: { km: 928, text: { en: '928 km, Uzen to Gorgan' }, source: TASS_KTI, covers: { en: 'Uzen to Gorgan' } },
    sources: [TASS_KTI],
    straightReasons: [
      unplaced('uzen', 'wp-east-of-garabogaz', { en: ' TASS names Gyzylgaya on the way; the line is bent only to keep it east of the lagoon.' }),
      unplaced('wp-east-of-garabogaz', 'bereket'),
      unplaced('bereket', 'gorgan', { en: ' TASS names Etrek, near the border.' }),
    ],
  },
  {
    id: 'lapis-lazuli-corridor',
    name: { en: 'Lapis Lazuli corridor: Torghundi – Turkmenbashi – Baku – Tbilisi – Kars' },
    group: 'middle-corridor',
    alsoGroups: ['south-asia'],
    nodes: ['torghundi', 'serhetabat', 'yoloten', ...MARY_TURKMENBASHI, 'wp-krasnovodsk-gulf', ...ALAT_TBILISI, ...TBILISI_KARS.slice(1)],
    modes: [...rail(14), 'sea', 'sea', ...rail(12)],
    service: [inServiceBy('2017-11-15', TREND_LAPIS, { en: 'The agreement puts existing railways, roads and the Caspian ferry under one corridor.' })],
    statusNote:
      { en: 'Agreement on transit and transport cooperation signed by Afghanistan, Azerbaijan, Georgia, Türkiye and Turkmenistan on 15 November 2017; it uses existing railways, roads and the Caspian ferry. Beyond Kars it runs on to Ankara and Istanbul (not drawn), with branches to Poti and Batumi.' },
    schematic: true,
    sources: [TREND_LAPIS, TODAY_AZ_LAPIS],
    straightReasons: [unplaced('serhetabat', 'yoloten'), ...TURKMEN_REASONS],
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
    nodes: ['galkynysh', 'serhetabat', 'herat', 'kandahar', 'chaman', 'quetta', 'multan', 'fazilka'],
    modes: Array.from({ length: 7 }, () => 'gas-pipeline' as const),
    service: [service(DECLARATION_DATE, 'planned', 'baseline', NGW_TAPI, { en: 'No gas flows yet.' })],
    statusNote: { en: 'The Turkmen section is reported built; the Afghan section broke ground in February 2018 and has stalled.' },
    schematic: true,
    facts: [
      { text: { en: '1,814 km (Turkmenistan 214, Afghanistan 774, Pakistan 826)' }, source: NGW_TAPI },
      { text: { en: '33 bcm of gas a year' }, source: NGW_TAPI },
    ],
    publishedLength: { km: 1814, text: { en: '1,814 km' }, source: NGW_TAPI },
    sources: [NGW_TAPI],
    straightReasons: [
      ['galkynysh', 'serhetabat'],
      ['herat', 'kandahar'],
      ['quetta', 'multan'],
      ['multan', 'fazilka'],
    ].map(([a, b]) =>
      straight(a as string, b as string, 'alignment-not-public', { en: 'The sources name the towns the pipeline serves, not its alignment between them: drawn straight.' }),
    ),
  },
];
