// Where the declaration speaks of water and ice, and which of the map's water that lights: the
// water-security paragraph and the glacier sentence light both basins, the Aral Sea and the
// glaciers; so does USAID's regional water programme. Pure, over the parsed text.
import { DECLARATION_WATER } from '../../data/water';
import type { Declaration, SentenceId } from './types';

export const GLACIERS = 'glaciers';
const WATER = /\bwater\b|\bwaters\b|\brivers?\b|\bAral\b/i;
const ICE = /\bglaciers?\b/i;

/** Programmes whose subject is the region's water. */
const WATER_PROGRAMMES = new Set(['usaid-regional-water']);

export interface WaterSentence {
  sentenceId: SentenceId;
  paragraphId: string;
  text: string;
  glacier: boolean;
}

/** Every sentence that speaks of water or glaciers, in document order. */
export function waterSentences(decl: Declaration): WaterSentence[] {
  return decl.paragraphs.flatMap((p) =>
    p.sentences
      .filter((s) => WATER.test(s.text) || ICE.test(s.text))
      .map((s) => ({ sentenceId: s.id, paragraphId: p.id, text: s.text, glacier: ICE.test(s.text) })),
  );
}

/** The water a passage (paragraph or sentence id) lights on the map; none when it speaks of no water. */
export function waterOfPassage(passageId: string, decl: Declaration): string[] {
  const hits = waterSentences(decl).filter((w) => w.sentenceId === passageId || w.paragraphId === passageId);
  if (hits.length === 0) return [];
  return [...(hits.some((w) => !w.glacier || WATER.test(w.text)) ? DECLARATION_WATER : []), ...(hits.some((w) => w.glacier) ? [GLACIERS] : [])];
}

export function waterOfProgramme(programmeId: string): string[] {
  return WATER_PROGRAMMES.has(programmeId) ? [...DECLARATION_WATER, GLACIERS] : [];
}
