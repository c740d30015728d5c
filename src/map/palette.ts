// The map's colours and dash patterns as lookups: the style's paint expressions and the legend's
// swatches both read these, so the two can never disagree. (Plain tables, not d3 ordinal scales:
// the same answers, and 0.6 KB less in the first load.)
import type { C5Id, Mode, ServiceStatus, TrackStatus } from '../../data/types';

const MODE_COLOURS: Record<Mode, string> = {
  // Distinct under the common colour-vision deficiencies (tests/unit/palette.test.ts checks it with
  // the Machado 2009 simulation), and each mode is also written along its line for greyscale.
  // Chosen from the Okabe–Ito set and its browns by the worst pair under protanopia, deuteranopia
  // and tritanopia (ΔE ≥ 24; the old palette's sea and power lines were ΔE 5 apart for deuteranopia).
  rail: '#000000',
  road: '#8c510a',
  sea: '#0072b2',
  'power-line': '#56b4e9',
  'gas-pipeline': '#e69f00',
};
export const modeColour = (mode: Mode): string => MODE_COLOURS[mode];

/** The five states' fills: one sand, five tints, so where one ends and the next begins shows at a glance. */
export const c5Tint: Record<C5Id, string> = {
  KAZ: '#f3dfb4',
  KGZ: '#ead0a0',
  TJK: '#f6e7c6',
  TKM: '#eed5a5',
  UZB: '#f8ebcf',
};

/** A line's track status by its dash, in line widths; an empty array draws a solid line. */
const TRACK_DASHES: Record<TrackStatus, number[]> = { operating: [], 'under-construction': [2.5, 1.5], planned: [0.8, 1.6] };
export const statusDash = (status: TrackStatus): number[] => TRACK_DASHES[status];

/**
 * A route's service as a halo around its legs, in the mode's colour: solid for a regular service,
 * broken for trial runs, none while the service is only planned. Track and service apart, the way
 * OpenStreetMap keeps a railway's state apart from the routes over it.
 */
const SERVICE_HALOS: Record<ServiceStatus, { dash: number[] } | null> = { regular: { dash: [] }, trial: { dash: [1.2, 0.9] }, planned: null };
export const serviceHalo = (status: ServiceStatus): { dash: number[] } | null => SERVICE_HALOS[status];
/** How strongly the halo shows; context routes the declaration does not name show it fainter. */
export const SERVICE_HALO_OPACITY = { named: 0.3, context: 0.14 } as const;

export const basemap = {
  water: '#c9dde8',
  land: '#f1efe9',
  border: '#a9a49a',
  c5Fill: '#f3dfb4',
  c5FillHover: '#ecc97c',
  c5FillSelected: '#e2b04a',
  c5Border: '#6d5a36',
  label: '#2b2b2b',
  halo: '#ffffff',
  place: '#333333',
} as const;
