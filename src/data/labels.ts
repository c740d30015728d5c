// Every word the interface shows for a mode, a status, a route group or a place kind: the legend,
// the panels, the map's summary and the export all read them from here.
import type { Mode, PlaceKind, RouteGroup, Status } from '../../data/types';
import type { SelectionKind } from '../state/selection';

export const modeLabel: Record<Mode, string> = {
  rail: 'Rail',
  road: 'Road',
  sea: 'Sea (ferry)',
  'power-line': 'Power line',
  'gas-pipeline': 'Gas pipeline',
};

/** The mode as a noun inside a sentence: "this rail and sea route", "this power line". */
export const modeNoun: Record<Mode, string> = {
  rail: 'rail',
  road: 'road',
  sea: 'sea',
  'power-line': 'power line',
  'gas-pipeline': 'gas pipeline',
};

export const statusLabel: Record<Status, string> = {
  operating: 'Operating',
  'under-construction': 'Under construction',
  planned: 'Planned',
};

/** The group's name as a heading ("Middle Corridor") and as a short tag in a list or panel. */
export const groupLabel: Record<RouteGroup, string> = {
  'middle-corridor': 'Middle Corridor',
  'south-asia': 'Routes toward South Asia',
};
export const groupShortLabel: Record<RouteGroup, string> = {
  'middle-corridor': 'Middle Corridor',
  'south-asia': 'Toward South Asia',
};

export const placeKindLabel: Record<Exclude<PlaceKind, 'waypoint'>, string> = {
  capital: 'Capital city',
  city: 'City',
  port: 'Port',
  'border-crossing': 'Border crossing',
  junction: 'Rail junction',
  substation: 'Substation',
  converter: 'Converter station',
  'gas-field': 'Gas field',
};

/** What a selection is, as the panel's kicker and a slide's caption name it. */
export const selectionKindLabel: Record<SelectionKind, string> = {
  state: 'Signatory state',
  route: 'Route',
  place: 'Place',
  water: 'River or lake',
  programme: 'Programme',
  passage: 'Passage',
  declaration: 'The declaration',
  commitments: 'Since 2023',
  commitment: 'Commitment',
};
