// Every word the interface shows for a mode, a status, a route group, a place kind, a programme kind
// or a selection kind: the legend, the panels, the map's summary and the export all read them from
// here. Each table reads the message catalog at every lookup (src/i18n), so it follows the language.
import type { Mode, PlaceKind, RouteGroup, ServiceStatus, TrackStatus } from '../../data/types';
import { MODES, ROUTE_GROUPS, SERVICE_STATUSES, TRACK_STATUSES } from '../../data/types';
import type { ProgrammeKind } from '../content/types';
import { labelTable } from '../i18n';
import type { SelectionKind } from '../state/selection';

/** Every key of a union, checked complete by the compiler (a missing key fails `satisfies`). */
const keysOf = <K extends string>(all: Record<K, true>): K[] => Object.keys(all) as K[];

export const modeLabel: Readonly<Record<Mode, string>> = labelTable('mode', MODES);

/** The mode as a noun inside a sentence: "this rail and sea route", "this power line". */
export const modeNoun: Readonly<Record<Mode, string>> = labelTable('modeNoun', MODES);

/** A line's track status ("In use") and a route's service ("Regular service"), as the legend and panels say them. */
export const trackLabel: Readonly<Record<TrackStatus, string>> = labelTable('track', TRACK_STATUSES);
export const serviceLabel: Readonly<Record<ServiceStatus, string>> = labelTable('service', SERVICE_STATUSES);

/** The group's name as a heading ("Middle Corridor") and as a short tag in a list or panel. */
export const groupLabel: Readonly<Record<RouteGroup, string>> = labelTable('group', ROUTE_GROUPS);
export const groupShortLabel: Readonly<Record<RouteGroup, string>> = labelTable('groupShort', ROUTE_GROUPS);

type NamedPlaceKind = Exclude<PlaceKind, 'waypoint'>;
export const placeKindLabel: Readonly<Record<NamedPlaceKind, string>> = labelTable(
  'placeKind',
  keysOf<NamedPlaceKind>({ capital: true, city: true, port: true, 'border-crossing': true, junction: true, substation: true, converter: true, 'gas-field': true }),
);

/** What a programme is, as its panel says it ("Financing", not the raw word `financing`). */
export const programmeKindLabel: Readonly<Record<ProgrammeKind, string>> = labelTable(
  'programmeKind',
  keysOf<ProgrammeKind>({ programme: true, institution: true, dialogue: true, forum: true, financing: true, commitment: true }),
);

/** What a selection is, as the panel's kicker and a slide's caption name it. */
export const selectionKindLabel: Readonly<Record<SelectionKind, string>> = labelTable(
  'selectionKind',
  keysOf<SelectionKind>({ state: true, route: true, place: true, water: true, programme: true, passage: true, declaration: true, commitments: true, commitment: true }),
);
