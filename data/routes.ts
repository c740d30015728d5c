// The curated routes: ordered nodes (ids from places.ts), one mode per leg, status as of September
// 2023 and the sources behind every statement. Drawn lengths and countries crossed are not typed
// here: the build computes them from the drawn line. Every source is an article (a URL with a path).
import { concatProse } from './lang';
import type { Prose, RouteDef, Source, StraightReason, StraightReasonKind, TransferDef } from './types';

const AS_OF = '2023-09';

// --- Sources ---
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
const KTZ_DOSTYK_MOIYNTY: Source = {
  title: 'Kazakhstan Temir Zholy: the second track on the Dostyk – Moiynty section (836 km) will be completed in 2025',
  url: 'https://railways.kz/en/news/the-construction-of-the-second-track-on-the-dostyk-moiynty-site/',
};
const RAILNEWS_DOSTYK_MOIYNTY: Source = {
  title: 'Rail-news.kz: a journey along the second tracks, from Nurly Zhol to Dostyk (via Balkhash, Sayak, Aktogay)',
  url: 'https://rail-news.kz/ru/news/21909-putesestvie-po-vtorym-putiam-ot-nurly-zol-do-dostyka.html',
};
const FIELD_VOICE_BESKOL: Source = {
  title: 'Kapital.kz via field-voice.com (Mar 2025): second track opened between Beskol and Dostyk',
  url: 'https://field-voice.com/politika/item/15069-dostyk-moyynty-otkryto-dvizhenie-poezdov-esche-na-odnom-uchastke',
};
const UIC_ZHEZKAZGAN_BEYNEU: Source = {
  title: 'UIC e-news 414 (Sep 2014), from KTZ: the Zhezkazgan – Beyneu (988 km) and Arkalyk – Shubarkol lines',
  url: 'https://uic.org/com/enews/nr/414/article/ktz-kazakhstan-information-about',
};
const RAILJOURNAL_DOSTYK: Source = {
  title: 'International Railway Journal: new China – Kazakhstan freight terminal opens (gauge transfer at Dostyk)',
  url: 'https://www.railjournal.com/freight/new-china-kazakhstan-freight-terminal-opens/',
};
const UIC_ALTYNKOL: Source = {
  title: 'UIC e-news 660 (Sep 2019): railwaymen of Altynkol station exchange experience with Chinese colleagues',
  url: 'https://www.uic.org/com/enews/nr/660/article/kazakhstan-railwaymen-of-altynkol-station-exchange-experience-with-chinese',
};
const RAILWAY_GAZETTE_AFGHAN_GAUGE: Source = {
  title: 'Railway Gazette International: gauge selected for Trans-Afghanistan Railway (the gauges of Afghanistan’s neighbours)',
  url: 'https://www.railwaygazette.com/infrastructure/gauge-selected-for-trans-afghanistan-railway/69806.article',
};
const RAILWAY_MAGAZINE_BTK: Source = {
  title: 'The Railway Magazine: New Silk Road – Tbilisi to Kars line now open (gauge changer at Akhalkalaki)',
  url: 'https://railwaymagazine.co.uk/4179/new-silk-road-tbilisi-to-kars-line-now-open',
};
const WIKI_BTK: Source = {
  title: 'Wikipedia: Baku–Tbilisi–Kars railway (line length 826 km)',
  url: 'https://en.wikipedia.org/wiki/Baku%E2%80%93Tbilisi%E2%80%93Kars_railway',
};
const NCA_2024: Source = {
  title: 'nCa (16 May 2024): Turkmenistan explores a transport corridor from the Asia-Pacific to Europe',
  url: 'https://www.newscentralasia.net/2024/05/16/turkmenistan-explores-the-possibilities-of-a-transport-corridor-from-the-asia-pacific-region-to-europe/',
};
const NCA_2025: Source = {
  title: 'nCa (24 Jan 2025): Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan–EU corridor fully operational',
  url: 'https://www.newscentralasia.net/2025/01/24/the-kyrgyzstan-uzbekistan-turkmenistan-azerbaijan-eu-transport-corridor-is-fully-operational-the-kyrgyz-ministry-of-transport-says/',
};
const NCA_2025_TRIAL: Source = {
  title: 'nCa (15 Oct 2025): trial launch of the China – Kyrgyzstan – Uzbekistan – Turkmenistan multimodal corridor',
  url: 'https://www.newscentralasia.net/2025/10/15/central-asia-and-china-open-new-logistics-routes-trial-launch-of-multimodal-corridor-to-turkmenistan/',
};
const KUN_CKU: Source = {
  title: 'Kun.uz (5 Jul 2023): container train departs from China to Uzbekistan on a new multimodal route',
  url: 'https://m.kun.uz/en/news/2023/07/05/container-train-departs-from-china-to-uzbekistan-on-a-new-multimodal-route',
};
const WIKI_HAIRATAN: Source = { title: 'Wikipedia: Hairatan', url: 'https://en.wikipedia.org/wiki/Hairatan' };
const ORIENT_UAP: Source = {
  title: 'Orient (19 Jul 2023): Pakistan, Afghanistan and Uzbekistan intend to build Trans-Afghan Railway',
  url: 'https://orient.tm/en/old/post/57231/pakistan-afghanistan-and-uzbekistan-intend-build-trans-afghan-railway',
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
const TREND_LAPIS: Source = {
  title: 'Trend (27 Nov 2017): Turkmenistan to take part in the Lapis Lazuli corridor',
  url: 'https://en.trend.az/casia/turkmenistan/3518467.html',
};
const TODAY_AZ_LAPIS: Source = {
  title: 'Today.az / Trend (26 Feb 2019): Lapis Lazuli transport ministers to meet in Ashgabat',
  url: 'http://www.today.az/news/regions/179631.html',
};
const TASS_KTI: Source = {
  title: 'TASS (3 Dec 2014): railway line linking Kazakhstan and Turkmenistan to Iran opened',
  url: 'https://tass.com/world/764933',
};

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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
    schematic: true,
    sources: [ADY_EAST_WEST, WIKI_TITR],
  },
  {
    id: 'baku-tbilisi-kars',
    name: { en: 'Baku–Tbilisi–Kars railway' },
    group: 'middle-corridor',
    nodes: ['baku', 'wp-baku-alat', ...ALAT_TBILISI, ...TBILISI_KARS.slice(1)],
    modes: rail(14),
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'planned',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'operating',
    statusAsOf: AS_OF,
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
    status: 'planned',
    statusAsOf: AS_OF,
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
    status: 'under-construction',
    statusAsOf: AS_OF,
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
    status: 'under-construction',
    statusAsOf: AS_OF,
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
