// Routes' and programmes' status now, dated and sourced, beside the September 2023 status the map
// draws. Kept apart from data/routes.ts so that the map's 2023 view stays exactly as the declaration
// found the routes, and "now" can be re-checked without touching the geometry pipeline.
import type { Prose } from '../../data/types';
import type { EventSource } from './commitments/types';
import { S } from './commitments/sources';
import { entryAt } from '../../data/history';

export interface StatusNow<S extends string> {
  /** 'YYYY-MM': the latest date the sources speak for. */
  asOf: string;
  status: S;
  /** One or two lines, in our own words. */
  note: Prose;
  sources: EventSource[];
}

/**
 * What the follow-through search found on a route since the summit, in words, dated and sourced. Its
 * status is not here: a route's service and its lines' track are dated in data/routes.ts and
 * data/lines.ts, the one registry the map, the legend and the panel read.
 */
export type RouteRecordNow = Omit<StatusNow<string>, 'status'>;


/** When the status-now records were last searched. */
export const STATUS_NOW_CHECKED = '2026-12-07';

export const ROUTE_STATUS_NOW: Record<string, RouteRecordNow> = {
  'middle-corridor-core': {
    asOf: '2026-03',
    note: { en: 'Operating. Kazakhstan’s transport ministry gives cargo on the route as 2.76 Mt in 2023, 4.48 Mt in 2024 and 4.12 Mt in 2025, with about 77,000 TEU in 2025; other series (Kazakh rail, the ports) count different scopes. The ADB said in 2025 that the corridor carries only about a tenth of the non-energy trade it could.', ru: 'Действует. По данным Министерства транспорта Казахстана, объем грузов на маршруте составил 2,76 млн т в 2023 году, 4,48 млн т в 2024-м и 4,12 млн т в 2025-м, а в 2025 году — около 77 000 ДФЭ; другие ряды данных (казахстанской железной дороги, портов) охватывают иной круг перевозок. В 2025 году АБР заявил, что по коридору идет лишь около десятой части того неэнергетического товарооборота, который он мог бы обслуживать.' },
    sources: [
      { title: 'The Astana Times: Trans-Caspian transport route cargo volumes increase fivefold in seven years', url: 'https://astanatimes.com/2026/03/trans-caspian-transport-route-cargo-volumes-increase-fivefold-in-seven-years/', published: '2026-03-10' },
      { title: 'Trend: Aktau seaport handled over 1.1 million tons of cargo in Q1 2024', url: 'https://en.trend.az/casia/kazakhstan/3883668.html', published: '2024-04-09' },
      S.trendAdbMiddleCorridor,
    ],
  },
  'middle-corridor-kuryk': {
    asOf: '2024-05',
    note: { en: 'Operating; Kazakhstan adopted a 2024–2028 plan to enlarge Aktau and Kuryk, including dredging at Kuryk.', ru: 'Действует; Казахстан принял план на 2024–2028 годы по расширению портов Актау и Курык, включая дноуглубительные работы в Курыке.' },
    sources: [
      { title: 'The Astana Times: Kazakhstan set to boost Aktau, Kuryk seaports capacity by 50%', url: 'https://astanatimes.com/2024/05/kazakhstan-set-to-boost-aktau-kuryk-seaports-capacity-by-50/', published: '2024-05-24' },
    ],
  },
  'baku-tbilisi-kars': {
    asOf: '2024-05',
    note: { en: 'Operating; after rebuilding 184 km in Georgia its capacity rose from 1 to 5 million tonnes a year, with freight on the upgraded line from 20 May 2024.', ru: 'Действует; после реконструкции 184 км пути в Грузии пропускная способность линии выросла с 1 до 5 млн т в год, а грузы по модернизированной линии идут с 20 мая 2024 года.' },
    sources: [
      { title: 'Trend: Baku-Tbilisi-Kars railway to increase capacity fivefold after modernization', url: 'https://en.trend.az/business/transport/3895822.html', published: '2024-05-06' },
    ],
  },
  'middle-corridor-southern-branch': {
    asOf: '2025-10',
    note: { en: 'Called fully operational by Kyrgyzstan’s transport ministry in January 2025; a trial shipment from Kashgar reached Turkmenistan for the Caspian crossing in October 2025 (the October runs were called trials).', ru: 'В январе 2025 года Министерство транспорта Кыргызстана назвало маршрут полностью действующим; в октябре 2025 года пробная партия груза из Кашгара дошла до Туркменистана для переправы через Каспий (октябрьские рейсы были названы пробными).' },
    sources: [S.ncaSouthern2025, S.ncaTrialCorridor, S.jamestownSouthern],
  },
  'trans-afghan-railway': {
    asOf: '2026-02',
    note: { en: 'Still planned, not under construction: a framework agreement on a joint feasibility study was signed in Kabul on 17 July 2025, and in February 2026 Uzbekistan and Pakistan agreed to start fieldwork. Its length is given as 760 km (2023) and about 647 km (2026).', ru: 'По-прежнему планируется, не строится: 17 июля 2025 года в Кабуле подписано рамочное соглашение о совместном технико-экономическом обосновании, а в феврале 2026 года Узбекистан и Пакистан договорились начать полевые работы. Протяженность дороги указывается как 760 км (2023) и около 647 км (2026).' },
    sources: [S.astanaTimesUap, S.aryUap, S.arianaUapFieldwork],
  },
  'casa-1000': {
    asOf: '2026-03',
    note: { en: 'The World Bank’s board decided on 15 February 2024 to resume the Afghan section; an agreement was signed in March 2024, but works did not restart then. Their restart is dated December 2024 by a World Bank mission (reported April 2025) and July 2025 by Kyrgyzstan’s project coordinator (March 2026); in April 2025 a Taliban minister still spoke of awaiting funds to restart. The Datka–Sughd line was inaugurated in March 2025. As of March 2026 Kyrgyzstan and Tajikistan were waiting on the Afghan section.', ru: 'Совет директоров Всемирного банка 15 февраля 2024 года решил возобновить работы на афганском участке; в марте 2024 года было подписано соглашение, но тогда работы не возобновились. Миссия Всемирного банка (в сообщении апреля 2025 года) относит их возобновление к декабрю 2024 года, а координатор проекта в Кыргызстане (в марте 2026 года) — к июлю 2025 года; в апреле 2025 года министр правительства талибов все еще говорил, что для возобновления работ ждут средств. ЛЭП Датка – Согд торжественно открыта в марте 2025 года. По состоянию на март 2026 года Кыргызстан и Таджикистан ждали афганского участка.' },
    sources: [S.kabulnowWbCasa, S.tkgCasa, S.brecorderCasaMission, S.intellinewsCasa, S.afintlCasa, S.kg24Casa],
  },
  'china-kyrgyzstan-uzbekistan-railway': {
    asOf: '2025-12',
    note: { en: 'Construction began in Kyrgyzstan’s Jalal-Abad region on 27 December 2024; by December 2025 work was under way on 18 of the 29 tunnels of its Kyrgyz section. No start of works on the Chinese or Uzbek sections was found.', ru: 'Строительство началось в Джалал-Абадской области Кыргызстана 27 декабря 2024 года; к декабрю 2025 года работы шли на 18 из 29 тоннелей кыргызского участка. Сведений о начале работ на китайском или узбекском участке не найдено.' },
    sources: [
      { title: 'Trend: the China – Kyrgyzstan – Uzbekistan railway project commences in the Jalal-Abad region', url: 'https://en.trend.az/casia/kyrgyzstan/3987346.html', published: '2024-12-27' },
      { title: 'Trend: 18 of 29 tunnels under way on the China – Kyrgyzstan – Uzbekistan railway', url: 'https://www.trend.az/business/4126316.html', published: '2025-12-05' },
    ],
  },
  'china-kyrgyzstan-uzbekistan': {
    asOf: '2026-02',
    note: { en: 'Context, not named by the declaration. The road–rail service has run since June 2020; in February 2026 a pilot train carried it on to Dushanbe.', ru: 'Контекст: декларация этот маршрут не называет. Автомобильно-железнодорожное движение действует с июня 2020 года; в феврале 2026 года пилотный поезд продлил его до Душанбе.' },
    sources: [
      { title: 'Qazinform: first freight train departs on the China – Kyrgyzstan – Uzbekistan – Tajikistan route', url: 'https://qazinform.com/news/first-freight-train-departs-on-china-kyrgyzstan-uzbekistan-tajikistan-route-1aba73', published: '2026-02-20' },
    ],
  },
  'tapi-pipeline': {
    asOf: '2025-10',
    note: { en: 'Construction of the Afghan section, from Serhetabat toward Herat, was launched in September 2024; its project head reported 14 km completed in April 2025, and a further phase of the section to Herat was launched in October 2025.', ru: 'Строительство афганского участка от Серхетабада в сторону Герата началось в сентябре 2024 года; в апреле 2025 года руководитель проекта сообщил о 14 готовых километрах, а в октябре 2025 года начался следующий этап строительства участка до Герата.' },
    sources: [S.economyPkTapi, S.apTapi, S.afintlTapi14km, S.ncaTapiHerat],
  },
  'middle-corridor-khorgos': {
    asOf: '2026-02',
    note: {
      en: 'Operating. The Kazakh and Chinese railways agreed to raise the trains handed over at Altynkol – Khorgos from 8 to 15 a day from March 2025; KTZ counted over 16.1 million tonnes through the crossing in 2025, 5.3 Mt of it exports to China, and 3,589 trains at Altynkol. The Khorgos Gateway dry port handled over 372,000 TEU in 2025, 2% more than in 2024, after adding ten broad-gauge tracks.', ru: 'Действует. Железные дороги Казахстана и Китая договорились с марта 2025 года увеличить число поездов, передаваемых на переходе Алтынколь – Хоргос, с 8 до 15 в сутки; по подсчетам КТЖ, в 2025 году через переход прошло более 16,1 млн т грузов, из них 5,3 млн т — экспорт в Китай, а на станции Алтынколь — 3 589 поездов. Сухой порт Khorgos Gateway в 2025 году обработал более 372 000 ДФЭ, на 2% больше, чем в 2024 году, после того как к нему добавили десять путей широкой колеи.',
    },
    sources: [
      { title: 'Kazakhstan Today: Kazakhstan, China to increase railroad freight volume', url: 'https://kt.kz/eng/economy/kazakhstan_china_to_increase_railroad_freight_volume_1377974579.html', published: '2025-02-19' },
      { title: 'Kazakhstan Temir Zholy: Record volume of train transfers to China via Altynkol IJP', url: 'https://railways.kz/en/news2025/record-volume-train-transfers-china-altynkol-ijp/', published: '2025-03-04' },
      { title: 'AgroSearch: KTZ Reports Overperformance of Cargo Transportation Plan via Altynkol–Khorgos', url: 'https://agrosearch.kz/en/news/ktz-soobshhaet-o-perevypolnenii-plana-gruzoperevozok-po-altynkol-xorgos', published: '2026-01-15' },
      { title: 'The Astana Times: Khorgos Gateway Boosts Transit Capacity, Handles Over 372,000 TEUs in 2025', url: 'https://astanatimes.com/2026/02/khorgos-gateway-boosts-transit-capacity-handles-over-372000-teus-in-2025/', published: '2026-02-06' },
    ],
  },
  'middle-corridor-batumi': {
    asOf: '2026-02',
    note: {
      en: 'Operating. Kazakh fertiliser began moving by the Middle Corridor from Aktau through Azerbaijan to Batumi in early 2024; the port reported 7.3 million tonnes handled in 2025, including 1.7 Mt of ferry cargo and about 109,600 TEU. No figure for the rail leg from Tbilisi itself was found.', ru: 'Действует. Казахстанские удобрения пошли по Среднему коридору из Актау через Азербайджан в Батуми в начале 2024 года; порт сообщил, что в 2025 году обработал 7,3 млн т грузов, в том числе 1,7 млн т паромных грузов и около 109 600 ДФЭ. Данных по самому железнодорожному участку от Тбилиси не найдено.',
    },
    sources: [
      { title: 'Trend (headline not in the stored copy; described): Batumi Sea Port shipped Kazakh ammonium nitrate along the Middle Corridor in Q1 2024', url: 'https://en.trend.az/casia/kazakhstan/3891495.html', published: '2024-04-26' },
      { title: 'Batumelebi: ბათუმის პორტმა 660 გემი მიიღო და 1.9 მილიონი ტონა ნავთობი გადაამუშავა – სტატისტიკა', url: 'https://batumelebi.netgazeti.ge/news/605860/', published: '2026-02-17' },
    ],
  },
  'middle-corridor-turkmen-branch': {
    asOf: '2026-01',
    note: {
      en: 'Operating. Turkmen ro-pax ferries kept the Turkmenbashi – Baku line running through 2023; in October 2025 Turkmenistan’s ambassador in Baku said container traffic between the two ports had nearly tripled in recent years, and in January 2026 the ports’ directors met in Baku, with Azerbaijani figures putting transit between the two countries 13% up in 2025.', ru: 'Действует. Туркменские грузопассажирские паромы (ро-пакс) обеспечивали работу линии Туркменбаши – Баку на протяжении всего 2023 года; в октябре 2025 года посол Туркменистана в Баку заявил, что контейнерные перевозки между двумя портами за последние годы выросли почти втрое, а в январе 2026 года директора портов встретились в Баку, и по азербайджанским данным транзит между двумя странами в 2025 году вырос на 13%.',
    },
    sources: [
      { title: 'nCa: Turkmenistan’s maritime transportation surpassed 2 million ton of cargo in 2023', url: 'https://newscentralasia.net/2024/01/17/turkmenistans-maritime-transportation-surpassed-2-million-ton-of-cargo-in-2023', published: '2024-01-17' },
      { title: 'Report: Посол Туркменистана: Поток контейнерных перевозок между Баку и Туркменбаши почти утроился', url: 'https://report.az/ru/infrastruktura/posol-turkmenistana-potok-kontejnernyh-perevozok-po-marshrutu-turkmenbashi-baku-turkmenbashi-za-poslednie-gody-pochti-utroilsya', published: '2025-10-10' },
      { title: 'Orient: Порты Туркменбаши и Баку укрепляют каспийский логистический альянс', url: 'https://cdn.orient.tm/ru/post/95134/turkmenbashi-baku-ports-logistics-cooperation-2026', published: '2026-01-28' },
    ],
  },
  'lapis-lazuli-corridor': {
    asOf: '2025-07',
    note: {
      en: 'Talks, no regular service found. In February 2024 Turkmenistan and Afghanistan prepared a meeting of the five states; in September 2024 and again in July 2025 Azerbaijan and the Taliban’s deputy prime minister discussed reviving and widening the corridor. No shipment along it since the summit, and no new agreement, was found.', ru: 'Переговоры; регулярного движения не найдено. В феврале 2024 года Туркменистан и Афганистан готовили встречу пяти государств; в сентябре 2024 года и снова в июле 2025 года Азербайджан и заместитель премьер-министра в правительстве талибов обсуждали возрождение и расширение коридора. Ни одной перевозки по нему после саммита и ни одного нового соглашения не найдено.',
    },
    sources: [
      { title: 'Business Turkmenistan: Ashgabat to Host Meeting of Lapis Lazuli Corridor Member Countries', url: 'https://www.business.com.tm/post/11473/ashgabat-to-host-meeting-of-lapis-lazuli-corridor-member-countries', published: '2024-02' },
      { title: 'Afghanistan International: Taliban Claims Azerbaijan Committed to Revitalising Lapis Lazuli Corridor', url: 'https://afintl.com/en/202409042450', published: '2024-09' },
      { title: 'Azernews (headline not in the stored copy; described): Afghan deputy prime minister and Azerbaijani prime minister discuss the Lazurit (Lapis Lazuli) corridor', url: 'https://www.azernews.az/nation/244092.html', published: '2025-07-03' },
    ],
  },
  'termez-mazar-railway': {
    asOf: '2025-03',
    note: {
      en: 'Under repair: Uzbekistan Railways agreed in November 2023 to repair damaged parts of the Hairatan – Mazar-i-Sharif line and began in February 2024, its first phase to get wagons through to Naibabad station again; the repair contract was extended in July 2024, and in March 2025 the Uzbek operator Sogdiana Trans had its operation and maintenance contract renewed. No completion of the repairs was found.', ru: 'На ремонте: в ноябре 2023 года «Узбекистон темир йуллари» согласились отремонтировать поврежденные участки линии Хайратан – Мазари-Шариф и приступили к работам в феврале 2024 года; первый этап должен был снова позволить вагонам доходить до станции Наибабад. В июле 2024 года договор на ремонт продлили, а в марте 2025 года узбекскому оператору Sogdiana Trans продлили договор на эксплуатацию и обслуживание. Сведений о завершении ремонта не найдено.',
    },
    sources: [
      { title: 'Kun.uz: Uzbekistan Railways offers a 50% discount for repairing Afghan railway', url: 'https://kun.uz/en/news/2023/11/24/uzbekistan-railways-offers-a-50-discount-for-repairing-afghan-railway', published: '2023-11-24' },
      { title: 'Tashkent Times: Uzbekistan and Afghanistan launch Hairatan-Mazar-i-Sharif railway reconstruction project', url: 'https://www.tashkenttimes.uz/national/12525-uzbekistan-and-afghanistan-launch-hairatan-mazar-i-sharif-railway-reconstruction-project', published: '2024-02' },
      { title: 'The Frontier Post (from TOLOnews): Contract extended for repairs to railway with Uzbekistan', url: 'https://thefrontierpost.com/contract-extended-for-repairs-to-railway-with-uzbekistan/', published: '2024-07-06' },
      { title: 'Ariana News: IEA renews contract with Uzbekistan for maintenance of Hairatan railway', url: 'https://www.ariananews.af/iea-renews-contract-with-uzbekistan-for-maintenance-of-hairatan-railway/', published: '2025-03-08' },
    ],
  },
};

/** Routes for which the search found nothing newer than their September 2023 status: shown as such, not guessed. */
export const ROUTES_WITHOUT_NEWER_RECORD: Record<string, Prose> = {
  'kazakhstan-turkmenistan-iran': { en: 'Context only, not named by the declaration: its follow-through is not tracked.', ru: 'Только контекст, декларация этот маршрут не называет: ход его реализации не отслеживается.' },
};

/**
 * What became of a programme, read off its record:
 * active: dated public activity at or after the step;
 * held: a one-off meeting or event that took place;
 * decided: adopted by the body that decides it;
 * cut: its funding was cancelled or it was terminated, on the record;
 * fate-not-documented: it existed, its parent was cut or it was due to end, and no source says what became of it;
 * no-public-record: the search found nothing dated since the summit.
 */
export const PROGRAMME_STATUSES = ['active', 'held', 'decided', 'cut', 'fate-not-documented', 'no-public-record'] as const;
export type ProgrammeStatusNow = (typeof PROGRAMME_STATUSES)[number];

/** One dated step of a programme's fate, with what the evidence is and its sources. */
export interface ProgrammeStep {
  /** 'YYYY-MM-DD' or 'YYYY-MM': the date of the event the step rests on. */
  date: string;
  status: ProgrammeStatusNow;
  /** What the evidence is, in our own words. */
  note: Prose;
  sources: EventSource[];
}

export interface ProgrammeRecord {
  /** Oldest first; the last is the status now. Before the first, nothing is on the record. */
  steps: ProgrammeStep[];
  /** 'YYYY-MM-DD': when this record was last searched. */
  checked: string;
}

/** The fate of programmes the declaration names, keyed by programme id (src/content/programmes.ts). */
export const PROGRAMME_STATUS: Record<string, ProgrammeRecord> = {
  'usaid-c5plus1-connectivity-ministerial': {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2023-10-24', status: 'held', note: { en: 'Held in Samarkand on 24 October 2023; USAID announced $14.3 million of regional programmes there (matching grants for small firms, customs modernisation, greener energy).', ru: 'Встреча прошла в Самарканде 24 октября 2023 года; USAID объявило там о региональных программах на 14,3 млн долларов (гранты с софинансированием для малых предприятий, модернизация таможни, более экологичная энергетика).' }, sources: [S.usaidSamarkand, S.diplomatSamarkand] },
      {
        date: '2025-07-01',
        status: 'fate-not-documented',
        note: { en: 'The meeting was held; what became of the $14.3 million of programmes it announced is not documented. What is documented: USAID’s aid was frozen and wound down in 2025, and it stopped implementing aid on 1 July 2025. No source names these programmes’ end.', ru: 'Встреча состоялась; что стало с объявленными на ней программами на 14,3 млн долларов, не задокументировано. Задокументировано следующее: в 2025 году помощь USAID была заморожена и свернута, а 1 июля 2025 года агентство прекратило реализацию помощи. Ни один источник не сообщает о прекращении этих программ.' },
        sources: [S.bourseUsaidCuts, S.spotlightUsaidEnds],
      },
    ],
  },
  'private-sector-business-platform': {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2024-03-13', status: 'active', note: { en: 'Launched as B5+1; its first forum met in Almaty in March 2024.', ru: 'Платформа запущена под названием B5+1; ее первый форум прошел в Алматы в марте 2024 года.' }, sources: [S.cpcB5Almaty] },
      { date: '2026-02-04', status: 'active', note: { en: 'Its second forum met in Bishkek in February 2026; the communiqué made it yearly, hosted in turn by the Central Asian states.', ru: 'Ее второй форум прошел в Бишкеке в феврале 2026 года; по коммюнике форум стал ежегодным, принимать его будут по очереди государства Центральной Азии.' }, sources: [S.rferlB5Bishkek, S.caspianPostB5Bishkek] },
    ],
  },
  'c5plus1-critical-minerals-dialogue': {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2024-02-08', status: 'active', note: { en: 'First met at the State Department on 8 February 2024.', ru: 'Первая встреча диалога прошла в Государственном департаменте 8 февраля 2024 года.' }, sources: [S.timescaCmd, S.businessTmCmd] },
      { date: '2025-11-06', status: 'active', note: { en: 'Reaffirmed in the joint statement of the November 2025 summit.', ru: 'Диалог вновь подтвержден в совместном заявлении саммита в ноябре 2025 года.' }, sources: [S.ncaSummit2025Statement] },
    ],
  },
  'ebrd-capital-increase': {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2023-12-15', status: 'decided', note: { en: 'A €4 billion paid-in increase was decided by the governors on 15 December 2023.', ru: 'Решение об увеличении оплаченного капитала на 4 млрд евро Совет управляющих принял 15 декабря 2023 года.' }, sources: [S.eumonitorEbrd] },
      { date: '2025-12-17', status: 'decided', note: { en: 'By December 2025 all the largest shareholders, the U.S. included, had subscribed or said they would; the bank expected over 90% take-up.', ru: 'К декабрю 2025 года все крупнейшие акционеры, включая США, подписались на увеличение или заявили, что сделают это; банк ожидал подписки более чем на 90%.' }, sources: [S.gbfrEbrd] },
    ],
  },
  'c5plus1-secretariat': {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2025-09-05', status: 'active', note: { en: 'Met in Dushanbe in September 2025 to prepare the format’s tenth anniversary.', ru: 'Секретариат собрался в Душанбе в сентябре 2025 года, чтобы подготовить десятую годовщину формата.' }, sources: [S.trendSecretariat2025] }],
  },
  usaid: {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2025-05-19', status: 'cut', note: { en: 'USAID’s aid was frozen and wound down in 2025; its withdrawal was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan.', ru: 'В 2025 году помощь USAID была заморожена и свернута; по сообщениям, уход агентства оставил пробелы в Центральной Азии, прежде всего в Кыргызстане и Таджикистане.' }, sources: [S.bourseUsaidCuts] },
      { date: '2025-07-01', status: 'cut', note: { en: 'USAID stopped implementing foreign assistance on 1 July 2025; the programmes kept were moved to the State Department.', ru: '1 июля 2025 года USAID прекратило реализацию иностранной помощи; сохраненные программы переданы Государственному департаменту.' }, sources: [S.spotlightUsaidEnds] },
    ],
  },
  'usaid-power-central-asia': {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2024-01-10', status: 'active', note: { en: 'A five-year, $39 million programme; it handed grid equipment to the regional dispatch centre in Tashkent in January 2024.', ru: 'Пятилетняя программа стоимостью 39 млн долларов; в январе 2024 года она передала сетевое оборудование региональному диспетчерскому центру в Ташкенте.' }, sources: [S.timescaPca, S.daryoPca] },
      {
        date: '2025-07-01',
        status: 'fate-not-documented',
        note: { en: 'What is documented: USAID, which ran it, stopped implementing aid on 1 July 2025, after its aid was frozen and wound down earlier in 2025. No source names this programme’s end, and no activity after January 2024 was found.', ru: 'Задокументировано следующее: USAID, которое вело программу, 1 июля 2025 года прекратило реализацию помощи, после того как ранее в 2025 году его помощь была заморожена и свернута. Ни один источник не сообщает о прекращении этой программы, и никакой деятельности после января 2024 года не найдено.' },
        sources: [S.spotlightUsaidEnds, S.bourseUsaidCuts],
      },
    ],
  },
  'usaid-regional-water': {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2024-04-30', status: 'active', note: { en: 'A $21.5 million programme running from October 2020 to September 2025; it held a regional water conference in Ashgabat in April 2024.', ru: 'Программа стоимостью 21,5 млн долларов, рассчитанная на период с октября 2020 по сентябрь 2025 года; в апреле 2024 года она провела региональную конференцию по водным ресурсам в Ашхабаде.' }, sources: [S.ncaWaveAshgabat, S.ncaWave2023] },
      {
        date: '2025-07-01',
        status: 'fate-not-documented',
        note: { en: 'What is documented: it was due to end in September 2025, and USAID stopped implementing aid on 1 July 2025. No source names this programme’s end, and no activity after April 2024 was found.', ru: 'Задокументировано следующее: программа должна была завершиться в сентябре 2025 года, а USAID прекратило реализацию помощи 1 июля 2025 года. Ни один источник не сообщает о прекращении этой программы, и никакой деятельности после апреля 2024 года не найдено.' },
        sources: [S.spotlightUsaidEnds, S.ncaWave2023],
      },
    ],
  },
  pgi: {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2024-06', status: 'active', note: { en: 'The White House presented EXIM’s $594 million guarantee for Kazakhstan’s railway (approved September 2023) as a PGI investment.', ru: 'Белый дом представил гарантию Экспортно-импортного банка США (EXIM) на 594 млн долларов для железной дороги Казахстана (одобрена в сентябре 2023 года) как инвестицию в рамках PGI.' }, sources: [S.cpcPgi, S.ecaWatchExim] },
      { date: '2024-07-19', status: 'active', note: { en: 'PGI’s acting coordinator visited Astana and Tashkent. Nothing PGI-branded in the region was found after the August 2024 report on the visit.', ru: 'Исполняющий обязанности координатора PGI посетил Астану и Ташкент. После сообщения о визите в августе 2024 года ничего под маркой PGI в регионе не найдено.' }, sources: [S.astanaTimesPgi, S.cpcPgi] },
    ],
  },
  exim: {
    checked: STATUS_NOW_CHECKED,
    steps: [
      { date: '2023-09-22', status: 'active', note: { en: 'Its board approved a $594 million loan guarantee to Kazakhstan’s railway for Wabtec locomotives.', ru: 'Совет директоров банка одобрил кредитную гарантию на 594 млн долларов для железной дороги Казахстана на закупку локомотивов Wabtec.' }, sources: [S.ecaWatchExim] },
      { date: '2025-11', status: 'active', note: { en: 'It is named as guarantor of a $1.6 billion, ten-year locomotive financing for Kazakhstan’s railway, mandated to Citibank during the Kazakh president’s November 2025 visit.', ru: 'Банк назван гарантом десятилетнего финансирования локомотивов для железной дороги Казахстана на 1,6 млрд долларов; мандат на него был выдан Citibank во время визита президента Казахстана в ноябре 2025 года.' }, sources: [S.seanewsKtzCiti] },
      { date: '2025-11-06', status: 'active', note: { en: 'It issued a letter of interest (not a loan) for up to $900 million for a Kazakh tungsten venture announced at the summit.', ru: 'Банк выдал письмо о заинтересованности (не кредит) на сумму до 900 млн долларов для казахстанского вольфрамового проекта, объявленного на саммите.' }, sources: [S.reutersCoveTungsten] },
    ],
  },
  dfc: {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2026-02', status: 'active', note: { en: 'It issued letters of interest (not loans) for up to $700 million for the same Kazakh tungsten project, announced on 11 February 2026.', ru: 'Корпорация выдала письма о заинтересованности (не кредиты) на сумму до 700 млн долларов для того же казахстанского вольфрамового проекта; об этом объявлено 11 февраля 2026 года.' }, sources: [S.astanaTimesDfcTungsten] }],
  },
};

/** A programme's step in force on `day` ('YYYY-MM-DD'), or null before its first (nothing on the record yet). */
export function programmeStepOn(id: string, day: string): ProgrammeStep | null {
  return entryAt(PROGRAMME_STATUS[id]?.steps ?? [], day);
}

export function routeStatusNow(id: string): RouteRecordNow | undefined {
  return ROUTE_STATUS_NOW[id];
}
