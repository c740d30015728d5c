// The infrastructure the routes run over: railway lines, roads, ferry crossings, power lines and
// pipelines, each with the dated history of its own state. A route (data/routes.ts) is a service over
// these lines; its legs take their track status from the line they run over, never from the route, so
// a main line in use for a century draws as operating wherever a planned corridor runs over it — the
// way OpenStreetMap keeps the state of a railway apart from the route relations over it.
import { DECLARATION_DATE, type HistoryEvent, type LineDef, type Prose, type Source, type TrackStatus } from './types';
import { dated } from './history';
import {
  ADY_EAST_WEST,
  ASTANA_TIMES_KURYK,
  ASTANA_TIMES_UAP_2025,
  FIELD_VOICE_BESKOL,
  GSE_KAZ_RAIL,
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
  TKG_CASA_2024,
  BR_CASA_MISSION_2025,
  KG24_CASA_2026,
  WORLD_BANK_MC,
  WIKI_KHORGAS,
  RUWIKI_OTAR,
  AZERNEWS_CKU_2022,
  RAILWAY_GAZETTE_CKU_2024,
  TREND_CKU_FS_2023,
  TREND_CKU_START_2024,
  WIKI_ANKARA_KARS,
  WIKI_TRANS_ANATOLIAN,
  WIKI_ISTANBUL_ANKARA,
  RAILJOURNAL_ANKARA_2019,
  TURKPA_2014,
  WIKI_SERHETABAT,
  RAILNEWS_MANGYSHLAK_1964,
  KAZPRAVDA_DM_2025,
  BAQ_DOSTYK_2025,
  NEWSILK_CKU_2020,
} from './sources';

const change = (date: string, status: TrackStatus, event: HistoryEvent, source: Source, note?: Prose) => dated(date, status, event, source, note);
const opened = (date: string, source: Source, note?: Prose) => change(date, 'operating', 'opened', source, note);
const inServiceBy = (date: string, source: Source, note?: Prose) => change(date, 'operating', 'in-service-by', source, note);

const RAIL_1520 = 1520;
const RAIL_1435 = 1435;

export const lines: LineDef[] = [
  // ------------------------------------------------------------------ Kazakhstan
  {
    id: 'aktogay-dostyk',
    name: { en: 'Aktogay – Dostyk railway', ru: 'Железная дорога Актогай – Достык' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['dostyk', 'aktogay'],
    history: [
      inServiceBy('1990', BAQ_DOSTYK_2025, { en: 'The line to Druzhba, now Dostyk, has linked Kazakhstan and China since 1990.', ru: 'Линия до Дружбы (ныне Достык) связывает Казахстан и Китай с 1990 года.' }),
      inServiceBy('2023', WORLD_BANK_MC, { en: 'The single-track line to the Dostyk crossing, named by the World Bank as a bottleneck of the corridor.', ru: 'Однопутная линия к переходу Достык, которую Всемирный банк назвал узким местом коридора.' }),
      change('2025-03', 'operating', 'upgraded', FIELD_VOICE_BESKOL, { en: 'Second track opened between Beskol and Dostyk.', ru: 'Открыт второй путь между Бесколем и Достыком.' }),
      change('2025-09-30', 'operating', 'upgraded', QAZINFORM_DM_2025, { en: 'Second track of the whole Dostyk – Moiynty line (836 km) inaugurated.', ru: 'Торжественно открыт второй путь на всей линии Достык – Мойынты (836 км).' }),
    ],
  },
  {
    // The year this stretch opened was not found; the World Bank names it in use in 2023.
    id: 'aktogay-balkhash',
    name: { en: 'Aktogay – Sayak – Balkhash railway', ru: 'Железная дорога Актогай – Саяк – Балхаш' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['aktogay', 'sayak', 'balkhash'],
    history: [
      inServiceBy('2023', WORLD_BANK_MC, { en: 'Part of the single-track Dostyk – Moiynty line.', ru: 'Часть однопутной линии Достык – Мойынты.' }),
      change('2025-09-30', 'operating', 'upgraded', QAZINFORM_DM_2025, { en: 'Second track of the whole Dostyk – Moiynty line (836 km) inaugurated.', ru: 'Торжественно открыт второй путь на всей линии Достык – Мойынты (836 км).' }),
    ],
  },
  {
    id: 'karaganda-balkhash',
    name: { en: 'Karaganda – Balkhash line, Balkhash – Moiynty – Zharyk', ru: 'Линия Караганда – Балхаш, Балхаш – Мойынты – Жарык' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['balkhash', 'moiynty', 'zharyk'],
    history: [
      opened('1940', GSE_KAZ_RAIL, { en: 'The Karaganda – Balkhash line was built in 1939–40.', ru: 'Линия Караганда – Балхаш построена в 1939–1940 годах.' }),
      change('2025-01-29', 'operating', 'upgraded', KAZPRAVDA_DM_2025, { en: 'Second track opened between Moiynty and Balkhash (127 km), part of the Dostyk – Moiynty project.', ru: 'Открыт второй путь между Мойынты и Балхашем (127 км) в рамках проекта Достык – Мойынты.' }),
    ],
  },
  {
    id: 'zharyk-zhezkazgan',
    name: { en: 'Zharyk – Zhezkazgan railway', ru: 'Железная дорога Жарык – Жезказган' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['zharyk', 'zhezkazgan'],
    history: [opened('1940', GSE_KAZ_RAIL, { en: 'Built in 1939–40 to reach the copper at Zhezkazgan.', ru: 'Построена в 1939–1940 годах, чтобы открыть доступ к меди Жезказгана.' })],
  },
  {
    id: 'zhezkazgan-saksaulskaya',
    name: { en: 'Zhezkazgan – Saksaulskaya railway (new line)', ru: 'Железная дорога Жезказган – Саксаульская (новая линия)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['zhezkazgan', 'saksaulskaya'],
    history: [opened('2014-08-22', TURKPA_2014, { en: 'One of the two new lines of Zhezkazgan – Beyneu (988 km in all), built from June 2012 and commissioned in August 2014.', ru: 'Одна из двух новых линий Жезказган – Бейнеу (всего 988 км); строилась с июня 2012 года, сдана в эксплуатацию в августе 2014 года.' })],
  },
  {
    id: 'orenburg-tashkent-saksaulskaya-shalkar',
    name: { en: 'Saksaulskaya – Shalkar (Orenburg – Tashkent railway)', ru: 'Саксаульская – Шалкар (железная дорога Оренбург – Ташкент)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['saksaulskaya', 'shalkar'],
    history: [
      opened('1906', GSE_KAZ_RAIL, { en: 'The Orenburg – Tashkent trunk line was put into operation in 1905–06; it joins the two new lines of Zhezkazgan – Beyneu and is not part of their 988 km.', ru: 'Магистраль Оренбург – Ташкент введена в эксплуатацию в 1905–1906 годах; она соединяет две новые линии Жезказган – Бейнеу и в их 988 км не входит.' }),
    ],
  },
  {
    id: 'shalkar-beyneu',
    name: { en: 'Shalkar – Beyneu railway (new line)', ru: 'Железная дорога Шалкар – Бейнеу (новая линия)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['shalkar', 'beyneu'],
    history: [opened('2014-08-22', TURKPA_2014, { en: 'One of the two new lines of Zhezkazgan – Beyneu (988 km in all), built from 2012 and commissioned in August 2014.', ru: 'Одна из двух новых линий Жезказган – Бейнеу (всего 988 км); строилась с 2012 года, сдана в эксплуатацию в августе 2014 года.' })],
  },
  {
    id: 'beyneu-aktau',
    name: { en: 'Beyneu – Aktau railway', ru: 'Железная дорога Бейнеу – Актау' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['beyneu', 'shetpe', 'aktau'],
    history: [
      opened('1964', RAILNEWS_MANGYSHLAK_1964, { en: 'The Makat – Mangyshlak railway was joined in 1964, when the first train reached the peninsula.', ru: 'Железная дорога Макат – Мангышлак была сомкнута в 1964 году, когда первый поезд дошел до полуострова.' }),
      inServiceBy('2019-04', UIC_FEEDER_2019, { en: 'Containers reach the port of Aktau by rail for the Caspian feeder.', ru: 'Контейнеры поступают в порт Актау по железной дороге для каспийской фидерной линии.' }),
    ],
  },
  {
    id: 'khorgos-altynkol-crossing',
    name: { en: 'Khorgos – Altynkol border crossing (railway)', ru: 'Пограничный переход Хоргос – Алтынколь (железная дорога)' },
    mode: 'rail',
    // Both gauges cross the border here: trains change gauge or containers are transhipped at the stations.
    nodes: ['khorgos', 'altynkol'],
    history: [
      opened('2012-12-22', WIKI_KHORGAS, { en: 'The tracks from both sides were joined on 2 December 2012; the first regular trains crossed on 22 December 2012.', ru: 'Пути с обеих сторон были состыкованы 2 декабря 2012 года; первые регулярные поезда пересекли границу 22 декабря 2012 года.' }),
    ],
  },
  {
    id: 'altynkol-zhetygen',
    name: { en: 'Altynkol – Zhetygen railway', ru: 'Железная дорога Алтынколь – Жетыген' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['altynkol', 'zharkent', 'ortakudyk', 'zhetygen'],
    history: [opened('2011-12', WIKI_KHORGAS, { en: 'The 293 km line from Zhetygen to the Khorgos crossing was completed in December 2011.', ru: 'Линия длиной 293 км от Жетыгена до перехода Хоргос была завершена в декабре 2011 года.' })],
  },
  {
    // The Turkestan – Siberian main line from Aktogay south to Almaty and west to Shu. The Khorgos branch
    // runs over it from Zhetygen through the Almaty junction to Shu; no route uses Zhetygen – Aktogay since
    // the branch was redrawn (its places are kept).
    id: 'turksib',
    name: { en: 'Turksib, Aktogay – Zhetygen – Almaty – Shu', ru: 'Турксиб, Актогай – Жетыген – Алматы – Шу' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['aktogay', 'matay', 'ushtobe', 'saryozek', 'zhetygen', 'almaty', 'otar', 'shu'],
    history: [
      opened('1931', GSE_KAZ_RAIL, { en: 'The Turkestan – Siberian main line was built in 1931.', ru: 'Туркестано-Сибирская магистраль построена в 1931 году.' }),
      change('1997', 'operating', 'upgraded', RUWIKI_OTAR, { en: 'Shu – Otar electrified in 1997, Otar – Almaty in 2001.', ru: 'Участок Шу – Отар электрифицирован в 1997 году, Отар – Алматы — в 2001 году.' }),
    ],
  },
  {
    id: 'uzen-gorgan',
    name: { en: 'Uzen – Bereket – Gorgan railway', ru: 'Железная дорога Узень – Берекет – Горган' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['uzen', 'wp-east-of-garabogaz', 'bereket', 'gorgan'],
    history: [opened('2014-12-03', TASS_KTI)],
  },

  // ------------------------------------------------------------------ The Caspian crossings
  {
    id: 'aktau-alat-crossing',
    name: { en: 'Aktau – Alat sea crossing', ru: 'Морская переправа Актау – Алят' },
    mode: 'sea',
    nodes: ['aktau', 'wp-absheron-east', 'alat'],
    history: [inServiceBy('2019-04-16', UIC_FEEDER_2019, { en: 'A regular container feeder from Aktau to Baku, besides the ferries.', ru: 'Регулярная контейнерная фидерная линия из Актау в Баку в дополнение к паромам.' })],
  },
  {
    id: 'kuryk-alat-crossing',
    name: { en: 'Kuryk – Alat ferry crossing', ru: 'Паромная переправа Курык – Алят' },
    mode: 'sea',
    nodes: ['kuryk', 'wp-absheron-east', 'alat'],
    history: [opened('2017-03', SEA_NEWS_KURYK, { en: 'The first cargo from Kuryk reached Azerbaijan in March 2017.', ru: 'Первый груз из Курыка прибыл в Азербайджан в марте 2017 года.' })],
  },
  {
    id: 'turkmenbashi-alat-crossing',
    name: { en: 'Turkmenbashi – Alat ferry crossing', ru: 'Паромная переправа Туркменбаши – Алят' },
    mode: 'sea',
    nodes: ['turkmenbashi', 'wp-krasnovodsk-gulf', 'alat'],
    history: [inServiceBy('2017-11', TREND_LAPIS, { en: 'The ferry crossing is part of the Lapis Lazuli corridor agreed in November 2017.', ru: 'Паромная переправа входит в коридор «Лазурит», согласованный в ноябре 2017 года.' })],
  },

  // ------------------------------------------------------------------ Azerbaijan, Georgia, Türkiye
  {
    id: 'baku-tbilisi-main-line',
    name: { en: 'Baku – Alat – Tbilisi main line', ru: 'Магистраль Баку – Алят – Тбилиси' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['baku', 'wp-baku-alat', 'alat', 'kurdamir', 'ujar', 'yevlakh', 'ganja', 'shamkir', 'tovuz', 'aghstafa', 'gardabani', 'tbilisi'],
    history: [opened('1883', WIKI_GEORGIAN_RAILWAY, { en: 'The Baku – Tbilisi railway was completed in 1883.', ru: 'Железная дорога Баку – Тбилиси была достроена в 1883 году.' })],
  },
  {
    id: 'tbilisi-poti',
    name: { en: 'Tbilisi – Samtredia – Poti main line', ru: 'Магистраль Тбилиси – Самтредиа – Поти' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['tbilisi', 'gori', 'khashuri', 'samtredia', 'poti'],
    history: [opened('1872', WIKI_GEORGIAN_RAILWAY, { en: 'Poti – Tbilisi, the first railway in the Caucasus, opened in 1872.', ru: 'Железная дорога Поти – Тбилиси, первая на Кавказе, открыта в 1872 году.' })],
  },
  {
    id: 'samtredia-batumi',
    name: { en: 'Samtredia – Batumi railway', ru: 'Железная дорога Самтредиа – Батуми' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['samtredia', 'batumi'],
    history: [opened('1883', WIKI_GEORGIAN_RAILWAY)],
  },
  {
    id: 'marabda-akhalkalaki',
    name: { en: 'Tbilisi – Tetritskaro – Akhalkalaki railway', ru: 'Железная дорога Тбилиси – Тетрицкаро – Ахалкалаки' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['tbilisi', 'tetritskaro', 'akhalkalaki'],
    history: [
      inServiceBy('2017-10-30', WIKI_BTK, { en: 'Rebuilt as the Georgian part of the Baku – Tbilisi – Kars railway.', ru: 'Перестроена как грузинская часть железной дороги Баку – Тбилиси – Карс.' }),
      change('2024-05-20', 'operating', 'upgraded', TREND_BTK_2024, { en: 'After rebuilding 184 km in Georgia, freight runs on the upgraded line, its capacity raised from 1 to 5 million tonnes a year.', ru: 'После реконструкции 184 км в Грузии по модернизированной линии идут грузы; ее пропускная способность увеличена с 1 до 5 млн т в год.' }),
    ],
  },
  {
    id: 'akhalkalaki-kars',
    name: { en: 'Akhalkalaki – Kars railway (new line)', ru: 'Железная дорога Ахалкалаки – Карс (новая линия)' },
    mode: 'rail',
    gaugeMm: RAIL_1435,
    nodes: ['akhalkalaki', 'kars'],
    history: [opened('2017-10-30', WIKI_BTK)],
  },
  {
    id: 'ankara-kars',
    name: { en: 'Ankara – Kars railway', ru: 'Железная дорога Анкара – Карс' },
    mode: 'rail',
    gaugeMm: RAIL_1435,
    nodes: ['kars', 'wp-sarikamis', 'erzurum', 'wp-askale', 'wp-erzincan', 'wp-divrigi', 'wp-cetinkaya', 'sivas', 'wp-sarkisla', 'kayseri', 'wp-yerkoy', 'wp-kirikkale', 'ankara'],
    history: [
      opened('1939-10-20', WIKI_ANKARA_KARS, { en: 'Built east from Ankara from 1924: Kayseri 1927, Sivas 1930, Erzurum 1939, joining the older line from Kars.', ru: 'Строилась на восток от Анкары с 1924 года: Кайсери — 1927, Сивас — 1930, Эрзурум — 1939; так она соединилась с более старой линией из Карса.' }),
      change('1962', 'operating', 'upgraded', WIKI_TRANS_ANATOLIAN, { en: 'The broad-gauge Erzurum – Kars stretch converted to 1,435 mm.', ru: 'Ширококолейный участок Эрзурум – Карс переведен на колею 1\u00a0435 мм.' }),
    ],
  },
  {
    id: 'istanbul-ankara',
    name: { en: 'Istanbul – Ankara railway', ru: 'Железная дорога Стамбул – Анкара' },
    mode: 'rail',
    gaugeMm: RAIL_1435,
    nodes: ['ankara', 'wp-polatli', 'wp-eskisehir', 'wp-bilecik', 'wp-arifiye', 'wp-izmit', 'wp-gebze', 'istanbul'],
    history: [
      opened('1892-12-31', WIKI_ISTANBUL_ANKARA, { en: 'Built east from Haydarpaşa from 1871; its last section, to Ankara, opened at the end of 1892.', ru: 'Строилась на восток от Хайдарпаши с 1871 года; последний участок, до Анкары, открыт в конце 1892 года.' }),
      change('2019-03-12', 'operating', 'upgraded', RAILJOURNAL_ANKARA_2019, { en: 'Marmaray’s Gebze – Halkalı line opened, joining the Asian and European networks under the Bosphorus.', ru: 'Открыта линия Мармарая Гебзе – Халкалы, соединившая азиатскую и европейскую сети под Босфором.' }),
    ],
  },

  // ------------------------------------------------------------------ Turkmenistan, Uzbekistan, Kyrgyzstan
  {
    id: 'trans-caspian-railway',
    name: { en: 'Trans-Caspian railway, Turkmenbashi – Ashgabat – Mary – Samarkand', ru: 'Закаспийская железная дорога, Туркменбаши – Ашхабад – Мары – Самарканд' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: [
      'turkmenbashi', 'wp-balkan-gulf-north', 'balkanabat', 'bereket', 'serdar', 'baharly', 'ashgabat', 'annau', 'wp-kopet-dag', 'kaka', 'tejen', 'mary',
      'bayramaly', 'turkmenabat', 'farap', 'karakul', 'bukhara', 'navoi', 'kattakurgan', 'samarkand',
    ],
    history: [
      opened('1888-05', WIKI_TRANS_CASPIAN_RAILWAY, { en: 'Built eastward from the Caspian from 1880; it reached Ashgabat in 1885 and Samarkand in May 1888.', ru: 'Строилась на восток от Каспия с 1880 года; до Ашхабада дошла в 1885 году, до Самарканда — в мае 1888 года.' }),
    ],
  },
  {
    id: 'mary-serhetabat',
    name: { en: 'Mary – Serhetabat railway', ru: 'Железная дорога Мары – Серхетабат' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['mary', 'yoloten', 'serhetabat'],
    history: [
      opened('1901-03-01', WIKI_SERHETABAT, { en: 'The branch from Merv (Mary) up the Murghab and Kushk valleys to Kushka, now Serhetabat, opened on 1 March 1901.', ru: 'Ветка из Мерва (Мары) вверх по долинам рек Мургаб и Кушка до Кушки, ныне Серхетабат, открыта 1 марта 1901 года.' }),
      inServiceBy('2017-11', TREND_LAPIS, { en: 'The Turkmen railway from the Afghan border that the Lapis Lazuli corridor uses.', ru: 'Туркменская железная дорога от афганской границы, которую использует коридор «Лазурит».' }),
    ],
  },
  {
    id: 'serhetabat-torghundi',
    name: { en: 'Serhetabat – Torghundi railway', ru: 'Железная дорога Серхетабат – Торгунди' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['serhetabat', 'torghundi'],
    history: [
      inServiceBy('2007', WIKI_SERHETABAT, { en: 'The former Soviet broad-gauge line across the border to Torghundi was restored to use in 2007.', ru: 'Бывшая советская ширококолейная линия через границу до Торгунди вновь введена в строй в 2007 году.' }),
      inServiceBy('2017-11', TREND_LAPIS, { en: 'The Lapis Lazuli corridor starts at Torghundi, across the border.', ru: 'Коридор «Лазурит» начинается в Торгунди, по ту сторону границы.' }),
    ],
  },
  {
    id: 'samarkand-tashkent',
    name: { en: 'Samarkand – Jizzakh – Tashkent main line', ru: 'Магистраль Самарканд – Джизак – Ташкент' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['samarkand', 'jizzakh', 'guliston', 'tashkent'],
    history: [opened('1899', UZVAGONTAMIR_HISTORY)],
  },
  {
    id: 'tashkent-angren',
    name: { en: 'Tashkent – Angren railway', ru: 'Железная дорога Ташкент – Ангрен' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['tashkent', 'angren'],
    history: [inServiceBy('2016-06-04', KUN_ANGREN_POP, { en: 'The Angren – Pop line continues it over the Kamchik pass.', ru: 'Ее продолжает через перевал Камчик линия Ангрен – Пап.' })],
  },
  {
    id: 'angren-pop',
    name: { en: 'Angren – Pop railway (Kamchik tunnel)', ru: 'Железная дорога Ангрен – Пап (тоннель Камчик)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['angren', 'wp-kamchik', 'pop'],
    history: [inServiceBy('2016-06-04', KUN_ANGREN_POP, { en: 'The first train ran over the new line in 2016.', ru: 'Первый поезд прошел по новой линии в 2016 году.' })],
  },
  {
    id: 'fergana-pop-andijan',
    name: { en: 'Pop – Namangan – Andijan railway', ru: 'Железная дорога Пап – Наманган – Андижан' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['pop', 'namangan', 'andijan'],
    history: [
      inServiceBy('2020-06', NEWSILK_CKU_2020, { en: 'Carries the China – Kyrgyzstan – Uzbekistan road–rail service from Osh on to Tashkent.', ru: 'По линии идут автомобильно-железнодорожные перевозки Китай – Кыргызстан – Узбекистан от Оша далее до Ташкента.' }),
      inServiceBy('2023-07-05', KUN_CKU, { en: 'Used by the China – Kyrgyzstan – Uzbekistan container trains from Osh to Tashkent.', ru: 'По линии ходят контейнерные поезда Китай – Кыргызстан – Узбекистан от Оша до Ташкента.' }),
    ],
  },
  {
    id: 'andijan-osh',
    name: { en: 'Andijan – Osh railway', ru: 'Железная дорога Андижан – Ош' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['andijan', 'osh'],
    history: [
      inServiceBy('2020-06', NEWSILK_CKU_2020, { en: 'Carries the China – Kyrgyzstan – Uzbekistan road–rail service from Osh.', ru: 'По линии идут автомобильно-железнодорожные перевозки Китай – Кыргызстан – Узбекистан из Оша.' }),
      inServiceBy('2023-07-05', KUN_CKU, { en: 'Used by the China – Kyrgyzstan – Uzbekistan container trains from Osh.', ru: 'По линии ходят контейнерные поезда Китай – Кыргызстан – Узбекистан из Оша.' }),
    ],
  },
  {
    id: 'kashgar-osh-road',
    name: { en: 'Kashgar – Irkeshtam – Osh road', ru: 'Автодорога Кашгар – Иркештам – Ош' },
    mode: 'road',
    nodes: ['kashgar', 'ulugqat', 'irkeshtam', 'sary-tash', 'gulcha', 'osh'],
    history: [
      inServiceBy('2020-06', NEWSILK_CKU_2020, { en: 'Containers of the China – Kyrgyzstan – Uzbekistan service go by truck from Kashgar over the Irkeshtam pass to Osh.', ru: 'При перевозках Китай – Кыргызстан – Узбекистан контейнеры везут на грузовиках из Кашгара через перевал Иркештам в Ош.' }),
      inServiceBy('2023-07-05', KUN_CKU, { en: 'Containers cross the Irkeshtam pass by truck.', ru: 'Контейнеры везут через перевал Иркештам на грузовиках.' }),
    ],
  },
  {
    id: 'cku-kashgar-torugart',
    name: { en: 'China – Kyrgyzstan – Uzbekistan railway: Kashgar – Torugart (Chinese section, planned)', ru: 'Железная дорога Китай – Кыргызстан – Узбекистан: Кашгар – Торугарт (китайский участок, планируется)' },
    mode: 'rail',
    gaugeMm: RAIL_1435,
    nodes: ['kashgar', 'torugart'],
    history: [
      change('2023-05', 'planned', 'feasibility-approved', RAILWAY_GAZETTE_CKU_2024, { en: 'Feasibility study of the whole line completed by China Railway Construction Corporation.', ru: 'Компания China Railway Construction Corporation завершила технико-экономическое обоснование всей линии.' }),
      change('2024-06-06', 'planned', 'agreement-signed', RAILWAY_GAZETTE_CKU_2024, { en: 'Intergovernmental agreement signed in Beijing.', ru: 'В Пекине подписано межправительственное соглашение.' }),
    ],
  },
  {
    id: 'cku-torugart-makmal',
    name: { en: 'China – Kyrgyzstan – Uzbekistan railway: Torugart – Makmal (1,435 mm)', ru: 'Железная дорога Китай – Кыргызстан – Узбекистан: Торугарт – Макмал (1\u00a0435 мм)' },
    mode: 'rail',
    gaugeMm: RAIL_1435,
    nodes: ['torugart', 'makmal'],
    history: [
      change('2022-09-14', 'planned', 'feasibility-agreed', AZERNEWS_CKU_2022, { en: 'Agreement at Samarkand to complete the feasibility study of the Kyrgyz section, Torugart – Arpa – Makmal – Jalal-Abad.', ru: 'В Самарканде достигнута договоренность завершить технико-экономическое обоснование кыргызского участка Торугарт – Арпа – Макмал – Джалал-Абад.' }),
      change('2023-06', 'planned', 'feasibility-approved', TREND_CKU_FS_2023, { en: 'Feasibility study approved (Kyrgyz cabinet; Railway Gazette says it was completed in May 2023).', ru: 'Технико-экономическое обоснование утверждено (кабинет министров Кыргызстана; по данным Railway Gazette, оно было завершено в мае 2023 года).' }),
      change('2024-06-06', 'planned', 'agreement-signed', RAILWAY_GAZETTE_CKU_2024, { en: 'Intergovernmental agreement signed in Beijing.', ru: 'В Пекине подписано межправительственное соглашение.' }),
      change('2024-12-27', 'under-construction', 'construction-begun', TREND_CKU_START_2024, { en: 'Construction of the railway launched at a ceremony in the Jalal-Abad region of Kyrgyzstan.', ru: 'На церемонии в Джалал-Абадской области Кыргызстана дан старт строительству железной дороги.' }),
    ],
  },
  {
    id: 'cku-makmal-jalal-abad',
    name: { en: 'China – Kyrgyzstan – Uzbekistan railway: Makmal – Jalal-Abad (1,520 mm)', ru: 'Железная дорога Китай – Кыргызстан – Узбекистан: Макмал – Джалал-Абад (1\u00a0520 мм)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['makmal', 'jalal-abad'],
    history: [
      change('2022-09-14', 'planned', 'feasibility-agreed', AZERNEWS_CKU_2022, { en: 'Agreement at Samarkand to complete the feasibility study of the Kyrgyz section, Torugart – Arpa – Makmal – Jalal-Abad.', ru: 'В Самарканде достигнута договоренность завершить технико-экономическое обоснование кыргызского участка Торугарт – Арпа – Макмал – Джалал-Абад.' }),
      change('2023-06', 'planned', 'feasibility-approved', TREND_CKU_FS_2023, { en: 'Feasibility study approved (Kyrgyz cabinet; Railway Gazette says it was completed in May 2023).', ru: 'Технико-экономическое обоснование утверждено (кабинет министров Кыргызстана; по данным Railway Gazette, оно было завершено в мае 2023 года).' }),
      change('2024-06-06', 'planned', 'agreement-signed', RAILWAY_GAZETTE_CKU_2024, { en: 'Intergovernmental agreement signed in Beijing.', ru: 'В Пекине подписано межправительственное соглашение.' }),
      change('2024-12-27', 'under-construction', 'construction-begun', TREND_CKU_START_2024, { en: 'Construction launched at a ceremony in the Jalal-Abad region of Kyrgyzstan.', ru: 'На церемонии в Джалал-Абадской области Кыргызстана дан старт строительству.' }),
    ],
  },
  {
    id: 'cku-jalal-abad-andijan',
    name: { en: 'China – Kyrgyzstan – Uzbekistan railway: Jalal-Abad – Andijan (planned)', ru: 'Железная дорога Китай – Кыргызстан – Узбекистан: Джалал-Абад – Андижан (планируется)' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['jalal-abad', 'andijan'],
    history: [
      change('2023-05', 'planned', 'feasibility-approved', RAILWAY_GAZETTE_CKU_2024, { en: 'Feasibility study of the whole line completed by China Railway Construction Corporation.', ru: 'Компания China Railway Construction Corporation завершила технико-экономическое обоснование всей линии.' }),
      change('2024-06-06', 'planned', 'agreement-signed', RAILWAY_GAZETTE_CKU_2024, { en: 'Intergovernmental agreement signed in Beijing; about 50 km of the line in Uzbekistan.', ru: 'В Пекине подписано межправительственное соглашение; на Узбекистан приходится около 50 км линии.' }),
    ],
  },

  // ------------------------------------------------------------------ Afghanistan and Pakistan
  {
    id: 'termez-mazar',
    name: { en: 'Termez – Hairatan – Mazar-i-Sharif railway', ru: 'Железная дорога Термез – Хайратан – Мазари-Шариф' },
    mode: 'rail',
    gaugeMm: RAIL_1520,
    nodes: ['termez', 'hairatan', 'mazar-i-sharif'],
    history: [opened('2011', WIKI_HAIRATAN)],
  },
  {
    id: 'trans-afghan-new-line',
    name: { en: 'Trans-Afghan railway, Naibabad – Logar – Kharlachi (planned line)', ru: 'Трансафганская железная дорога, Наибабад – Логар – Харлачи (планируемая линия)' },
    mode: 'rail',
    nodes: ['mazar-i-sharif', 'maidan-shahr', 'pul-e-alam', 'parachinar'],
    history: [
      change('2023-07-18', 'planned', 'agreement-signed', ORIENT_UAP, { en: 'Route protocol signed in Islamabad.', ru: 'В Исламабаде подписан протокол о маршруте.' }),
      change('2025-07-17', 'planned', 'feasibility-agreed', ASTANA_TIMES_UAP_2025, { en: 'Framework agreement on a joint feasibility study signed in Kabul.', ru: 'В Кабуле подписано рамочное соглашение о совместном технико-экономическом обосновании.' }),
    ],
  },
  {
    id: 'casa-datka-sughd',
    name: { en: 'CASA-1000: Datka – Sughd 500 kV line', ru: 'CASA-1000: ЛЭП 500 кВ Датка – Согд' },
    mode: 'power-line',
    nodes: ['datka', 'wp-uzgen', 'wp-nookat', 'wp-orozbekovo', 'wp-south-of-sokh', 'wp-batken', 'sughd-substation'],
    history: [
      change(DECLARATION_DATE, 'under-construction', 'baseline', WORLD_BANK_CASA, { en: 'Being built under the World Bank project.', ru: 'Строится в рамках проекта Всемирного банка.' }),
      opened('2025-03-31', NCA_DATKA_2025, { en: 'Launched by the presidents of Kyrgyzstan and Tajikistan.', ru: 'Запущена президентами Кыргызстана и Таджикистана.' }),
    ],
  },
  {
    id: 'tajik-grid',
    name: { en: 'Tajik grid, Sughd – Dushanbe – Sangtuda', ru: 'Энергосеть Таджикистана, Согд – Душанбе – Сангтуда' },
    mode: 'power-line',
    nodes: ['sughd-substation', 'istaravshan', 'dushanbe', 'sangtuda'],
    history: [change(DECLARATION_DATE, 'operating', 'baseline', WORLD_BANK_CASA, { en: 'The existing grid that carries the power between the two new CASA-1000 lines.', ru: 'Действующая энергосеть, по которой электроэнергия передается между двумя новыми линиями CASA-1000.' })],
  },
  {
    id: 'casa-hvdc',
    name: { en: 'CASA-1000: Sangtuda – Nowshera HVDC line', ru: 'CASA-1000: ЛЭП постоянного тока высокого напряжения Сангтуда – Nowshera' },
    mode: 'power-line',
    nodes: ['sangtuda', 'kunduz', 'pul-e-khumri', 'jabal-saraj', 'kabul', 'jalalabad', 'nowshera'],
    history: [
      change(DECLARATION_DATE, 'under-construction', 'baseline', WORLD_BANK_CASA, { en: 'Under construction; work in Afghanistan paused since August 2021.', ru: 'Строится; работы в Афганистане приостановлены с августа 2021 года.' }),
      change('2024-03-08', 'under-construction', 'agreement-signed', TKG_CASA_2024, { en: 'After the World Bank board decided on 15 February 2024 to resume the Afghan section, the four countries signed an agreement (per the Taliban spokesman); works had not yet restarted.', ru: 'После того как совет директоров Всемирного банка 15 февраля 2024 года решил возобновить реализацию афганского участка, четыре страны подписали соглашение (по словам официального представителя талибов); работы к тому времени еще не возобновились.' }),
      change('2024-12', 'under-construction', 'works-resumed', BR_CASA_MISSION_2025, { en: 'Works in Afghanistan resumed, according to a World Bank mission reported in April 2025.', ru: 'Работы в Афганистане возобновились — по данным миссии Всемирного банка, о которых сообщалось в апреле 2025 года.' }),
      change('2025-07', 'under-construction', 'works-resumed', KG24_CASA_2026, { en: 'Kyrgyzstan’s project coordinator dates the restart of works in Afghanistan to July 2025 (a different date from the World Bank mission’s).', ru: 'Координатор проекта от Кыргызстана относит возобновление работ в Афганистане к июлю 2025 года (эта дата расходится с датой миссии Всемирного банка).' }),
    ],
  },
  {
    id: 'tapi-turkmen-section',
    name: { en: 'TAPI: Galkynysh – Serhetabat (Turkmen section)', ru: 'ТАПИ: Галкыныш – Серхетабат (туркменский участок)' },
    mode: 'gas-pipeline',
    nodes: ['galkynysh', 'serhetabat'],
    history: [change(DECLARATION_DATE, 'under-construction', 'baseline', NGW_TAPI, { en: 'Reported built, but no gas flows through it yet.', ru: 'По сообщениям, построен, но газ по нему пока не идет.' })],
  },
  {
    id: 'tapi-serhetabat-herat',
    name: { en: 'TAPI: Serhetabat – Herat', ru: 'ТАПИ: Серхетабат – Герат' },
    mode: 'gas-pipeline',
    nodes: ['serhetabat', 'herat'],
    history: [
      change(DECLARATION_DATE, 'under-construction', 'baseline', NGW_TAPI, { en: 'Broke ground in February 2018, then stalled.', ru: 'Строительство начато в феврале 2018 года, затем приостановлено.' }),
      change('2024-09-11', 'under-construction', 'works-resumed', PAJHWOK_TAPI_2024, { en: 'Practical work on the Afghan section began.', ru: 'Начались практические работы на афганском участке.' }),
      change('2025-10', 'under-construction', 'upgraded', NCA_TAPI_HERAT_2025, { en: 'A further phase of the 153 km section to Herat launched.', ru: 'Дан старт очередному этапу строительства участка до Герата протяженностью 153 км.' }),
    ],
  },
  {
    id: 'tapi-herat-fazilka',
    name: { en: 'TAPI: Herat – Shindand – Delaram – Gereshk – Kandahar – Quetta – Multan – Fazilka', ru: 'ТАПИ: Герат – Шинданд – Деларам – Gereshk – Кандагар – Кветта – Мултан – Фазилка' },
    mode: 'gas-pipeline',
    nodes: ['herat', 'adraskan', 'shindand', 'delaram', 'gereshk', 'kandahar', 'chaman', 'quetta', 'multan', 'fazilka'],
    history: [
      change(DECLARATION_DATE, 'planned', 'baseline', NGW_TAPI, { en: 'Not yet under construction beyond Herat.', ru: 'Дальше Герата строительство пока не ведется.' }),
    ],
  },
];

/** The lines by id. */
export const lineById: ReadonlyMap<string, LineDef> = new Map(lines.map((l) => [l.id, l]));

// ADY's corridor page and Kuryk's opening are cited by the routes too; re-exported for the tests
// that check a route and its lines cite consistently.
export const LINE_SOURCES_ALSO_ON_ROUTES: readonly Source[] = [ADY_EAST_WEST, ASTANA_TIMES_KURYK];
