// Dated series of figures about a route: the Middle Corridor's volumes by year, the TAPI pipeline's
// kilometres built in Afghanistan. Each figure keeps its unit, its scope, its period and its source,
// and series are never mixed: one series is one unit, one scope and one reporter (who published the
// figure), so a bar chart of a series only ever puts like beside like.
//
// PERIODS. A point's `period` is written in one of three forms:
//   'YYYY'             a whole calendar year ('2023');
//   'YYYY-MM/YYYY-MM'  the months from the first to the last, both included ('2024-01/2024-06' is
//                      January to June 2024). Always a part of a year: a range from January to
//                      December is written as the year. A partial period is never drawn as a year;
//   'YYYY-MM-DD'       an as-of day, for a running total (`cumulative: true`): "6 km laid by 26 January
//                      2025". A cumulative series uses only days, any other series never.
// Inside a series the periods run forward in time and never overlap.
//
// SOURCES. Every figure cites the article it was read in (a URL with a path, never a site's home page)
// and the day that article was published, which is never before its period starts. Figures whose only
// source is a copy or a mirror of another outlet's article are left out.
//
// LEFT OUT (docs/research/issue-20.md section 5), and why:
//   - Aktau port, January–July 2025 (3.144 Mt): only a translated copy of a Xinhua interview was found;
//   - Baku–Tbilisi–Kars, 2022 (432,284 t): only a MENAFN copy of Trend, and an undated analysis;
//   - Aktau port, January–October 2023 (3.785 Mt): the Trend article could not be re-read;
//   - TAPI, 10 km laid by March 2025: only a copy of a Khaama Press article;
//   - TAPI, 91 km "prepared for pipe-laying" (Theia, January 2026): a different measure from "completed",
//     and the same unit, scope and reporter as the kilometres completed, so it would mix series;
//   - CASA-1000's Afghan section in per cent: its sources are a copy, a TV report not re-read and Wikipedia;
//   - the whole route's 2023 and 2024 totals as first reported (2.75 Mt, Trend 2024-03-25; 4.5 Mt,
//     Vestnik Kavkaza 2025-06-27) and the 2025 forecast (5.2 Mt, Report.az 2025-10-20): the same
//     ministry's year-by-year totals of March 2026 replace them, one figure a period;
//   - the whole route's January–June and January–November 2024 totals (2.1 Mt, 4.1 Mt): they overlap the
//     year 2024 in the same series (the eleven months' containers, which have no whole-year total from
//     the ministry, are kept).
import type { Prose } from './lang';
import { urlHasPath } from './history';

/** The units a figure can be in. Their names are in the message catalog (`series.unit.*`, `series.unitSymbol.*`). */
export const SERIES_UNITS = ['Mt', 'TEU', 'km'] as const;
export type SeriesUnit = (typeof SERIES_UNITS)[number];

/** What part of a route a figure counts (`series.scope.*` in the catalog). */
export const SERIES_SCOPES = ['whole-route', 'kazakh-rail', 'azerbaijani-rail', 'ports', 'port-aktau', 'port-baku', 'afghan-section'] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

/** Who published a figure (`series.reporter.*` in the catalog). */
export const SERIES_REPORTERS = ['kz-government', 'ktz', 'titr-association', 'azcon', 'tapi-afghanistan'] as const;
export type SeriesReporter = (typeof SERIES_REPORTERS)[number];

/** The article a figure was read in, and the day it was published ('YYYY-MM-DD'). */
export interface SeriesSource {
  title: string;
  url: string;
  published: string;
}

export interface SeriesPoint {
  /** 'YYYY', 'YYYY-MM/YYYY-MM' or, in a cumulative series, 'YYYY-MM-DD' (see the top of this file). */
  period: string;
  value: number;
  source: SeriesSource;
  note?: Prose;
  /** A forecast or a plan, not a result. */
  forecast?: true;
}

export interface Series {
  id: string;
  /** The route whose panel shows the series. */
  routeId: string;
  title: Prose;
  /** What is counted, in a word or two ('cargo carried'). */
  measure: string;
  unit: SeriesUnit;
  scope: SeriesScope;
  reporter: SeriesReporter;
  /** A running total read on given days, rather than an amount over a period. */
  cumulative?: true;
  note?: Prose;
  points: SeriesPoint[];
}

// ------------------------------------------------------------------ sources

const REPORT_TITR_2019_2025: SeriesSource = {
  title: 'Report.az: Container traffic on the Trans-Caspian route to grow to 300,000 TEU by 2029 (Kazakhstan’s Ministry of Transport)',
  url: 'https://report.az/en/infrastructure/container-traffic-on-trans-caucasian-int-l-transport-route-to-grow-to-300-000-teu-by-2029',
  published: '2026-03-10',
};
const ASTANA_TIMES_2022_VOLUMES: SeriesSource = {
  title: 'The Astana Times: Cargo transportation along Middle Corridor increases to 1.5 million tons in 2022',
  url: 'https://astanatimes.com/2023/05/cargo-transportation-along-middle-corridor-increases-to-1-5-million-tons-in-2022/',
  published: '2023-05-23',
};
const TREND_11_MONTHS_2024: SeriesSource = {
  title: 'Trend: Middle Corridor cargo up 63 percent to 4.1 million tons in eleven months of 2024',
  url: 'https://en.trend.az/business/3982954.html',
  published: '2024-12-17',
};
const ASTANA_TIMES_KTZ_7_MONTHS_2022: SeriesSource = {
  title: 'The Astana Times: Trans-Caspian route sees triple increase in shipment volume in 2022',
  url: 'https://astanatimes.com/2022/09/trans-caspian-international-transport-route-sees-triple-increase-in-shipment-volume-in-2022/',
  published: '2022-09-08',
};
const INTERFAX_KTZ_2023: SeriesSource = {
  title: 'Interfax: Cargo transport via Trans-Caspian route doubles in 2023 – KTZ',
  url: 'https://interfax.com/newsroom/top-stories/98738/',
  published: '2024-01-24',
};
const TREND_KTZ_10_MONTHS_2025: SeriesSource = {
  title: 'Trend: Rail transport along the Middle Corridor reaches 2.6 million tons in ten months of 2025 (KTZ)',
  url: 'https://www.trend.az/casia/kazakhstan/4119716.html',
  published: '2025-11-19',
};
const ASTANA_TIMES_TITR_PLAN_2025: SeriesSource = {
  title: 'The Astana Times: Trans-Caspian International Transport Route plans 2.5 million tons of cargo for 2025',
  url: 'https://astanatimes.com/2025/03/trans-caspian-international-transport-route-plans-2-5-million-tons-of-cargo-for-2025/',
  published: '2025-03-06',
};
const TREND_AKTAU_7_MONTHS_2023: SeriesSource = {
  title: 'Trend: Aktau seaport handled over 2.6 million tons in the first seven months of 2023',
  url: 'https://en.trend.az/casia/kazakhstan/3793121.html',
  published: '2023-09-06',
};
const TREND_AKTAU_Q1_2024: SeriesSource = {
  title: 'Trend: Aktau seaport handled over 1.1 million tons in the first quarter of 2024',
  url: 'https://en.trend.az/casia/kazakhstan/3883668.html',
  published: '2024-04-09',
};
const REPORT_AZ_RAIL_9_MONTHS_2025: SeriesSource = {
  title: 'Report.az: Cargo shipment via Azerbaijan’s railways along Middle Corridor up 6%',
  url: 'https://report.az/en/infrastructure/cargo-shipment-via-azerbaijan-s-railways-along-middle-corridor-up-6',
  published: '2025-10-20',
};
const AFINTL_TAPI_6_KM: SeriesSource = {
  title: 'Afghanistan International (Persian): the Taliban say 6 km of the TAPI pipeline are complete in Afghanistan',
  url: 'https://www.afintl.com/fa/202501264744',
  published: '2025-01-26',
};
const AFINTL_TAPI_14_KM: SeriesSource = {
  title: 'Afghanistan International: 14 kilometres of TAPI pipeline completed inside Afghanistan, says project head',
  url: 'https://www.afintl.com/en/202504248323',
  published: '2025-04-24',
};

// ------------------------------------------------------------------ the series

export const SERIES: readonly Series[] = [
  {
    id: 'middle-corridor-cargo',
    routeId: 'middle-corridor-core',
    title: { en: 'Cargo carried along the route', ru: 'Перевозка грузов по маршруту' },
    measure: 'cargo carried',
    unit: 'Mt',
    scope: 'whole-route',
    reporter: 'kz-government',
    note: { en: 'The ministry’s year-by-year totals for the whole route, published together in March 2026.', ru: 'Итоги министерства по годам для всего маршрута, опубликованные вместе в марте 2026 года.' },
    points: [
      { period: '2019', value: 0.759, source: REPORT_TITR_2019_2025 },
      { period: '2020', value: 0.783, source: REPORT_TITR_2019_2025 },
      { period: '2021', value: 0.586, source: REPORT_TITR_2019_2025 },
      { period: '2022', value: 1.485, source: REPORT_TITR_2019_2025 },
      { period: '2023', value: 2.764, source: REPORT_TITR_2019_2025 },
      { period: '2024', value: 4.484, source: REPORT_TITR_2019_2025 },
      { period: '2025', value: 4.119, source: REPORT_TITR_2019_2025, note: { en: 'Less than in 2024.', ru: 'Меньше, чем в 2024 году.' } },
    ],
  },
  {
    id: 'middle-corridor-containers',
    routeId: 'middle-corridor-core',
    title: { en: 'Containers carried along the route', ru: 'Перевозка контейнеров по маршруту' },
    measure: 'containers carried',
    unit: 'TEU',
    scope: 'whole-route',
    reporter: 'kz-government',
    points: [
      { period: '2022', value: 33000, source: ASTANA_TIMES_2022_VOLUMES, note: { en: 'Given by a deputy minister of trade in May 2023.', ru: 'Цифру привел заместитель министра торговли в мае 2023 года.' } },
      { period: '2024-01/2024-11', value: 50500, source: TREND_11_MONTHS_2024, note: { en: 'Eleven months; 2.6 times the same months of 2023.', ru: 'Одиннадцать месяцев; в 2,6 раза больше, чем за те же месяцы 2023 года.' } },
      { period: '2025', value: 77000, source: REPORT_TITR_2019_2025, note: { en: 'A round figure (“about”).', ru: 'Округленная цифра («около»).' } },
    ],
  },
  {
    id: 'middle-corridor-ktz',
    routeId: 'middle-corridor-core',
    title: { en: 'Cargo carried by rail on the route in Kazakhstan', ru: 'Железнодорожные перевозки грузов по маршруту в Казахстане' },
    measure: 'cargo carried by rail',
    unit: 'Mt',
    scope: 'kazakh-rail',
    reporter: 'ktz',
    note: { en: 'The national railway’s own count of the route’s traffic on its network; it is not the government’s whole-route total.', ru: 'Собственный подсчет национальной железной дороги: перевозки по маршруту в пределах ее сети; это не правительственный итог по всему маршруту.' },
    points: [
      { period: '2022-01/2022-07', value: 0.845, source: ASTANA_TIMES_KTZ_7_MONTHS_2022, note: { en: 'Seven months, as given by KTZ Express, the railway’s container arm.', ru: 'Семь месяцев, по данным KTZ Express, контейнерной дочерней компании железной дороги.' } },
      { period: '2023', value: 2.8, source: INTERFAX_KTZ_2023, note: { en: 'About 1.9 times 2022, by KTZ’s reckoning.', ru: 'Примерно в 1,9 раза больше, чем в 2022 году, по подсчетам КТЖ.' } },
      { period: '2025-01/2025-10', value: 2.6, source: TREND_KTZ_10_MONTHS_2025, note: { en: 'Ten months.', ru: 'Десять месяцев.' } },
    ],
  },
  {
    id: 'middle-corridor-ports',
    routeId: 'middle-corridor-core',
    title: { en: 'Cargo through the Caspian ports on the route', ru: 'Перевалка грузов в каспийских портах маршрута' },
    measure: 'cargo handled',
    unit: 'Mt',
    scope: 'ports',
    reporter: 'titr-association',
    points: [
      { period: '2024', value: 3.3, source: ASTANA_TIMES_TITR_PLAN_2025, note: { en: 'A fifth more than in 2023.', ru: 'На пятую часть больше, чем в 2023 году.' } },
      { period: '2025', value: 2.5, source: ASTANA_TIMES_TITR_PLAN_2025, forecast: true, note: { en: 'The association’s plan for the year, set in March 2025.', ru: 'План ассоциации на год, установленный в марте 2025 года.' } },
    ],
  },
  {
    id: 'middle-corridor-ports-containers',
    routeId: 'middle-corridor-core',
    title: { en: 'Containers through the Caspian ports on the route', ru: 'Перевалка контейнеров в каспийских портах маршрута' },
    measure: 'containers handled',
    unit: 'TEU',
    scope: 'ports',
    reporter: 'titr-association',
    points: [
      { period: '2024', value: 56500, source: ASTANA_TIMES_TITR_PLAN_2025, note: { en: 'About 2.8 times 2023.', ru: 'Примерно в 2,8 раза больше, чем в 2023 году.' } },
      { period: '2025', value: 96000, source: ASTANA_TIMES_TITR_PLAN_2025, forecast: true, note: { en: 'The association’s plan for the year, set in March 2025.', ru: 'План ассоциации на год, установленный в марте 2025 года.' } },
    ],
  },
  {
    id: 'middle-corridor-azerbaijan-rail',
    routeId: 'middle-corridor-core',
    title: { en: 'Cargo carried by rail on the route in Azerbaijan', ru: 'Железнодорожные перевозки грузов по маршруту в Азербайджане' },
    measure: 'cargo carried by rail',
    unit: 'Mt',
    scope: 'azerbaijani-rail',
    reporter: 'azcon',
    points: [{ period: '2025-01/2025-09', value: 2.651, source: REPORT_AZ_RAIL_9_MONTHS_2025, note: { en: 'Nine months; 6% more than the same months of 2024.', ru: 'Девять месяцев; на 6\u00a0% больше, чем за те же месяцы 2024 года.' } }],
  },
  {
    id: 'port-baku-containers',
    routeId: 'middle-corridor-core',
    title: { en: 'Containers handled at the Port of Baku', ru: 'Перевалка контейнеров в порту Баку' },
    measure: 'containers handled',
    unit: 'TEU',
    scope: 'port-baku',
    reporter: 'azcon',
    note: { en: 'Every container the port handled, whichever route it came by.', ru: 'Все контейнеры, обработанные портом, независимо от того, по какому маршруту они прибыли.' },
    points: [{ period: '2025-01/2025-09', value: 77000, source: REPORT_AZ_RAIL_9_MONTHS_2025, note: { en: 'Nine months; 40% more than the same months of 2024.', ru: 'Девять месяцев; на 40\u00a0% больше, чем за те же месяцы 2024 года.' } }],
  },
  {
    id: 'port-aktau-cargo',
    routeId: 'middle-corridor-core',
    title: { en: 'Cargo handled at the Port of Aktau', ru: 'Перевалка грузов в порту Актау' },
    measure: 'cargo handled',
    unit: 'Mt',
    scope: 'port-aktau',
    reporter: 'ktz',
    note: { en: 'All the port’s cargo, oil included, not only the corridor’s.', ru: 'Все грузы порта, включая нефть, а не только грузы коридора.' },
    points: [
      { period: '2022', value: 3.8, source: TREND_AKTAU_7_MONTHS_2023 },
      { period: '2023-01/2023-07', value: 2.6, source: TREND_AKTAU_7_MONTHS_2023, note: { en: 'Seven months; about a quarter more than the same months of 2022.', ru: 'Семь месяцев; примерно на четверть больше, чем за те же месяцы 2022 года.' } },
      { period: '2024-01/2024-03', value: 1.1, source: TREND_AKTAU_Q1_2024, note: { en: 'The first quarter.', ru: 'Первый квартал.' } },
    ],
  },
  {
    id: 'tapi-afghan-km',
    routeId: 'tapi-pipeline',
    title: { en: 'Pipeline completed in Afghanistan', ru: 'Трубопровод, построенный в Афганистане' },
    measure: 'pipeline completed',
    unit: 'km',
    scope: 'afghan-section',
    reporter: 'tapi-afghanistan',
    cumulative: true,
    note: {
      en: 'A running total, of the 816 km planned in Afghanistan and the 153 km to Herat, as the project’s office under the Taliban gave it. A count of the route made ready for pipe-laying, a different measure, is not part of this series.',
      ru: 'Нарастающий итог из 816 км, запланированных в Афганистане, и 153 км до Герата — по данным офиса проекта при власти талибов. Подсчет трассы, подготовленной к укладке труб, — это другой показатель, и в этот ряд он не входит.',
    },
    points: [
      { period: '2025-01-26', value: 6, source: AFINTL_TAPI_6_KM },
      { period: '2025-04-24', value: 14, source: AFINTL_TAPI_14_KM },
    ],
  },
];

/** The series a route's panel shows, in the order above. */
export function seriesForRoute(routeId: string, list: readonly Series[] = SERIES): Series[] {
  return list.filter((s) => s.routeId === routeId);
}

// ------------------------------------------------------------------ periods

/** A period read: its first and last day ('YYYY-MM-DD'), and which of the three forms it is in. */
export interface PeriodSpan {
  start: string;
  end: string;
  kind: 'year' | 'months' | 'day';
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A period's first and last day, or null for a string in none of the three forms (or an impossible date). */
export function periodSpan(period: string): PeriodSpan | null {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, kind: 'year' };
  m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const [y1, m1, y2, m2] = [+m[1], +m[2], +m[3], +m[4]];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || y2 * 12 + m2 < y1 * 12 + m1) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[3]}-${m[4]}-${pad(lastDay(y2, m2))}`, kind: 'months' };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m && isDay(period)) return { start: period, end: period, kind: 'day' };
  return null;
}

/** True for a real calendar day written 'YYYY-MM-DD'. */
export function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}

/** A months period: a part of a year, never drawn as a whole one. */
export const isPartial = (period: string): boolean => periodSpan(period)?.kind === 'months';

/**
 * The points of a series to show on `day` ('YYYY-MM-DD', the map's date): the figures published by then,
 * so the map at a date shows what was known that day (a 2023 total published in 2024 is not there in
 * September 2023, however its period began).
 */
export function pointsOn(series: Pick<Series, 'points'>, day?: string): SeriesPoint[] {
  if (!day) return series.points;
  return series.points.filter((p) => p.source.published <= day);
}

// ------------------------------------------------------------------ validation

/** A series as validation reads it: the registries' words as plain strings, so data from elsewhere can be checked too. */
export type SeriesInput = Omit<Series, 'unit' | 'scope' | 'reporter'> & { unit: string; scope: string; reporter: string };

/**
 * Everything wrong with a list of series, one message a problem ([] when all is well): words outside
 * the registries, ill-formed periods, periods out of order or overlapping, values that are not finite
 * and ≥ 0, sources that are not an article with a publication day on or after the period's start,
 * and two series that would mix (same unit, scope and reporter).
 */
export function validateSeries(list: readonly SeriesInput[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const byTerms = new Map<string, string>();
  for (const s of list) {
    const at = `series ${s.id}`;
    if (ids.has(s.id)) errors.push(`${at}: the id is used twice`);
    ids.add(s.id);
    if (!(SERIES_UNITS as readonly string[]).includes(s.unit)) errors.push(`${at}: unit "${s.unit}" is not in the unit registry`);
    if (!(SERIES_SCOPES as readonly string[]).includes(s.scope)) errors.push(`${at}: scope "${s.scope}" is not in the scope registry`);
    if (!(SERIES_REPORTERS as readonly string[]).includes(s.reporter)) errors.push(`${at}: reporter "${s.reporter}" is not in the reporter registry`);
    const terms = `${s.unit}|${s.scope}|${s.reporter}`;
    const twin = byTerms.get(terms);
    if (twin !== undefined) errors.push(`${at}: same unit, scope and reporter as series ${twin}; one series each`);
    else byTerms.set(terms, s.id);
    if (s.points.length === 0) errors.push(`${at}: no points`);
    let previous: { period: string; span: PeriodSpan } | null = null;
    s.points.forEach((p, i) => {
      const pt = `${at}, point ${i} (${p.period})`;
      const span = periodSpan(p.period);
      if (!span) errors.push(`${pt}: the period is not YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD`);
      else if (span.kind === 'months' && span.start.endsWith('-01-01') && span.end.endsWith('-12-31') && span.start.slice(0, 4) === span.end.slice(0, 4))
        errors.push(`${pt}: January to December is the whole year; write "${span.start.slice(0, 4)}"`);
      else if (span.kind === 'day' && !s.cumulative) errors.push(`${pt}: an as-of day belongs in a cumulative series only`);
      else if (span.kind !== 'day' && s.cumulative) errors.push(`${pt}: a cumulative series gives as-of days (YYYY-MM-DD)`);
      if (span && previous) {
        if (span.start < previous.span.start) errors.push(`${pt}: comes before the previous period (${previous.period})`);
        else if (span.start <= previous.span.end) errors.push(`${pt}: overlaps the previous period (${previous.period})`);
      }
      if (span) previous = { period: p.period, span };
      if (typeof p.value !== 'number' || !Number.isFinite(p.value) || p.value < 0) errors.push(`${pt}: value ${p.value} is not a finite number ≥ 0`);
      if (!urlHasPath(p.source.url)) errors.push(`${pt}: source "${p.source.url}" is not an article URL with a path`);
      if (!isDay(p.source.published)) errors.push(`${pt}: published "${p.source.published}" is not a day (YYYY-MM-DD)`);
      else if (span && p.source.published < span.start) errors.push(`${pt}: published ${p.source.published}, before the period starts (${span.start})`);
    });
  }
  return errors;
}
