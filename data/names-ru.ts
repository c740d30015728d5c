// The Russian names of the map's labels, each with where it was read. scripts/geo/labels-ru.ts turns
// this table into public/geo/labels.ru.json (country names computed there from Node's
// Intl.DisplayNames, with the overrides below), and checks it: every id is a feature of its layer,
// every name Cyrillic, every entry sourced. Nothing here is transliterated: a feature no source names
// in Russian is left out, and the map shows its English name.
//
// Keys, by layer:
// - countries: the `id` of public/geo/countries.geojson (ISO 3166-1 alpha-3, or a slug);
// - places: the `id` of public/geo/places.geojson (data/places.ts);
// - physical: a river's or lake's `id` in public/geo/physical*.geojson; landforms and peaks carry no
//   id there, so they are keyed by their English `name` as the map shows it (the generator checks that
//   no such name is also an id or names features of two kinds). Lookup: `id ?? name`.

export type LabelLayer = 'countries' | 'places' | 'physical';

/** A page, or a file at a commit, and what was read there. */
export interface Cited {
  /** http(s) URL with a path. */
  url: string;
  /** What the page or file says, as read: the field, the feature, the form given. */
  read: string;
}

/** A state's name from `new Intl.DisplayNames('ru', { type: 'region', style })` of an ISO 3166-1 alpha-2 code. */
export interface IntlCountryName {
  layer: 'countries';
  id: string;
  intl: { region: string; style?: 'short' };
  /** Replaces the Intl value, with the reason and the pages that give the form used. */
  override?: { ru: string; reason: string; sources: readonly Cited[] };
}

/** A name read from a page or a data file. */
export interface SourcedName {
  layer: 'places' | 'physical';
  id: string;
  ru: string;
  source: Cited;
  /** Where the label differs from the source's value (a parenthesis dropped, a form replaced): what and why. */
  note?: string;
}

export type NameRuEntry = IntlCountryName | SourcedName;

/** Marker written for a country whose name comes from Intl (see `IntlCountryName`). */
export const INTL_MARKER = "Intl.DisplayNames('ru', { type: 'region' })";

// ---------------------------------------------------------------- sources

/**
 * Natural Earth 4.0 populated places (ne_10m_populated_places, as converted by
 * martynafford/natural-earth-geojson), the file the project's shared/natural-earth/populated-places.geojson
 * was cut from. Field read: `name_ru`, joined to data/places.ts by GeoNames id (`geonameid`) or, where
 * that fails, by name and a point within 2 km.
 */
const NE4_PLACES = 'https://github.com/martynafford/natural-earth-geojson/blob/90266457d82d3717e47313e72a921e31a087d2c4/10m/cultural/ne_10m_populated_places.7z';

/** Natural Earth 5 files (nvkelso/natural-earth-vector), pinned to the commit read. */
const NE5_RIVERS_110M = 'https://github.com/nvkelso/natural-earth-vector/blob/ace5fed0eaf3c6c03c951e75b439ba8fffbc218e/geojson/ne_110m_rivers_lake_centerlines.geojson';
const NE5_LAKES_110M = 'https://github.com/nvkelso/natural-earth-vector/blob/84c039951fc3ccdf97968687ccda67824afa833f/geojson/ne_110m_lakes.geojson';
const NE5_PEAKS_10M = 'https://github.com/nvkelso/natural-earth-vector/blob/ace5fed0eaf3c6c03c951e75b439ba8fffbc218e/geojson/ne_10m_geography_regions_elevation_points.geojson';

const ne4 = (neName: string, join: string): Cited => ({ url: NE4_PLACES, read: `name_ru of the point «${neName}» (${join})` });
const byGeonames = (neName: string, geonameId: number) => ne4(neName, `GeoNames id ${geonameId}`);
const byNearName = (neName: string, km: number) => ne4(neName, `same name, point ${km} km from ours`);

const RUWIKI_KYRGYZSTAN: Cited = {
  url: 'https://ru.wikipedia.org/wiki/%D0%9A%D1%8B%D1%80%D0%B3%D1%8B%D0%B7%D1%81%D1%82%D0%B0%D0%BD',
  read: 'Article «Кыргызстан»: «Кыргызстан, или Киргизия …, официально — Кыргызская Республика»; Russian is an official language (read through the mirror https://wikirussya.com/Кыргызстан)',
};
const RUWIKI_MYANMAR: Cited = {
  url: 'https://ru.wikipedia.org/wiki/%D0%9C%D1%8C%D1%8F%D0%BD%D0%BC%D0%B0',
  read: 'Article «Мьянма»: the state is named «Мьянма» (also «Бирма»)',
};

// ---------------------------------------------------------------- countries

const intl = (id: string, region: string, style?: 'short'): IntlCountryName =>
  style ? { layer: 'countries', id, intl: { region, style } } : { layer: 'countries', id, intl: { region } };

/**
 * 49 of the 54 country features. Not here, so shown in English: akrotiri, cyprus-u-n-buffer-zone,
 * dhekelia, n-cyprus, siachen-glacier (no ISO 3166 code, so no Intl name; no other source read).
 * Noted, kept: ARE is «ОАЭ» (CLDR's only form); TUR is «Турция» (the English label is «Türkiye»).
 */
const COUNTRIES: readonly IntlCountryName[] = [
  intl('AFG', 'AF'),
  intl('ARE', 'AE'),
  intl('ARM', 'AM'),
  intl('AZE', 'AZ'),
  intl('BGD', 'BD'),
  intl('BGR', 'BG'),
  intl('BHR', 'BH'),
  intl('BLR', 'BY'),
  intl('BTN', 'BT'),
  intl('CHN', 'CN'),
  intl('CYP', 'CY'),
  intl('EGY', 'EG'),
  intl('ERI', 'ER'),
  intl('EST', 'EE'),
  intl('FIN', 'FI'),
  intl('GEO', 'GE'),
  intl('GRC', 'GR'),
  intl('IND', 'IN'),
  intl('IRN', 'IR'),
  intl('IRQ', 'IQ'),
  intl('ISR', 'IL'),
  intl('JOR', 'JO'),
  intl('KAZ', 'KZ'),
  {
    ...intl('KGZ', 'KG'),
    override: {
      ru: 'Кыргызстан',
      reason:
        "CLDR gives «Киргизия». The country's own Russian usage (Russian is an official language there) is «Кыргызстан», the title of the Russian Wikipedia article; both forms are in use.",
      sources: [RUWIKI_KYRGYZSTAN],
    },
  },
  intl('KWT', 'KW'),
  intl('LBN', 'LB'),
  intl('LBY', 'LY'),
  intl('LTU', 'LT'),
  intl('LVA', 'LV'),
  intl('MDA', 'MD'),
  {
    ...intl('MMR', 'MM'),
    override: {
      ru: 'Мьянма',
      reason: 'CLDR gives «Мьянма (Бирма)» in every style; the label keeps the name without the alternative in parentheses, as the English label shows «Myanmar».',
      sources: [RUWIKI_MYANMAR],
    },
  },
  intl('MNG', 'MN'),
  intl('NPL', 'NP'),
  intl('OMN', 'OM'),
  intl('PAK', 'PK'),
  intl('POL', 'PL'),
  // The long style is «Палестинские территории»; the short one matches the English label «Palestine».
  intl('PSE', 'PS', 'short'),
  intl('QAT', 'QA'),
  intl('ROU', 'RO'),
  intl('RUS', 'RU'),
  intl('SAU', 'SA'),
  intl('SDN', 'SD'),
  intl('SYR', 'SY'),
  intl('TJK', 'TJ'),
  intl('TKM', 'TM'),
  intl('TUR', 'TR'),
  intl('UKR', 'UA'),
  intl('UZB', 'UZ'),
  intl('YEM', 'YE'),
];

// ---------------------------------------------------------------- places

const place = (id: string, ru: string, source: Cited, note?: string): SourcedName =>
  note ? { layer: 'places', id, ru, source, note } : { layer: 'places', id, ru, source };

/**
 * 62 of the 114 places. The others have no Russian name in the sources read and stay in English; so do
 * the labels that are ours rather than a place's name (a substation, a converter, a gas field, «Alat
 * (Port of Baku)»): `sughd-substation` is left out although Natural Earth names Khujand, since the label
 * is the substation, not the city.
 */
const PLACES: readonly SourcedName[] = [
  place('astana', 'Астана', byGeonames('Astana', 1526273)),
  place('bishkek', 'Бишкек', byGeonames('Bishkek', 1528675)),
  place('dushanbe', 'Душанбе', byGeonames('Dushanbe', 1221874)),
  place('ashgabat', 'Ашхабад', byGeonames('Ashgabat', 162183)),
  place('tashkent', 'Ташкент', byGeonames('Tashkent', 1512569)),
  place('balkhash', 'Балхаш', byGeonames('Balqash', 1525798)),
  place('shalkar', 'Шалкар', byNearName('Shalqar', 1.1)),
  place('zharkent', 'Жаркент', byGeonames('Zharkent', 1520253)),
  place('otar', 'Отар', {
    url: 'https://ru.wikipedia.org/wiki/%D0%9E%D1%82%D0%B0%D1%80_(%D1%81%D1%82%D0%B0%D0%BD%D1%86%D0%B8%D1%8F)',
    read: 'Article «Отар (станция)», the Turksib station our point stands for (data/sources.ts RUWIKI_OTAR)',
  }, 'The article title carries the disambiguator «(станция)»; the label is the name alone.'),
  place('ortakudyk', 'Ортакудык', {
    url: 'https://ru.wikipedia.org/wiki/%D0%9E%D1%80%D1%82%D0%B0%D0%BA%D1%83%D0%B4%D1%8B%D0%BA',
    read: 'Article «Ортакудык», the passing loop on Zhetygen – Altynkol (data/sources.ts RUWIKI_ORTAKUDYK)',
  }),
  place('shu', 'Шу', byGeonames('Shu', 1519030)),
  place('uzen', 'Жанаозен', byGeonames('Zhangaozen', 607610), 'The English label is «Uzen (Zhanaozen)»; the source names the town only, so the Russian label is the town\'s name.'),
  place('zhezkazgan', 'Жезказган', byGeonames('Zhezqazghan', 1516589)),
  place('beyneu', 'Бейнеу', byGeonames('Beyneu', 610298)),
  place(
    'almaty',
    'Алматы',
    {
      url: 'https://www.the-village-kz.com/village/city/asking-question/28405-pochemu-almaty-a-ne-alma-ata',
      read: 'The Village Kazakhstan: why «Алматы» and not «Алма-Ата» — «Алматы» is the city\'s name in Russian in Kazakhstan',
    },
    'Natural Earth\'s name_ru is the Soviet-era «Алма-Ата» (GeoNames id 1526384); the label uses the form in use in the city, also ordered by a 2004 Almaty court for a newspaper (http://vostok22.ru/questions/almaty-ili-alma-ata-almaty-razvlecheniya-i-dostoprimechatelnosti/).',
  ),
  place('aktau', 'Актау', byGeonames('Aqtau', 610612), 'Not Natural Earth\'s «Mangyshlak» point, 4.9 km away, which also carries «Актау».'),
  place('baku', 'Баку', byGeonames('Baku', 587084)),
  place('yevlakh', 'Евлах', byGeonames('Yevlax', 584649)),
  place('ganja', 'Гянджа', byGeonames('Ganca', 586523)),
  place('tovuz', 'Товуз', byGeonames('Tovuz', 584821)),
  place('tbilisi', 'Тбилиси', byGeonames('Tbilisi', 611717)),
  place('poti', 'Поти', byGeonames('Poti', 612366)),
  place('batumi', 'Батуми', byGeonames('Batumi', 615532)),
  place('kars', 'Карс', byGeonames('Kars', 743952)),
  place('erzurum', 'Эрзурум', byGeonames('Erzurum', 315368)),
  place('sivas', 'Сивас', byGeonames('Sivas', 300619)),
  place('kayseri', 'Кайсери', byGeonames('Kayseri', 308464)),
  place('ankara', 'Анкара', byGeonames('Ankara', 323786)),
  place('istanbul', 'Стамбул', byGeonames('Istanbul', 745044)),
  place('kashgar', 'Кашгар', byGeonames('Kashgar', 1280849)),
  place('jalal-abad', 'Джалал-Абад', byGeonames('Jalal Abad', 1528249)),
  place('osh', 'Ош', byGeonames('Osh', 1527534)),
  place('andijan', 'Андижан', byGeonames('Andijon', 1514588)),
  place('namangan', 'Наманган', byGeonames('Namangan', 1513157)),
  place('angren', 'Ангрен', byGeonames('Angren', 1514581), 'Natural Earth gives «Ангрен (город)», a Wikipedia disambiguator left in the name; the label drops the parenthesis.'),
  place('kattakurgan', 'Каттакурган', byGeonames('Kattaqorgon', 1216982)),
  place('navoi', 'Навои', byGeonames('Navoi', 1513131)),
  place('tejen', 'Теджен', byGeonames('Tejen', 1218239)),
  place('kaka', 'Кака', byGeonames('Kaka', 161901)),
  place('guliston', 'Гулистан', byGeonames('Guliston', 1513966)),
  place('jizzakh', 'Джизак', byGeonames('Jizzax', 1513886)),
  place('samarkand', 'Самарканд', byGeonames('Samarqand', 1216265)),
  place('bukhara', 'Бухара', byGeonames('Bukhara', 1217662)),
  place('turkmenabat', 'Туркменабат', byGeonames('Türkmenabat', 1219649)),
  place('mary', 'Мары', byGeonames('Mary', 1218667)),
  place('balkanabat', 'Балканабад', byGeonames('Balkanabat', 161616), 'Also written «Балканабат»; «Балканабад» is the Russian Wikipedia headword.'),
  place('turkmenbashi', 'Туркменбашы', byGeonames('Türkmenbaşy', 601594), 'Russian-language press also writes «Туркменбаши»; Natural Earth\'s form is kept.'),
  place('termez', 'Термез', byNearName('Termiz', 2.0)),
  place('mazar-i-sharif', 'Мазари-Шариф', byGeonames('Mazar-e Sharif', 1133616)),
  place('maidan-shahr', 'Майданшахр', byGeonames('Mayda Shahr', 1456960)),
  place('istaravshan', 'Истаравшан', byGeonames('Uroteppa', 1220253), 'Natural Earth\'s point keeps the old English name «Uroteppa»; its name_ru is the current «Истаравшан».'),
  place('kunduz', 'Кундуз', byGeonames('Kondoz', 1135689)),
  place('pul-e-khumri', 'Пули-Хумри', byGeonames('Pol-e Khomri', 1130490)),
  place('kabul', 'Кабул', byGeonames('Kabul', 1138958)),
  place('jalalabad', 'Джелалабад', byGeonames('Jalalabad', 1139715)),
  place('parachinar', 'Парачинар', byGeonames('Parachinar', 1168394)),
  place('herat', 'Герат', byGeonames('Herat', 1140026)),
  place('gorgan', 'Горган', byGeonames('Gorgan', 132892)),
  place('kandahar', 'Кандагар', byGeonames('Kandahar', 1138336)),
  place('chaman', 'Чаман', byGeonames('Chaman', 1181611)),
  place('quetta', 'Кветта', byGeonames('Quetta', 1167528)),
  place('multan', 'Мултан', byGeonames('Multan', 1169825)),
];

// ---------------------------------------------------------------- physical

const physical = (id: string, ru: string, source: Cited, note?: string): SourcedName =>
  note ? { layer: 'physical', id, ru, source, note } : { layer: 'physical', id, ru, source };

/**
 * Natural Earth 5 `name_ru`. Rivers and lakes: matched to our feature by Natural Earth's English name
 * and checked to be the same feature by its Wikidata id. Our physical layers are built from Natural
 * Earth 4.0, which has no `name_ru`; only the NE 5 files that could be read are used (the 110 m rivers
 * and lakes; the 10 m rivers, lakes and landform polygons were not read), so the other rivers and lakes
 * and every landform (range, desert, plain, plateau, valley, basin, lowland) stay English.
 */
const PHYSICAL_WATER: readonly SourcedName[] = [
  physical('ob', 'Обь', { url: NE5_RIVERS_110M, read: 'name_ru of the river «Ob» (wikidataid Q973, ne_id 1159114911)' }),
  physical('aral-sea', 'Аральское море', { url: NE5_LAKES_110M, read: 'name_ru of «Aral Sea» (wikidataid Q35883, ne_id 1159126555)' }),
  physical(
    'lake-balkhash',
    'Балхаш',
    { url: NE5_LAKES_110M, read: 'name_ru of «Lake Balkhash» (wikidataid Q134485, ne_id 1159113111)' },
    'The bare «Балхаш» is also the town\'s name (places: balkhash); the lake is drawn and lettered as water, so the name is kept as the source gives it.',
  ),
];

const peak = (name: string, ru: string, read: string, note?: string): SourcedName => physical(name, ru, { url: NE5_PEAKS_10M, read }, note);

/**
 * Peaks and the one pass (physical-detail.geojson; keyed by their English name, as they carry no id),
 * from NE 5 `ne_10m_geography_regions_elevation_points`: the same feature as ours by name and
 * elevation (NE 5 writes «Mount» where our NE 4.0 file has «Mt.»). Forms kept as the source gives
 * them, with or without «гора»/«пик». 82 of 106. Left out, so English: no `name_ru` in the file (Kuh-e
 * Jang Qal'eh, Kuh-e Hezar, Kuh-e Nay Band, Kuh-e Haji Ebrahim, Kuh-e Ruzeh, Kuh-e Fareghan, Kuh-e Garin,
 * Kuh-e Siah Khvani, Sabalon Kuh); a value that names another feature (Lenina, 150 m in Moscow: «пик
 * Ленина» is the Pamir peak; Kuh-e Dinar: «Заповедник Дена», a reserve; Batura Mustagh I: «Батура-Музтаг»,
 * the range; Nun: «гора Нункун», the massif) or a historical name (Uludag Tepe: «Малый Олимп»); not read
 * (Jabal al Uwaynt, Jabal Is, Kennedy Pk., Olympus, Balaneshty, Botev, Gebel Katherna, Jabal Oda,
 * Psiloritis, Selvili Tepe).
 */
const PEAKS: readonly SourcedName[] = [
  peak("Ak Tag", 'Ак-Таг', "name_ru of «Ak Tag» (6748 m, wikidataid Q28794266, ne_id 1159105529)"),
  peak("Aragats Lerr", 'Арагац', "name_ru of «Aragats Lerr» (4090 m, wikidataid Q203568, ne_id 1159105889)"),
  peak("Ayrybaba", 'Айрибаба', "name_ru of «Ayrybaba» (3137 m, wikidataid Q794684, ne_id 1159105885)"),
  peak("Bazar Dyuzi", 'Базардюзю', "name_ru of «Bazar Dyuzi» (4466 m, wikidataid Q725591, ne_id 1159105881)"),
  peak("Belukha", 'Белуха', "name_ru of «Belukha» (4506 m, wikidataid Q724367, ne_id 1159105709)"),
  peak("Bogda Feng", 'Богдо-Ула', "name_ru of «Bogda Feng» (5445 m, wikidataid Q1037396, ne_id 1159105687)"),
  peak("Cheekha Dar", 'Шееха Дар', "name_ru of «Cheekha Dar» (3611 m, wikidataid Q1068860, ne_id 1159105877)"),
  peak("Demirkazik", 'Демирказик', "name_ru of «Demirkazik» (3756 m, wikidataid Q3022142, ne_id 1159105579)"),
  peak("Dhaulagiri", 'Дхаулагири', "name_ru of «Dhaulagiri» (8172 m, wikidataid Q165440, ne_id 1159105705)"),
  peak("Dombai-Ulgen", 'Домбай-Ульген', "name_ru of «Dombai-Ulgen» (4038 m, wikidataid Q768409, ne_id 1159105871)"),
  peak("Dzyarzhynskaya", 'гора Дзержинская', "name_ru of «Dzyarzhynskaya» (346 m, ne_id 1159106025)"),
  peak("Erciyes Dagi", 'вулкан Эрджияс', "name_ru of «Erciyes Dagi» (3917 m, ne_id 1159105867)"),
  peak("Gangkar Punsum", 'Канкар-Пунсум', "name_ru of «Gangkar Punsum» (7570 m, wikidataid Q219986, ne_id 1159105865)"),
  peak("Geladandong", 'гора Геладайндонг', "name_ru of «Geladandong» (6621 m, wikidataid Q5530346, ne_id 1159105713)"),
  peak("Gora Arlan", 'гора Арлан', "name_ru of «Gora Arlan» (1880 m, wikidataid Q777434, ne_id 1159105863)"),
  peak("Gora Elbrus", 'Эльбрус', "name_ru of «Gora Elbrus» (5642 m, wikidataid Q43105, ne_id 1159105953)"),
  peak("Gora Goverla", 'Говерла', "name_ru of «Gora Goverla» (2058 m, wikidataid Q627508, ne_id 1159106019)"),
  peak("Gora Konzhakovskiy Kamen", 'Конжаковский Камень', "name_ru of «Gora Konzhakovskiy Kamen» (1569 m, wikidataid Q4230794, ne_id 1159105593)"),
  peak("Gora Manas", 'гора Манас', "name_ru of «Gora Manas» (4482 m, wikidataid Q13171265, ne_id 1159105693)"),
  peak("Gora Shkhara", 'Шхара', "name_ru of «Gora Shkhara» (5200 m, wikidataid Q217457, ne_id 1159105855)"),
  peak("Gora Tastau", 'гора Тастау', "name_ru of «Gora Tastau» (2992 m, ne_id 1159105517)"),
  peak("Gora Tebulosmta", 'Тебулосмта', "name_ru of «Gora Tebulosmta» (4494 m, wikidataid Q768463, ne_id 1159106017)"),
  peak("Gora Yamantau", 'Ямантау', "name_ru of «Gora Yamantau» (1638 m, wikidataid Q1514176, ne_id 1159105927)"),
  peak("Guru Sikhar", 'пик Гуру Шихар', "name_ru of «Guru Sikhar» (1722 m, wikidataid Q3533921, ne_id 1159105513)"),
  peak("Gyala Peri", 'гора Гуала Пери', "name_ru of «Gyala Peri» (7294 m, wikidataid Q1322521, ne_id 1159105849)"),
  peak("Har Meron", 'Мерон', "name_ru of «Har Meron» (1208 m, wikidataid Q540520, ne_id 1159105845)"),
  peak("Jabal Ramm", 'гора Джабаль-Рам', "name_ru of «Jabal Ramm» (1754 m, wikidataid Q541800, ne_id 1159105829)"),
  peak("Jabal Sawdā", 'гора Джебель-Сауда', "name_ru of «Jabal Sawdā» (3000 m, wikidataid Q1261892, ne_id 1159105659)"),
  peak("Jabal Shams", 'Эш-Шам', "name_ru of «Jabal Shams» (3035 m, wikidataid Q1261915, ne_id 1159105647)"),
  peak("Jabal Yibir", 'гора Джабаль-Ибир', "name_ru of «Jabal Yibir» (1527 m, wikidataid Q1261909, ne_id 1159105827)"),
  peak("Jabal ad Dukhan", 'Джабаль-ад-Духан', "name_ru of «Jabal ad Dukhan» (134 m, wikidataid Q1032812, ne_id 1159105837)"),
  peak("Jabal al Lawz", 'Джабаль-эль-Лауз', "name_ru of «Jabal al Lawz» (2580 m, wikidataid Q4115817, ne_id 1159105835)"),
  peak("Jabal ash Shaykh", 'гора Хермон', "name_ru of «Jabal ash Shaykh» (2814 m, wikidataid Q21584061, ne_id 1159105831)"),
  peak("Jebel Jar", 'гора Джебель-Яр', "name_ru of «Jebel Jar» (2300 m, ne_id 1159105661)"),
  peak("K2", 'Чогори', "name_ru of «K2» (8611 m, wikidataid Q43512, ne_id 1159105729)"),
  peak("Kackar Dagi", 'Качкар', "name_ru of «Kackar Dagi» (3931 m, wikidataid Q1641126, ne_id 1159105583)"),
  peak("Kailash", 'Кайлас', "name_ru of «Kailash» (6638 m, wikidataid Q229107, ne_id 1159105733)"),
  peak("Kanchenjunga", 'Канченджанга', "name_ru of «Kanchenjunga» (8586 m, wikidataid Q82019, ne_id 1159105823)"),
  peak("Kangju Kangri", 'гора Канджу-Кангри', "name_ru of «Kangju Kangri» (6725 m, wikidataid Q19459387, ne_id 1159105453)"),
  peak("Kangtö", 'гора Кангто', "name_ru of «Kangtö» (7060 m, wikidataid Q6362901, ne_id 1159105717)"),
  peak("Khyber Pass", 'Хайберский проход', "name_ru of «Khyber Pass» (1070 m, wikidataid Q191333, ne_id 1159105727)"),
  peak("Kizilkaya", 'гора Кызыл-Кая', "name_ru of «Kizilkaya» (3767 m, ne_id 1159105893)"),
  peak("Kizlar Sivrisi", 'гора Кизлар-Сивриси', "name_ru of «Kizlar Sivrisi» (3070 m, ne_id 1159105573)"),
  peak("Kongkoerh", 'гора Конгур', "name_ru of «Kongkoerh» (7649 m, ne_id 1159105819)"),
  peak("Kuh-e Taftan", 'Тефтан', "name_ru of «Kuh-e Taftan» (3941 m, wikidataid Q524954, ne_id 1159105569)"),
  peak("Köketau", 'гора Коктау', "name_ru of «Köketau» (4622 m, ne_id 1159105821)"),
  peak("Liushi Shan", 'гора Люши-Шань', "name_ru of «Liushi Shan» (7167 m, wikidataid Q6654097, ne_id 1159105531)"),
  peak("Lunpo Gangri", 'гора Лунпо-Гангри', "name_ru of «Lunpo Gangri» (7095 m, wikidataid Q8536063, ne_id 1159105803)"),
  peak("Mahendra Giri", 'гора Махендрагири', "name_ru of «Mahendra Giri» (1501 m, wikidataid Q26783773, ne_id 1159105505)"),
  peak("Moldoveanu", 'Молдовяну', "name_ru of «Moldoveanu» (2543 m, wikidataid Q746524, ne_id 1159105943)"),
  peak("Mount Ararat", 'Арарат', "name_ru of «Mount Ararat» (5137 m, wikidataid Q72303, ne_id 1159105799)"),
  peak("Mowdok Mual", 'гора Маудок-Муал', "name_ru of «Mowdok Mual» (1052 m, wikidataid Q2696459, ne_id 1159105795)"),
  peak("Mt. Damavand", 'Демавенд', "name_ru of «Mount Damavand» (5610 m, wikidataid Q40758, ne_id 1159105649)"),
  peak("Mt. Everest", 'Джомолунгма', "name_ru of «Mount Everest» (8848 m, wikidataid Q513, ne_id 1159105715)"),
  peak("Mt. Victoria", 'Виктория', "name_ru of «Mount Victoria» (3053 m, wikidataid Q2666968, ne_id 1159105461)"),
  peak("Munkh Khairkhan", 'Мунх-Хайрхан', "name_ru of «Munkh Khairkhan» (4231 m, wikidataid Q6950349, ne_id 1159105469)"),
  peak("Muztag Feng", 'Улугмузтаг', "name_ru of «Muztag Feng» (6973 m, wikidataid Q1560829, ne_id 1159105731)"),
  peak("Namcha Barwa", 'Намча Барва', "name_ru of «Namcha Barwa» (7782 m, wikidataid Q1050238, ne_id 1159105533)"),
  peak("Nanda Devi", 'гора Нанда-Деви', "name_ru «гора На́нда-Де́ви» of «Nanda Devi» (7817 m, wikidataid Q26794321, ne_id 1159105673)", "Stress marks (U+0301) removed from the source's value."),
  peak("Nanga Parbat", 'Нангапарбат', "name_ru of «Nanga Parbat» (8125 m, wikidataid Q130736, ne_id 1159105791)"),
  peak("Nganglong Kangri", 'Алинг-Гангри', "name_ru of «Nganglong Kangri» (6720 m, wikidataid Q4062402, ne_id 1159105711)", 'Aling Kangri is another name of Nganglong Kangri; the Russian form follows it.'),
  peak("Nowshak", 'Ношак', "name_ru of «Nowshak» (7492 m, wikidataid Q271700, ne_id 1159105789)"),
  peak("Nyainqentanglha Feng", 'гора Ньэнчентанглха', "name_ru «гора Ньэнчента́нглха» of «Nyainqentanglha Feng» (7162 m, wikidataid Q1109058, ne_id 1159105719)", "Stress marks (U+0301) removed from the source's value."),
  peak("Obasta Tsukai", 'гора Обаста-Тшекай', "name_ru of «Obasta Tsukai» (3452 m, ne_id 1159105459)"),
  peak("Pik Imeni Ismail Samani", 'Пик Исмоила Сомони', "name_ru of «Pik Imeni Ismail Samani» (7495 m, wikidataid Q41413, ne_id 1159105691)"),
  peak("Pik Karakol", 'пик Каракольский', "name_ru of «Pik Karakol» (5216 m, wikidataid Q21519918, ne_id 1159105777)"),
  peak("Pik Pobeda", 'Пик Победы', "name_ru of «Pik Pobeda» (7439 m, wikidataid Q332762, ne_id 1159105775)"),
  peak("Pik Talghar", 'Талгар', "name_ru of «Pik Talghar» (4979 m, wikidataid Q608494, ne_id 1159105521)", 'Also the name of a town near Almaty (not a place on this map); the peak is lettered as a peak, with its height.'),
  peak("Purog Kangri", 'гора Пурог-Кангри', "name_ru of «Purog Kangri» (6929 m, wikidataid Q2118899, ne_id 1159105771)"),
  peak("Qurnat as Sawdā", 'Курнет-эс-Сауда', "name_ru of «Qurnat as Sawdā» (3088 m, wikidataid Q311330, ne_id 1159105577)"),
  peak("Ras Koh", 'гора Рас-Ко', "name_ru of «Ras Koh» (3003 m, wikidataid Q7294662, ne_id 1159105571)"),
  peak("Roman-Kosh", 'Роман-Кош', "name_ru of «Roman-Kosh» (1545 m, wikidataid Q2092607, ne_id 1159105895)"),
  peak("Salher", 'гора Салер', "name_ru of «Salher» (1567 m, wikidataid Q7404420, ne_id 1159105507)"),
  peak("Saramati", 'гора Сарамати', "name_ru of «Saramati» (3826 m, wikidataid Q8536271, ne_id 1159105767)"),
  peak("Shah Fuladi", 'Шахфулади', "name_ru of «Shah Fuladi» (5048 m, wikidataid Q20191405, ne_id 1159105695)"),
  peak("Shahi Kangri", 'гора Шахи-Кангри', "name_ru of «Shahi Kangri» (6934 m, wikidataid Q2102394, ne_id 1159105763)"),
  peak("Sikaram", 'гора Сикарам', "name_ru of «Sikaram» (4755 m, wikidataid Q21737779, ne_id 1159105759)"),
  peak("Suur Munamagi", 'Суур-Мунамяги', "name_ru of «Suur Munamagi» (318 m, wikidataid Q504991, ne_id 1159105965)"),
  peak("Tavan Bogd Uul", 'Таван-Богдо-Ула', "name_ru of «Tavan Bogd Uul» (4374 m, wikidataid Q143008, ne_id 1159105755)"),
  peak("Tirich Mir", 'Тиричмир', "name_ru of «Tirich Mir» (7708 m, wikidataid Q207132, ne_id 1159105751)"),
  peak("Ukko Koli", 'Коли', "name_ru of «Ukko Koli» (347 m, wikidataid Q13360737, ne_id 1159105961)"),
  peak("Zard Kuh", 'Зерд-Кух', "name_ru of «Zard Kuh» (4548 m, wikidataid Q147826, ne_id 1159105735)"),
];

const PHYSICAL: readonly SourcedName[] = [...PHYSICAL_WATER, ...PEAKS];

export const NAMES_RU: readonly NameRuEntry[] = [...COUNTRIES, ...PLACES, ...PHYSICAL];
