// Routes' and programmes' status now, dated and sourced, beside the September 2023 status the map
// draws. Kept apart from data/routes.ts so that the map's 2023 view stays exactly as the declaration
// found the routes, and "now" can be re-checked without touching the geometry pipeline.
import type { Prose } from '../../data/types';
import type { EventSource } from './commitments/types';
import { S } from './commitments/sources';
import { dayOf } from '../../data/history';

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

/** A route record as a panel shows it: with the day it was searched. */
export type RouteRecordShown = RouteRecordNow & { checked: string };

/** When the status-now records were last searched. */
export const STATUS_NOW_CHECKED = '2026-11-28';

export const ROUTE_STATUS_NOW: Record<string, RouteRecordNow> = {
  'middle-corridor-core': {
    asOf: '2025-05',
    note: { en: 'Operating and growing: Aktau handled 85% more Middle Corridor containers in early 2024 than a year before; the ADB said in 2025 it still carries a small share of the trade it could.' },
    sources: [
      { title: 'Trend: Aktau seaport handled over 1.1 million tons of cargo in Q1 2024', url: 'https://en.trend.az/casia/kazakhstan/3883668.html', published: '2024-04-09' },
      S.trendAdbMiddleCorridor,
    ],
  },
  'middle-corridor-kuryk': {
    asOf: '2024-05',
    note: { en: 'Operating; Kazakhstan adopted a 2024–2028 plan to enlarge Aktau and Kuryk, including dredging at Kuryk.' },
    sources: [
      { title: 'The Astana Times: Kazakhstan set to boost Aktau, Kuryk seaports capacity by 50%', url: 'https://astanatimes.com/2024/05/kazakhstan-set-to-boost-aktau-kuryk-seaports-capacity-by-50/', published: '2024-05-24' },
    ],
  },
  'baku-tbilisi-kars': {
    asOf: '2024-05',
    note: { en: 'Operating; after rebuilding 184 km in Georgia its capacity rose from 1 to 5 million tonnes a year, with freight on the upgraded line from 20 May 2024.' },
    sources: [
      { title: 'Trend: Baku-Tbilisi-Kars railway to increase capacity fivefold after modernization', url: 'https://en.trend.az/business/transport/3895822.html', published: '2024-05-06' },
    ],
  },
  'middle-corridor-southern-branch': {
    asOf: '2025-10',
    note: { en: 'Called fully operational by Kyrgyzstan’s transport ministry in January 2025; a pilot shipment from Kashgar reached Turkmenistan for the Caspian crossing in October 2025.' },
    sources: [S.ncaSouthern2025, S.jamestownSouthern],
  },
  'trans-afghan-railway': {
    asOf: '2025-07',
    note: { en: 'Still planned: a framework agreement on a joint feasibility study was signed in Kabul on 17 July 2025.' },
    sources: [S.astanaTimesUap, S.aryUap],
  },
  'casa-1000': {
    asOf: '2025-10',
    note: { en: 'Work in Afghanistan resumed under a World Bank ring-fenced arrangement agreed in February 2024; the Datka–Sughd line was inaugurated in March 2025; about 75% of the Afghan part was reported complete by October 2025, with completion expected at the end of 2026.' },
    sources: [S.worldBankCasa, S.afintlCasa, S.wikiCasa],
  },
  'china-kyrgyzstan-uzbekistan-railway': {
    asOf: '2025-12',
    note: { en: 'Construction began in Kyrgyzstan’s Jalal-Abad region on 27 December 2024; by December 2025 work was under way on 18 of the 29 tunnels of its Kyrgyz section. No start of works on the Chinese or Uzbek sections was found.' },
    sources: [
      { title: 'Trend: the China – Kyrgyzstan – Uzbekistan railway project commences in the Jalal-Abad region', url: 'https://en.trend.az/casia/kyrgyzstan/3987346.html', published: '2024-12-27' },
      { title: 'Trend: 18 of 29 tunnels under way on the China – Kyrgyzstan – Uzbekistan railway', url: 'https://www.trend.az/business/4126316.html', published: '2025-12-05' },
    ],
  },
  'china-kyrgyzstan-uzbekistan': {
    asOf: '2026-02',
    note: { en: 'Context, not named by the declaration. The road–rail service has run since June 2020; in February 2026 a pilot train carried it on to Dushanbe.' },
    sources: [
      { title: 'Qazinform: first freight train departs on the China – Kyrgyzstan – Uzbekistan – Tajikistan route', url: 'https://qazinform.com/news/first-freight-train-departs-on-china-kyrgyzstan-uzbekistan-tajikistan-route-1aba73', published: '2026-02-20' },
    ],
  },
  'tapi-pipeline': {
    asOf: '2025-10',
    note: { en: 'Construction of the Afghan section, from Serhetabat toward Herat, was launched in September 2024; a further phase of that 153 km section was launched in Herat in October 2025.' },
    sources: [S.economyPkTapi, S.ncaTapiHerat],
  },
};

/** Routes for which the search found nothing newer than their September 2023 status: shown as such, not guessed. */
export const ROUTES_WITHOUT_NEWER_RECORD: Record<string, Prose> = {
  'lapis-lazuli-corridor': { en: 'After the 2017 agreement and a trial run in December 2018, the search found no regular service and no newer milestone; the map shows trial runs.' },
  'kazakhstan-turkmenistan-iran': { en: 'Context only, not named by the declaration: its follow-through is not tracked.' },
  'middle-corridor-khorgos': { en: 'No newer public record found; the September 2023 status stands.' },
  'middle-corridor-batumi': { en: 'No newer public record found; the September 2023 status stands.' },
  'middle-corridor-turkmen-branch': { en: 'No newer public record found; the September 2023 status stands.' },
  'termez-mazar-railway': { en: 'No newer public record found; the September 2023 status stands.' },
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
    steps: [{ date: '2023-10-24', status: 'held', note: { en: 'Held in Samarkand on 24 October 2023.' }, sources: [S.usaidSamarkand] }],
  },
  'private-sector-business-platform': {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2024-03-13', status: 'active', note: { en: 'Launched as B5+1; forums in Almaty (March 2024) and Bishkek (February 2026), now yearly.' }, sources: [S.cpcB5Almaty, S.caspianPostB5Bishkek] }],
  },
  'c5plus1-critical-minerals-dialogue': {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2024-02-08', status: 'active', note: { en: 'First met on 8 February 2024; reaffirmed at the November 2025 summit.' }, sources: [S.timescaCmd, S.ncaSummit2025Statement] }],
  },
  'ebrd-capital-increase': {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2023-12-15', status: 'decided', note: { en: 'A €4 billion paid-in increase was decided by the governors on 15 December 2023.' }, sources: [S.eumonitorEbrd] }],
  },
  'c5plus1-secretariat': {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2025-09-05', status: 'active', note: { en: 'Met in Dushanbe in September 2025 to prepare the format’s tenth anniversary.' }, sources: [S.trendSecretariat2025] }],
  },
  usaid: {
    checked: STATUS_NOW_CHECKED,
    steps: [{ date: '2025-03', status: 'cut', note: { en: 'Most USAID programmes in Central Asia were reported cancelled in 2025.' }, sources: [S.euroasiaUsaidCuts, S.bourseUsaidCuts] }],
  },
};

/** A programme's step in force on `day` ('YYYY-MM-DD'), or null before its first (nothing on the record yet). */
export function programmeStepOn(id: string, day: string): ProgrammeStep | null {
  let out: ProgrammeStep | null = null;
  for (const s of PROGRAMME_STATUS[id]?.steps ?? []) if (dayOf(s.date) <= day) out = s;
  return out;
}

export function routeStatusNow(id: string): RouteRecordNow | undefined {
  return ROUTE_STATUS_NOW[id];
}
