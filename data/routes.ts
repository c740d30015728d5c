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
  text: { en: 'Break of gauge between 1,520 mm (Georgia, Azerbaijan) and 1,435 mm (Türkiye): containers are transhipped or wagon bogies changed.', ru: 'Смена колеи между 1 520 мм (Грузия, Азербайджан) и 1 435 мм (Турция): контейнеры перегружают либо меняют тележки вагонов.' },
  sources: [RAILWAY_MAGAZINE_BTK],
};

const NOT_PLACED: Prose = { en: 'No station between these two could be placed from the gazetteer or a cited coordinate: drawn straight.', ru: 'Между этими двумя пунктами не удалось нанести на карту ни одной станции ни по географическому справочнику, ни по координатам из источников: участок проведен по прямой.' };

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
    name: { en: 'Middle Corridor: Dostyk – Aktau – Alat – Poti', ru: 'Средний коридор: Достык – Актау – Алят – Поти' },
    group: 'middle-corridor',
    nodes: [
      'dostyk', 'aktogay', 'sayak', 'balkhash', 'moiynty', 'zharyk', 'zhezkazgan', 'saksaulskaya', 'shalkar', 'beyneu', 'shetpe', 'aktau',
      'wp-absheron-east', ...ALAT_TBILISI, ...TBILISI_SAMTREDIA.slice(1), 'poti',
    ],
    modes: [...rail(11), 'sea', 'sea', ...rail(9), ...rail(3), 'rail'],
    service: [inServiceBy('2019-04-16', UIC_FEEDER_2019, { en: 'Container block trains and a regular Caspian feeder from Aktau.', ru: 'Контейнерные маршрутные поезда и регулярная каспийская фидерная линия из Актау.' })],
    statusNote: {
      en: 'The Trans-Caspian International Transport Route; the Caspian leg is a ferry crossing. Two rail gateways from China feed it: Dostyk, drawn here, and Altynkol (the Khorgos branch), the larger of the two. The published 988 km of Zhezkazgan – Beyneu are its two new lines of 2014, Zhezkazgan – Saksaulskaya and Shalkar – Beyneu; between them the trains use the Orenburg – Tashkent line of 1906 from Saksaulskaya to Shalkar.',
      ru: 'Транскаспийский международный транспортный маршрут; каспийский участок — паромная переправа. Грузы из Китая поступают на него через два железнодорожных перехода: Достык, показанный здесь, и более крупный Алтынколь (хоргосское направление). Опубликованные 988 км участка Жезказган – Бейнеу — это две новые линии 2014 года, Жезказган – Саксаульская и Шалкар – Бейнеу; между ними, от Саксаульской до Шалкара, поезда идут по линии Оренбург – Ташкент 1906 года.',
    },
    schematic: true,
    facts: [
      { text: { en: 'Aktau–Poti: about 1,300 km across the Caspian route', ru: 'Актау – Поти: около 1 300 км по Транскаспийскому маршруту' }, source: TREND_AKTAU_POTI },
      { text: { en: 'Trans-Caspian volumes could triple to 11 Mt by 2030 while travel time halves', ru: 'Объем перевозок по Транскаспийскому маршруту может к 2030 году утроиться, до 11 млн т, а время в пути — сократиться вдвое' }, source: WORLD_BANK_MC },
      { text: { en: 'A new line from Moiynty west to Kyzylzhar on the Zhezkazgan – Beyneu line (323 km) is being built, due by December 2026: not drawn', ru: 'Строится новая линия длиной 323 км от Мойынты на запад до Кызылжара на линии Жезказган – Бейнеу, срок — к декабрю 2026 года; на карте не показана' }, source: RAILNEWS_KYZYLZHAR_2025 },
    ],
    sources: [WORLD_BANK_MC, ADY_EAST_WEST, WIKI_TITR, KTZ_DOSTYK_MOIYNTY, RAILNEWS_DOSTYK_MOIYNTY, UIC_ZHEZKAZGAN_BEYNEU, TURKPA_2014, RAILFREIGHT_ALTYNKOL_2018],
    straightReasons: [
      unplaced('dostyk', 'aktogay', { en: ` KTZ names Beskol, Zhalanashkol, Akshi and Koktuma on this stretch (${FIELD_VOICE_BESKOL.title}).`, ru: ` На этом участке КТЖ называет станции Beskol, Zhalanashkol, Akshi и Koktuma (${FIELD_VOICE_BESKOL.title}).` }),
      unplaced('aktogay', 'sayak'),
      unplaced('sayak', 'balkhash'),
      unplaced('moiynty', 'zharyk'),
      unplaced('zharyk', 'zhezkazgan'),
      unplaced('zhezkazgan', 'saksaulskaya', { en: ' The line opened in 2014 across the desert.', ru: ' Линия проложена через пустыню и открыта в 2014 году.' }),
      unplaced('shalkar', 'beyneu'),
      unplaced('beyneu', 'shetpe'),
    ],
    sections: [
      { from: 'dostyk', to: 'moiynty', name: { en: 'Dostyk – Moiynty', ru: 'Достык – Мойынты' }, publishedKm: 836, source: KTZ_DOSTYK_MOIYNTY },
      { from: 'zhezkazgan', to: 'beyneu', name: { en: 'Zhezkazgan – Beyneu, the two new lines (opened 2014)', ru: 'Жезказган – Бейнеу, две новые линии (открыты в 2014 году)' }, publishedKm: 988, source: UIC_ZHEZKAZGAN_BEYNEU },
      { from: 'saksaulskaya', to: 'shalkar', name: { en: 'Saksaulskaya – Shalkar, Orenburg – Tashkent line (1906)', ru: 'Саксаульская – Шалкар, линия Оренбург – Ташкент (1906 год)' }, existing: true },
    ],
    transfers: [
      {
        at: 'dostyk',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Dostyk – Alashankou crossing: from China’s 1,435 mm to Kazakhstan’s 1,520 mm; containers change trains at the gauge transfer terminal.', ru: 'Смена колеи на переходе Достык – Алашанькоу: с китайской 1 435 мм на казахстанскую 1 520 мм; на перегрузочном терминале контейнеры переставляют с поезда на поезд.' },
        sources: [RAILJOURNAL_DOSTYK],
      },
    ],
  },
  {
    id: 'middle-corridor-khorgos',
    name: { en: 'Middle Corridor: Khorgos / Altynkol – Almaty – Shu', ru: 'Средний коридор: Хоргос / Алтынколь – Алматы – Шу' },
    group: 'middle-corridor',
    nodes: ['khorgos', 'altynkol', 'zharkent', 'ortakudyk', 'zhetygen', 'almaty', 'otar', 'shu'],
    modes: rail(7),
    service: [
      service('2012-12-22', 'regular', 'regular-service', WIKI_KHORGAS, { en: 'The first regular trains crossed the border at Khorgos – Altynkol.', ru: 'Первые регулярные поезда пересекли границу на переходе Хоргос – Алтынколь.' }),
      service('2018-08-11', 'regular', 'regular-service', INFORM_KHORGOS_KURYK, { en: 'A regular container train from Khorgos to the Caspian port of Kuryk was launched.', ru: 'Запущен регулярный контейнерный поезд из Хоргоса в каспийский порт Курык.' }),
      service('2022-12', 'regular', 'regular-service', TREND_SHUTTLE_2023, { en: 'A scheduled container shuttle from Altynkol to Poti and Batumi.', ru: 'Контейнерный поезд-челнок по расписанию из Алтынколя в Поти и Батуми.' }),
      service('2023-04-01', 'regular', 'upgraded', QOGAM_ALTYNKOL_2023, { en: 'Transit from China to Central Asia rerouted through Altynkol while Dostyk – Moiynty was being double-tracked.', ru: 'Транзит из Китая в Центральную Азию переведен на Алтынколь на время строительства второго пути на участке Достык – Мойынты.' }),
      service('2023-11-14', 'regular', 'construction-begun', ASTANA_TIMES_ALMATY_BYPASS, {
        en: 'Construction of the Almaty bypass (Zhetygen – Kazybek Bek, about 75 km) launched, to take transit trains from Altynkol off the line through Almaty; due in 2025, no opening reported by early 2026.',
        ru: 'Начато строительство обхода Алматы (Жетыген – Казыбек бек, около 75 км), чтобы вывести транзитные поезда из Алтынколя с линии через Алматы; завершить его планировалось в 2025 году, но к началу 2026 года об открытии не сообщалось.',
      }),
    ],
    statusNote: {
      en: 'The second rail crossing with China and the larger gateway. From Altynkol the line runs to Zhetygen, north of Almaty, where it joins the Turksib; Middle Corridor trains go south through the Almaty junction and west to Shu. Which line they take west of Shu toward the Caspian (north via Moiynty and Zhezkazgan, or west via Arys and Kyzylorda to Saksaulskaya) is not published, so the branch is drawn to Shu and stops there. A bypass of Almaty, Zhetygen – Kazybek Bek, has been under construction since November 2023.',
      ru: 'Второй железнодорожный переход на границе с Китаем, более крупный из двух. От Алтынколя линия идет до Жетыгена к северу от Алматы, где примыкает к Турксибу; поезда Среднего коридора идут на юг через Алматинский узел и далее на запад до Шу. По какой линии они следуют западнее Шу к Каспию (на север через Мойынты и Жезказган или на запад через Арыс и Кызылорду до Саксаульской), не опубликовано, поэтому ветка доведена до Шу и там обрывается. Обход Алматы, Жетыген – Казыбек бек, строится с ноября 2023 года.',
    },
    schematic: true,
    facts: [
      { text: { en: 'Zhetygen–Altynkol railway: 293 km', ru: 'Железная дорога Жетыген – Алтынколь: 293 км' }, source: KHORGOS_RAIL },
      { text: { en: 'Container handling in 2018: Dostyk 760 TEU a day, Altynkol more than 5,000', ru: 'Переработка контейнеров в 2018 году: Достык — 760 ДФЭ (TEU) в сутки, Алтынколь — более 5 000' }, source: RAILFREIGHT_ALTYNKOL_2018 },
      { text: { en: 'Over 7 million tonnes through Altynkol – Khorgos in the first seven months of 2023, 30% more than a year before', ru: 'Через Алтынколь – Хоргос за первые семь месяцев 2023 года прошло более 7 млн тонн, на 30 % больше, чем годом ранее' }, source: KTZ_ALTYNKOL_2023 },
      { text: { en: 'The Almaty junction serves four directions: Shu, Aktogay, Altynkol and Almaty-2', ru: 'Алматинский узел обслуживает четыре направления: Шу, Актогай, Алтынколь и Алматы-2' }, source: ASTANA_TIMES_ALMATY_BYPASS },
      { text: { en: 'The line through Almaty is one of the two main lines of Kazakhstan’s part of the Trans-Caspian route', ru: 'Линия через Алматы — одна из двух основных линий казахстанской части Транскаспийского маршрута' }, source: MECN_ALMATY_BYPASS },
      { text: { en: 'Almaty bypass: 75 km, built 2024–2025 (plan)', ru: 'Обход Алматы: 75 км, строительство в 2024–2025 годах (план)' }, source: TREND_KTZ_PROJECTS_2025 },
    ],
    sources: [WORLD_BANK_MC, WIKI_KHORGAS, KHORGOS_RAIL, UIC_ALTYNKOL, RAILFREIGHT_ALTYNKOL_2018, ASTANA_TIMES_ALMATY_BYPASS, RAILWAYPRO_ALMATY_BYPASS, MECN_ALMATY_BYPASS],
    sections: [
      { from: 'altynkol', to: 'zhetygen', name: { en: 'Altynkol – Zhetygen', ru: 'Алтынколь – Жетыген' }, publishedKm: 293, source: KHORGOS_RAIL },
      { from: 'zhetygen', to: 'shu', name: { en: 'Turksib, Zhetygen – Almaty – Shu', ru: 'Турксиб, Жетыген – Алматы – Шу' }, existing: true },
    ],
    transfers: [
      {
        at: 'altynkol',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Khorgos – Altynkol crossing: China’s 1,435 mm meets the 1,520 mm gauge that runs from Altynkol station; gantry cranes move containers between the trains.', ru: 'Смена колеи на переходе Хоргос – Алтынколь: китайская колея 1 435 мм встречается здесь с колеей 1 520 мм, которая начинается от станции Алтынколь; контейнеры переставляют с поезда на поезд козловыми кранами.' },
        sources: [UIC_ALTYNKOL, WIKI_KHORGAS],
      },
    ],
  },
  {
    id: 'middle-corridor-kuryk',
    name: { en: 'Middle Corridor: Kuryk – Alat ferry', ru: 'Средний коридор: паром Курык – Алят' },
    group: 'middle-corridor',
    nodes: ['kuryk', 'wp-absheron-east', 'alat'],
    modes: ['sea', 'sea'],
    service: [service('2017-03', 'regular', 'opened', SEA_NEWS_KURYK, { en: 'The first cargo from Kuryk reached Azerbaijan.', ru: 'Первый груз из Курыка прибыл в Азербайджан.' })],
    statusNote: { en: 'Kuryk lies about 70 km south of Aktau; its ferry complex opened in 2017.', ru: 'Курык находится примерно в 70 км к югу от Актау; его паромный комплекс открыт в 2017 году.' },
    schematic: true,
    facts: [{ text: { en: 'Kuryk port put into service in December 2016, operating from March 2017', ru: 'Порт Курык введен в эксплуатацию в декабре 2016 года, работает с марта 2017 года' }, source: ASTANA_TIMES_KURYK }],
    sources: [WORLD_BANK_MC, ASTANA_TIMES_KURYK],
  },
  {
    id: 'middle-corridor-batumi',
    name: { en: 'Middle Corridor: Tbilisi – Batumi', ru: 'Средний коридор: Тбилиси – Батуми' },
    group: 'middle-corridor',
    nodes: [...TBILISI_SAMTREDIA, 'batumi'],
    modes: rail(4),
    service: [inServiceBy('2022-12', TREND_SHUTTLE_2023, { en: 'A scheduled container shuttle from Altynkol to Poti and Batumi.', ru: 'Контейнерный поезд-челнок по расписанию из Алтынколя в Поти и Батуми.' })],
    schematic: true,
    sources: [ADY_EAST_WEST, WIKI_TITR],
  },
  {
    id: 'baku-tbilisi-kars',
    name: { en: 'Baku–Tbilisi–Kars railway', ru: 'Железная дорога Баку – Тбилиси – Карс' },
    group: 'middle-corridor',
    nodes: ['baku', 'wp-baku-alat', ...ALAT_TBILISI, ...TBILISI_KARS.slice(1)],
    modes: rail(14),
    service: [service('2017-10-30', 'regular', 'opened', WIKI_BTK), service('2024-05-20', 'regular', 'upgraded', TREND_BTK_2024, { en: 'Freight on the rebuilt Georgian section, capacity raised from 1 to 5 million tonnes a year.', ru: 'Грузовые перевозки по реконструированному грузинскому участку; пропускная способность увеличена с 1 до 5 млн тонн в год.' })],
    statusNote: { en: 'Operating since 2017.', ru: 'Действует с 2017 года.' },
    schematic: true,
    publishedLength: { km: 826, text: { en: '826 km, Baku to Kars', ru: '826 км, от Баку до Карса' }, source: WIKI_BTK, covers: { en: 'Baku to Kars', ru: 'от Баку до Карса' } },
    sources: [ADY_EAST_WEST, WIKI_TITR, WIKI_BTK, RAILWAY_MAGAZINE_BTK],
    transfers: [AKHALKALAKI_GAUGE],
  },
  {
    id: 'middle-corridor-turkmen-branch',
    name: { en: 'Middle Corridor: Turkmenbashi – Alat ferry', ru: 'Средний коридор: паром Туркменбаши – Алят' },
    group: 'middle-corridor',
    nodes: ['turkmenbashi', 'wp-krasnovodsk-gulf', 'alat'],
    modes: ['sea', 'sea'],
    service: [
      inServiceBy('2017-11', TREND_LAPIS, { en: 'The Turkmenbashi – Alat ferry is part of the Lapis Lazuli corridor agreed in November 2017.', ru: 'Паром Туркменбаши – Алят входит в коридор «Лазурит», о котором договорились в ноябре 2017 года.' }),
      service('2025-10-15', 'regular', 'first-trial', TREND_RU_SOUTHERN_2025, { en: 'The first multimodal container run from Kashgar to Baku by the southern branch was to cross here from the Turkmen port.', ru: 'Первый мультимодальный контейнерный рейс из Кашгара в Баку по южной ветке должен был переправиться здесь из туркменского порта.' }),
    ],
    schematic: true,
    sources: [NCA_2025, NCA_2024, TREND_RU_SOUTHERN_2025],
  },
  {
    id: 'middle-corridor-southern-branch',
    name: { en: 'Southern branch: Kashgar – Osh – Andijan – Turkmenbashi', ru: 'Южная ветка: Кашгар – Ош – Андижан – Туркменбаши' },
    group: 'middle-corridor',
    nodes: [
      ...KASHGAR_OSH, ...OSH_TASHKENT.slice(1), 'guliston', 'jizzakh', 'samarkand', 'kattakurgan', 'navoi', 'bukhara', 'karakul',
      'farap', 'turkmenabat', 'bayramaly', ...MARY_TURKMENBASHI,
    ],
    modes: [...road(KASHGAR_OSH.length - 1), ...rail(28)],
    service: [service(DECLARATION_DATE, 'planned', 'baseline', NCA_2024, { en: 'Not running in September 2023: a Turkmen delegation was still studying the route in May 2024.', ru: 'В сентябре 2023 года движения не было: в мае 2024 года туркменская делегация все еще изучала маршрут.' }), service('2025-01-24', 'trial', 'first-trial', NCA_2025, { en: 'Kyrgyzstan’s transport ministry called the corridor fully operational.', ru: 'Министерство транспорта Кыргызстана заявило, что коридор полностью функционирует.' }), service('2025-10-15', 'trial', 'first-trial', NCA_2025_TRIAL, { en: 'Trial launch of the China – Kyrgyzstan – Uzbekistan – Turkmenistan multimodal corridor.', ru: 'Пробный запуск мультимодального коридора Китай – Кыргызстан – Узбекистан – Туркменистан.' })],
    statusNote:
      { en: 'Not operating in September 2023. A multimodal route on existing roads and railways rather than one built line: road from Kashgar to Osh, then rail via Andijan, Tashkent and Farap to the port of Turkmenbashi. A Turkmen delegation was still studying it in May 2024; the Kyrgyz transport ministry called it fully operational in January 2025, and a trial run of the China – Kyrgyzstan – Uzbekistan – Turkmenistan corridor was launched in October 2025.', ru: 'В сентябре 2023 года не действовал. Это мультимодальный маршрут по существующим автодорогам и железным дорогам, а не одна построенная линия: автодорога от Кашгара до Оша, затем железная дорога через Андижан, Ташкент и Фарап до порта Туркменбаши. В мае 2024 года туркменская делегация все еще изучала его; в январе 2025 года министерство транспорта Кыргызстана назвало его полностью функционирующим, а в октябре 2025 года был запущен пробный рейс по коридору Китай – Кыргызстан – Узбекистан – Туркменистан.' },
    schematic: true,
    facts: [
      {
        text: { en: 'Bishkek to the port of Turkmenbashi: 2,500 km (the ministry’s figure for a journey from Bishkek, not the line drawn here from Kashgar)', ru: 'От Бишкека до порта Туркменбаши: 2 500 км (цифра министерства для перевозки из Бишкека, а не для показанной здесь линии от Кашгара)' },
        source: NCA_2025,
      },
    ],
    sources: [NCA_2024, NCA_2025, NCA_2025_TRIAL, ENDLESSROADS_IRKESHTAM],
    straightReasons: [unplaced('turkmenabat', 'bayramaly'), ...TURKMEN_REASONS],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan',
    name: { en: 'China – Kyrgyzstan – Uzbekistan road–rail service via Irkeshtam (context)', ru: 'Автомобильно-железнодорожное сообщение Китай – Кыргызстан – Узбекистан через Иркештам (для справки)' },
    group: 'middle-corridor',
    nodes: [...KASHGAR_OSH, ...OSH_TASHKENT.slice(1)],
    modes: [...road(KASHGAR_OSH.length - 1), ...rail(6)],
    service: [
      service('2020-06', 'regular', 'regular-service', NEWSILK_CKU_2020, { en: 'The road–rail service from Lanzhou by rail to Kashgar, by road over Irkeshtam to Osh and by rail on to Tashkent began.', ru: 'Начались автомобильно-железнодорожные перевозки: из Ланьчжоу по железной дороге до Кашгара, автотранспортом через Иркештам до Оша и дальше по железной дороге до Ташкента.' }),
      service('2023-06-13', 'regular', 'upgraded', TREND_CKU_2023, { en: 'A new series of trains on the corridor began; a train from Langfang followed in July 2023.', ru: 'По коридору пошла новая серия поездов; в июле 2023 года за ними последовал поезд из Ланфана.' }),
      service('2026-02', 'regular', 'first-trial', QAZINFORM_CKUT_2026, { en: 'A pilot train from Lanzhou carried the service on through Uzbekistan to Dushanbe, Tajikistan.', ru: 'Пилотный поезд из Ланьчжоу продлил маршрут через Узбекистан до Душанбе (Таджикистан).' }),
    ],
    statusNote: {
      en: 'A road–rail service running since June 2020: rail to Kashgar, road over the Irkeshtam crossing to Osh, rail from Osh via Andijan to Tashkent. The trains of June and July 2023 were new origins on a running service, not a first run. Not the planned China – Kyrgyzstan – Uzbekistan railway via Torugart, which is drawn as its own route.',
      ru: 'Автомобильно-железнодорожное сообщение, действующее с июня 2020 года: по железной дороге до Кашгара, автотранспортом через переход Иркештам до Оша, по железной дороге от Оша через Андижан до Ташкента. Поезда июня и июля 2023 года шли из новых пунктов отправления по уже действующему маршруту и не были первым рейсом. Это не планируемая железная дорога Китай – Кыргызстан – Узбекистан через Торугарт: она показана отдельным маршрутом.',
    },
    schematic: true,
    named: false,
    sources: [NEWSILK_CKU_2020, KUN_CKU, TREND_CKU_2023, QAZINFORM_CKUT_2026, ENDLESSROADS_IRKESHTAM],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan-railway',
    name: { en: 'China – Kyrgyzstan – Uzbekistan railway (Kashgar – Torugart – Jalal-Abad – Andijan)', ru: 'Железная дорога Китай – Кыргызстан – Узбекистан (Кашгар – Торугарт – Джалал-Абад – Андижан)' },
    group: 'middle-corridor',
    nodes: ['kashgar', 'torugart', 'makmal', 'jalal-abad', 'andijan'],
    modes: rail(4),
    service: [
      service('2022-09-14', 'planned', 'feasibility-agreed', AZERNEWS_CKU_2022, { en: 'Agreement at Samarkand to complete the feasibility study of the Kyrgyz section by 1 June 2023.', ru: 'В Самарканде договорились завершить технико-экономическое обоснование (ТЭО) кыргызского участка к 1 июня 2023 года.' }),
      service('2023-05', 'planned', 'feasibility-approved', RAILWAY_GAZETTE_CKU_2024, { en: 'Feasibility study completed by China Railway Construction Corporation (approved in June 2023, per Kyrgyzstan’s cabinet).', ru: 'ТЭО завершила компания China Railway Construction Corporation (по данным кабинета министров Кыргызстана, оно утверждено в июне 2023 года).' }),
      service('2024-06-06', 'planned', 'agreement-signed', RAILWAY_GAZETTE_CKU_2024, { en: 'Intergovernmental agreement signed in Beijing; a joint company of the three railways registered on 26 July 2024.', ru: 'В Пекине подписано межправительственное соглашение; 26 июля 2024 года зарегистрирована совместная компания трех железных дорог.' }),
      service('2024-12-27', 'planned', 'construction-begun', TREND_CKU_START_2024, { en: 'Construction launched at a ceremony in the Jalal-Abad region of Kyrgyzstan.', ru: 'На церемонии в Джалал-Абадской области Кыргызстана дан старт строительству.' }),
    ],
    statusNote: {
      en: 'Planned in September 2023: the feasibility study had been approved, but nothing agreed on building it. Intergovernmental agreement 6 June 2024; construction began in Kyrgyzstan on 27 December 2024, and by December 2025 work was under way on 18 of its 29 tunnels. No start of works on the Chinese section (Kashgar – Torugart) or on the roughly 50 km in Uzbekistan was found, and the Uzbek alignment (a new line, or the existing line via Kara-Suu) is not published. Not the road–rail service via Irkeshtam and Osh, which has run since 2020.',
      ru: 'В сентябре 2023 года линия только планировалась: ТЭО было утверждено, но о строительстве ничего не было согласовано. Межправительственное соглашение заключено 6 июня 2024 года; строительство в Кыргызстане началось 27 декабря 2024 года, и к декабрю 2025 года работы велись на 18 из 29 ее тоннелей. Сведений о начале работ на китайском участке (Кашгар – Торугарт) или примерно на 50 км в Узбекистане не найдено, а трасса в Узбекистане (новая линия или существующая линия через Кара-Суу) не опубликована. Это не автомобильно-железнодорожное сообщение через Иркештам и Ош, действующее с 2020 года.',
    },
    schematic: true,
    named: false,
    facts: [
      { text: { en: '454 km (the feasibility study: at least 280 km in Kyrgyzstan, 41 tunnels)', ru: '454 км (по ТЭО: не менее 280 км в Кыргызстане, 41 тоннель)' }, source: TREND_CKU_FS_2023 },
      { text: { en: '486 km, Kashgar – Torugart – Makmal – Jalal-Abad – Andijan', ru: '486 км, Кашгар – Торугарт – Макмал – Джалал-Абад – Андижан' }, source: TREND_CKU_486_2024 },
      { text: { en: '523 km: China 213, Kyrgyzstan 260, Uzbekistan 50', ru: '523 км: Китай 213, Кыргызстан 260, Узбекистан 50' }, source: RAILWAY_GAZETTE_CKU_2024 },
      { text: { en: '532.53 km', ru: '532,53 км' }, source: TREND_CKU_532_2025 },
      { text: { en: 'Kyrgyz section about 305 km: 1,435 mm for 160 km from Torugart to Makmal, 1,520 mm for 145 km from Makmal to Jalal-Abad', ru: 'Кыргызский участок около 305 км: 1 435 мм на 160 км от Торугарта до Макмала, 1 520 мм на 145 км от Макмала до Джалал-Абада' }, source: TREND_CKU_KG_2025 },
      { text: { en: 'Cost put at US$8 bn; up to 15 Mt of freight a year', ru: 'Стоимость оценивается в 8 млрд долл. США; до 15 млн т грузов в год' }, source: RAILWAY_GAZETTE_CKU_2024 },
    ],
    publishedLength: { km: 523, text: { en: '523 km (China 213, Kyrgyzstan 260, Uzbekistan 50); other sources give 454, 486 and 532.53 km', ru: '523 км (Китай 213, Кыргызстан 260, Узбекистан 50); другие источники называют 454, 486 и 532,53 км' }, source: RAILWAY_GAZETTE_CKU_2024 },
    lengthReason: {
      en: 'A planned line through the Tian Shan whose alignment is not public: drawn straight between the places the sources name, so shorter than the line will be; and the published lengths themselves disagree (454, 486, 523, 532.53 km).',
      ru: 'Планируемая линия через Тянь-Шань, трасса которой не обнародована: она проведена по прямой между пунктами, названными в источниках, и поэтому короче, чем будет в действительности; к тому же сами опубликованные длины расходятся (454; 486; 523; 532,53 км).',
    },
    sections: [{ from: 'torugart', to: 'jalal-abad', name: { en: 'Kyrgyz section, Torugart – Makmal – Jalal-Abad', ru: 'Кыргызский участок, Торугарт – Макмал – Джалал-Абад' }, publishedKm: 305, source: TREND_CKU_KG_2025 }],
    transfers: [
      {
        at: 'makmal',
        kind: 'break-of-gauge',
        text: { en: 'Planned break of gauge at Makmal: China’s 1,435 mm from Torugart meets the 1,520 mm of Kyrgyzstan and Uzbekistan; a wheelset-change station and logistics centre are planned there.', ru: 'Планируемая смена колеи в Макмале: китайская колея 1 435 мм от Торугарта встречается здесь с колеей 1 520 мм Кыргызстана и Узбекистана; там планируются пункт смены колесных пар и логистический центр.' },
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
    name: { en: 'Kazakhstan – Turkmenistan – Iran railway (context)', ru: 'Железная дорога Казахстан – Туркменистан – Иран (для справки)' },
    group: 'middle-corridor',
    nodes: ['uzen', 'wp-east-of-garabogaz', 'bereket', 'gorgan'],
    modes: rail(3),
    service: [
      service('2014-12-03', 'regular', 'opened', TASS_KTI),
      service('2024-07', 'regular', 'first-trial', NCA_KTI_2024, { en: 'Pilot container trains between China and Iran over the line (via Altynkol, Bolashak and Etrek), with the gauge changed at Etrek.', ru: 'Пилотные контейнерные поезда между Китаем и Ираном по этой линии (через Алтынколь, Болашак и Этрек) со сменой колеи в Этреке.' }),
    ],
    statusNote: {
      en: 'Part of the North–South corridor, opened on 3 December 2014; from Gorgan it joins the Iranian network to the Gulf ports. Wagons change to Iran’s 1,435 mm gauge at Etrek, near the Turkmen – Iranian border (not placed). In July 2024 pilot container trains ran between China and Iran over it.',
      ru: 'Часть коридора «Север – Юг», открыта 3 декабря 2014 года; от Горгана выходит на иранскую сеть, ведущую к портам Персидского залива. В Этреке, у туркмено-иранской границы (на карте не отмечен), вагоны переводят на иранскую колею 1 435 мм. В июле 2024 года по линии прошли пилотные контейнерные поезда между Китаем и Ираном.',
    },
    schematic: true,
    named: false,
    publishedLength: { km: 928, text: { en: '928 km, Uzen to Gorgan', ru: '928 км, от Узеня до Горгана' }, source: TASS_KTI, covers: { en: 'Uzen to Gorgan', ru: 'от Узеня до Горгана' } },
    sources: [TASS_KTI, NCA_KTI_2024],
    straightReasons: [
      unplaced('uzen', 'wp-east-of-garabogaz', { en: ' TASS names Gyzylgaya on the way; the line is bent only to keep it east of the lagoon.', ru: ' ТАСС называет на этом пути Gyzylgaya; линия изогнута только для того, чтобы она прошла восточнее лагуны.' }),
      unplaced('wp-east-of-garabogaz', 'bereket'),
      unplaced('bereket', 'gorgan', { en: ' TASS names Etrek, near the border.', ru: ' ТАСС называет Этрек у границы.' }),
    ],
  },
  {
    id: 'lapis-lazuli-corridor',
    name: { en: 'Lapis Lazuli corridor: Torghundi – Turkmenbashi – Baku – Tbilisi – Kars – Istanbul', ru: 'Коридор «Лазурит»: Торгунди – Туркменбаши – Баку – Тбилиси – Карс – Стамбул' },
    group: 'middle-corridor',
    alsoGroups: ['south-asia'],
    nodes: ['torghundi', 'serhetabat', 'yoloten', ...MARY_TURKMENBASHI, 'wp-krasnovodsk-gulf', ...ALAT_TBILISI, ...TBILISI_KARS.slice(1), ...KARS_ISTANBUL.slice(1)],
    modes: [...rail(14), 'sea', 'sea', ...rail(12), ...rail(KARS_ISTANBUL.length - 1)],
    service: [
      service('2017-11-15', 'planned', 'agreement-signed', TREND_LAPIS, { en: 'Agreement on transit and transport cooperation signed at Ashgabat by Afghanistan, Azerbaijan, Georgia, Türkiye and Turkmenistan.', ru: 'Афганистан, Азербайджан, Грузия, Турция и Туркменистан подписали в Ашхабаде соглашение о транзите и транспортном сотрудничестве.' }),
      service('2018-12-13', 'trial', 'first-trial', NCA_LAPIS_TRIAL_2018, { en: 'The first trial shipment of Afghan goods, nine trucks, left Herat for Torghundi and Turkmenistan.', ru: 'Первая пробная партия афганских товаров — девять грузовиков — отправилась из Герата в Торгунди и Туркменистан.' }),
    ],
    statusNote: {
      en: 'An agreement of 15 November 2017 that puts existing railways, roads and the Caspian ferry under one corridor: Torghundi – Ashgabat – Turkmenbashi – Baku – Tbilisi – Kars – Ankara – Istanbul, with branches to Poti and Batumi. One trial run was found (December 2018: a convoy of nine trucks of Afghan goods from Herat), but no regular service; in February 2024 Turkmenistan and Afghanistan were preparing a meeting of the five states. The lines it is drawn on have all long been in use.',
      ru: 'Соглашение от 15 ноября 2017 года, объединяющее существующие железные дороги, автодороги и каспийский паром в один коридор: Торгунди – Ашхабад – Туркменбаши – Баку – Тбилиси – Карс – Анкара – Стамбул, с ответвлениями на Поти и Батуми. Найден один пробный рейс (декабрь 2018 года: колонна из девяти грузовиков с афганскими товарами из Герата), но регулярного движения нет; в феврале 2024 года Туркменистан и Афганистан готовили встречу пяти государств. Все линии, по которым проведен коридор, давно эксплуатируются.',
    },
    schematic: true,
    sources: [TREND_LAPIS, TODAY_AZ_LAPIS, NCA_LAPIS_TRIAL_2018, BUSINESS_TM_LAPIS_2024, WIKI_ANKARA_KARS, WIKI_ISTANBUL_ANKARA, WIKI_EASTERN_EXPRESS, RAILJOURNAL_ANKARA_2019],
    straightReasons: [
      unplaced('serhetabat', 'yoloten', { en: ' The branch of 1901 up the Murghab and Kushk valleys had stations such as Sultan-i-band, Imam Baba and Sary-Yazy; none is in the gazetteer.', ru: ' На ветке 1901 года вверх по долинам Мургаба и Кушки были такие станции, как Sultan-i-band, Imam Baba и Sary-Yazy; ни одной из них нет в географическом справочнике.' }),
      ...TURKMEN_REASONS,
    ],
    transfers: [AKHALKALAKI_GAUGE],
  },

  // ------------------------------------------------------------------ Toward South Asia
  {
    id: 'termez-mazar-railway',
    name: { en: 'Termez – Hairatan – Mazar-i-Sharif railway', ru: 'Железная дорога Термез – Хайратан – Мазари-Шариф' },
    group: 'south-asia',
    nodes: ['termez', 'hairatan', 'mazar-i-sharif'],
    modes: ['rail', 'rail'],
    service: [service('2011', 'regular', 'opened', WIKI_HAIRATAN)],
    statusNote: { en: 'Opened in 2011; Afghanistan’s link to the Uzbek rail network, on the 1,520 mm gauge.', ru: 'Открыта в 2011 году; связывает Афганистан с железнодорожной сетью Узбекистана, колея 1 520 мм.' },
    schematic: true,
    facts: [{ text: { en: 'Termez–Hairatan 10 km, Hairatan–Mazar-i-Sharif 75 km: 85 km in all', ru: 'Термез – Хайратан 10 км, Хайратан – Мазари-Шариф 75 км: всего 85 км' }, source: WIKI_HAIRATAN }],
    publishedLength: { km: 85, text: { en: '85 km, Termez to Mazar-i-Sharif', ru: '85 км, от Термеза до Мазари-Шарифа' }, source: WIKI_HAIRATAN },
    sources: [WIKI_HAIRATAN, RAILWAY_GAZETTE_AFGHAN_GAUGE],
  },
  {
    id: 'trans-afghan-railway',
    name: { en: 'Trans-Afghan railway (Uzbekistan – Afghanistan – Pakistan)', ru: 'Трансафганская железная дорога (Узбекистан – Афганистан – Пакистан)' },
    group: 'south-asia',
    nodes: ['termez', 'hairatan', 'mazar-i-sharif', 'maidan-shahr', 'pul-e-alam', 'parachinar'],
    modes: rail(5),
    service: [service('2023-07-18', 'planned', 'agreement-signed', ORIENT_UAP, { en: 'Route protocol signed in Islamabad.', ru: 'В Исламабаде подписан протокол о маршруте.' }), service('2025-07-17', 'planned', 'feasibility-agreed', ASTANA_TIMES_UAP_2025, { en: 'Framework agreement on a joint feasibility study signed in Kabul.', ru: 'В Кабуле подписано рамочное соглашение о совместном технико-экономическом обосновании.' })],
    statusNote:
      { en: 'Route protocol signed in Islamabad on 18 July 2023: Termez – Mazar-i-Sharif – Naibabad – Maidan Shahr – Logar – Kharlachi (Kurram, Pakistan). Drawn to Parachinar, the Kurram district town about 20 km from the Kharlachi crossing: no sourced coordinate was found for the crossing itself.', ru: 'Протокол о маршруте подписан в Исламабаде 18 июля 2023 года: Термез – Мазари-Шариф – Наибабад – Майданшахр – Логар – Харлачи (Куррам, Пакистан). Линия доведена до Парачинара, административного центра округа Куррам примерно в 20 км от перехода Харлачи: координат самого перехода в источниках найти не удалось.' },
    schematic: true,
    facts: [
      { text: { en: 'About 760 km', ru: 'Около 760 км' }, source: ORIENT_UAP },
      { text: { en: 'Target completion end of 2027; up to 15 Mt a year by 2030', ru: 'Завершение намечено на конец 2027 года; до 15 млн т в год к 2030 году' }, source: ORIENT_UAP },
    ],
    publishedLength: { km: 760, text: { en: 'About 760 km', ru: 'Около 760 км' }, source: ORIENT_UAP },
    lengthReason:
      { en: 'A planned line whose alignment across the Hindu Kush is not public: drawn straight between the places the protocol names, so the drawn line is shorter than the published figure.', ru: 'Планируемая линия, трасса которой через Гиндукуш не обнародована: она проведена по прямой между пунктами, названными в протоколе, поэтому на карте короче опубликованной длины.' },
    sources: [ORIENT_UAP, THE_NEWS_UAP, RAILWAY_GAZETTE_AFGHAN_GAUGE],
    straightReasons: [
      straight(
        'mazar-i-sharif',
        'maidan-shahr',
        'alignment-not-public',
        { en: 'A planned line: its alignment across the Hindu Kush from Naibabad to Maidan Shahr is not public, so it is drawn straight between the places the protocol names.', ru: 'Планируемая линия: ее трасса через Гиндукуш от Наибабада до Майданшахра не обнародована, поэтому она проведена по прямой между пунктами, названными в протоколе.' },
      ),
    ],
    transfers: [
      {
        at: 'parachinar',
        kind: 'break-of-gauge',
        text: { en: 'Break of gauge at the Pakistan border: Pakistan’s railways use 1,676 mm; the Afghan line is to be 1,520 mm, like Uzbekistan’s.', ru: 'Смена колеи на границе с Пакистаном: железные дороги Пакистана имеют колею 1 676 мм, а у афганской линии, как и у узбекской, должна быть колея 1 520 мм.' },
        sources: [RAILWAY_GAZETTE_AFGHAN_GAUGE],
      },
    ],
  },
  {
    id: 'casa-1000',
    name: { en: 'CASA-1000 power line', ru: 'Линия электропередачи CASA-1000' },
    group: 'south-asia',
    nodes: [
      'datka', 'wp-uzgen', 'wp-nookat', 'wp-orozbekovo', 'wp-south-of-sokh', 'wp-batken', 'sughd-substation',
      'istaravshan', 'dushanbe', 'sangtuda', 'kunduz', 'pul-e-khumri', 'jabal-saraj', 'kabul', 'jalalabad', 'nowshera',
    ],
    modes: Array.from({ length: 15 }, () => 'power-line' as const),
    service: [service(DECLARATION_DATE, 'planned', 'baseline', WORLD_BANK_CASA, { en: 'No power flows yet: the lines are being built.', ru: 'Электроэнергия пока не передается: линии строятся.' })],
    statusNote:
      { en: 'Work on the Afghan section has been paused since August 2021. Two new lines: a 500 kV AC line from the Datka substation in Kyrgyzstan to the Sughd substation in Tajikistan (drawn at Bazar-Korgon and bent through southern Kyrgyzstan only to keep it out of Uzbekistan: its real route is not drawn), and an HVDC line from the Sangtuda converter through Afghanistan to Nowshera in Pakistan. Between Sughd and Sangtuda the power runs on the existing Tajik grid, drawn through Istaravshan and Dushanbe and not counted in the length.', ru: 'Работы на афганском участке приостановлены с августа 2021 года. Две новые линии: ЛЭП переменного тока 500 кВ от подстанции «Датка» в Кыргызстане до подстанции «Сугд» в Таджикистане (показана от Базар-Коргона и изогнута через юг Кыргызстана только для того, чтобы не заходить в Узбекистан: ее реальная трасса не показана) и линия постоянного тока высокого напряжения (HVDC) от преобразовательной подстанции «Сангтуда» через Афганистан до Nowshera в Пакистане. Между «Сугд» и «Сангтудой» электроэнергия идет по действующей энергосистеме Таджикистана, показанной через Истаравшан и Душанбе и не учтенной в длине.' },
    schematic: true,
    facts: [
      { text: { en: 'Datka–Sughd 500 kV AC line: 485 km', ru: 'ЛЭП переменного тока 500 кВ Датка – Сугд: 485 км' }, source: WORLD_BANK_CASA },
      { text: { en: 'HVDC line: 750 km (Tajikistan 117, Afghanistan 562, Pakistan 71)', ru: 'Линия HVDC: 750 км (Таджикистан 117, Афганистан 562, Пакистан 71)' }, source: WORLD_BANK_CASA },
      { text: { en: '1,300 MW; about US$1.2 bn', ru: '1 300 МВт; около 1,2 млрд долл. США' }, source: WORLD_BANK_CASA },
    ],
    publishedLength: {
      km: 1235,
      text: { en: '485 km (AC) + 750 km (HVDC)', ru: '485 км (переменный ток) + 750 км (HVDC)' },
      source: WORLD_BANK_CASA,
      covers: { en: 'the two new lines, without the Tajik grid between them', ru: 'две новые линии, без энергосистемы Таджикистана между ними' },
    },
    sections: [
      { from: 'datka', to: 'sughd-substation', name: { en: 'Datka – Sughd 500 kV AC line', ru: 'ЛЭП переменного тока 500 кВ Датка – Сугд' }, publishedKm: 485, source: WORLD_BANK_CASA },
      { from: 'sughd-substation', to: 'sangtuda', name: { en: 'Existing Tajik grid', ru: 'Действующая энергосистема Таджикистана' }, existing: true },
      { from: 'sangtuda', to: 'nowshera', name: { en: 'Sangtuda – Nowshera HVDC line', ru: 'Линия HVDC Сангтуда – Nowshera' }, publishedKm: 750, source: WORLD_BANK_CASA },
    ],
    sources: [WORLD_BANK_CASA],
    straightReasons: [
      straight('istaravshan', 'dushanbe', 'alignment-not-public', { en: 'Existing Tajik grid: the sources do not give the route of its lines, so it is drawn straight.', ru: 'Действующая энергосистема Таджикистана: источники не приводят трассы ее линий, поэтому участок проведен по прямой.' }),
    ],
  },
  {
    id: 'tapi-pipeline',
    name: { en: 'TAPI gas pipeline', ru: 'Газопровод ТАПИ (Туркменистан – Афганистан – Пакистан – Индия)' },
    group: 'south-asia',
    nodes: ['galkynysh', 'serhetabat', 'herat', 'adraskan', 'shindand', 'delaram', 'gereshk', 'kandahar', 'chaman', 'quetta', 'multan', 'fazilka'],
    modes: Array.from({ length: 11 }, () => 'gas-pipeline' as const),
    service: [
      service(DECLARATION_DATE, 'planned', 'baseline', NGW_TAPI, { en: 'No gas flows yet.', ru: 'Газ пока не поступает.' }),
      service('2024-09-11', 'planned', 'works-resumed', PAJHWOK_TAPI_2024, { en: 'Practical work on the Afghan section began.', ru: 'Начались практические работы на афганском участке.' }),
      service('2025-10', 'planned', 'construction-begun', NCA_TAPI_HERAT_2025, { en: 'Construction of the 153 km Serhetabat – Herat section launched.', ru: 'Дан старт строительству участка Серхетабад – Герат протяженностью 153 км.' }),
    ],
    statusNote: {
      en: 'The Turkmen section is reported built. The Afghan section broke ground in February 2018 and stalled; practical work began in September 2024, and the 153 km Serhetabat – Herat section was launched in October 2025 (91 km of its route prepared by January 2026, to reach Herat by the end of 2026). In Afghanistan the pipeline is to run beside the Herat – Kandahar highway through Herat, Farah, Nimroz, Helmand and Kandahar provinces; drawn through Adraskan, Shindand, Delaram and Gereshk, towns of the districts TOLOnews names.',
      ru: 'Туркменский участок, по имеющимся сведениям, построен. Строительство афганского участка началось в феврале 2018 года и было приостановлено; практические работы начались в сентябре 2024 года, а в октябре 2025 года был дан старт участку Серхетабад – Герат протяженностью 153 км (к январю 2026 года подготовлен 91 км его трассы, до Герата газопровод должен дойти к концу 2026 года). В Афганистане газопровод должен пройти вдоль автодороги Герат – Кандагар через провинции Герат, Фарах, Нимроз, Гильменд и Кандагар; на карте он проведен через Адраскан, Шинданд, Delaram и Gereshk — города районов, которые называет TOLOnews.',
    },
    schematic: true,
    facts: [
      { text: { en: '1,814 km (Turkmenistan 214, Afghanistan 774, Pakistan 826)', ru: '1 814 км (Туркменистан 214, Афганистан 774, Пакистан 826)' }, source: NGW_TAPI },
      { text: { en: '1,821 km in all, 816 km of it in Afghanistan (2025 figure)', ru: 'Всего 1 821 км, из них 816 км в Афганистане (данные 2025 года)' }, source: NCA_TAPI_HERAT_2025 },
      { text: { en: 'Route in Afghanistan: Herat (Kushk, Injil, Guzara, Adraskan, Shindand districts), Farah (Bala Buluk, Bakwa), Nimroz (Delaram), Helmand (Washir, Nahr-e Saraj), Kandahar (Maiwand, Zhari, Arghandab, Daman, Spin Boldak)', ru: 'Трасса в Афганистане: Герат (районы Kushk, Injil, Guzara, Адраскан, Шинданд), Фарах (Bala Buluk, Bakwa), Нимроз (Delaram), Гильменд (Washir, Nahr-e Saraj), Кандагар (Майванд, Zhari, Аргандаб, Daman, Спин-Болдак)' }, source: TOLO_TAPI_2018 },
      { text: { en: '91 km of the route to Herat prepared for pipe-laying by January 2026', ru: 'К январю 2026 года 91 км трассы до Герата подготовлен к укладке труб' }, source: SHAMSHAD_TAPI_2026 },
      { text: { en: '33 bcm of gas a year', ru: '33 млрд куб. м газа в год' }, source: NGW_TAPI },
    ],
    publishedLength: { km: 1814, text: { en: '1,814 km (a 2025 figure gives 1,821 km)', ru: '1 814 км (по данным 2025 года, 1 821 км)' }, source: NGW_TAPI },
    sources: [NGW_TAPI, TOLO_TAPI_2018, PAJHWOK_TAPI_2024, NCA_TAPI_HERAT_2025, SHAMSHAD_TAPI_2026],
    straightReasons: [
      ...[
        ['galkynysh', 'serhetabat'],
        ['quetta', 'multan'],
        ['multan', 'fazilka'],
      ].map(([a, b]) =>
        straight(a as string, b as string, 'alignment-not-public', { en: 'The sources name the towns the pipeline serves, not its alignment between them: drawn straight.', ru: 'Источники называют города, которые обслуживает газопровод, но не его трассу между ними: участок проведен по прямой.' }),
      ),
      straight('shindand', 'delaram', 'alignment-not-public', {
        en: 'Beside the Herat – Kandahar highway through the Bala Buluk and Bakwa districts of Farah province (TOLOnews, 2018); no town of those districts could be placed, so drawn straight.',
        ru: 'Вдоль автодороги Герат – Кандагар через районы Bala Buluk и Bakwa провинции Фарах (TOLOnews, 2018); ни один город этих районов не удалось нанести на карту, поэтому участок проведен по прямой.',
      }),
    ],
  },
];
