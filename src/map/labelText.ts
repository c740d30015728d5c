// What a label says in the reader's language: pure style expressions, shared by the base layers
// (style.ts) and the physical ones (physical.ts), for the live map and the PNG alike.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { NameTable } from '../i18n/names';

/**
 * The map's names in the reader's language (src/i18n/names.ts), by layer and feature id, and how
 * that language writes an elevation. English has no tables: its names are the data's own.
 */
export interface LabelLanguage {
  names: NameTable;
  /** The Intl locale for numbers drawn on the map (a peak's elevation). */
  locale: string;
  /** The metre's symbol in that language ("m", «м»). */
  metre: string;
}
export const ENGLISH_LABELS: LabelLanguage = { names: {}, locale: 'en', metre: 'm' };

/**
 * A label's text: the feature's name in the reader's language where one is sourced, else its own
 * (English) name, so a missing translation never leaves a feature unnamed.
 */
export function nameField(names: Readonly<Record<string, string>> | undefined): ExpressionSpecification {
  if (!names || Object.keys(names).length === 0) return ['get', 'name'];
  // Keyed by the feature's id, or by its name where the data gives it none (peaks, landforms).
  return ['coalesce', ['get', ['to-string', ['coalesce', ['get', 'id'], ['get', 'name']]], ['literal', names]], ['get', 'name']];
}

