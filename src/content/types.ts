// The shapes of the declaration as data: passages, programmes, themes and the links from map features to passages.
import type { CountryId, Mode, Prose, RouteGroup, RouteMeta, Source } from '../../data/types';
import type { FeatureRef } from '../state/selection';

/** A paragraph id such as `economic-energy-corridor-2`: section id + 1-based position; safe in a URL. */
export type PassageId = string;
/** A sentence id such as `economic-energy-corridor-2.s3`: paragraph id + `.s` + 1-based position. */
export type SentenceId = string;

export interface Sentence {
  id: SentenceId;
  paragraphId: PassageId;
  /** 1-based position in its paragraph. */
  index: number;
  /** Verbatim, whitespace folded to single spaces. */
  text: string;
}

export interface Paragraph {
  id: PassageId;
  sectionId: string;
  /** 1-based position in its section. */
  index: number;
  /** Verbatim, markup removed, whitespace folded; equals the sentences joined by single spaces. */
  text: string;
  sentences: Sentence[];
  /** 1-based line in the source file where the paragraph starts (for error messages and review). */
  line: number;
}

export interface Section {
  /** `preamble` for the text before the first heading; otherwise a short kebab-case id. */
  id: string;
  /** The heading as printed, or null for the preamble. */
  heading: string | null;
  line: number;
  paragraphs: Paragraph[];
}

export interface Signatory {
  /** e.g. "Kassym-Jomart Tokayev". */
  name: string;
  /** e.g. "President". */
  office: string;
  /** The state as the signature line writes it, e.g. "the Republic of Kazakhstan". */
  stateAsWritten: string;
  /** ISO 3166-1 alpha-3. */
  country: CountryId;
  /** One of the five Central Asian states (false for the United States). */
  c5: boolean;
  /** The whole signature line, verbatim. */
  text: string;
  line: number;
}

export interface Declaration {
  /** "The New York Declaration": the printed title before its colon. */
  title: string;
  /** "C5+1 Resilience through Security, Economic, and Energy Partnership". */
  subtitle: string;
  /** The printed title line in full, emphasis markup removed. */
  fullTitle: string;
  /** The title the White House published it under: "C5+1 Leaders’ Joint Statement". */
  documentTitle: string;
  released: {
    /** "2023-09-21" (from the front matter, checked against the printed date). */
    iso: string;
    /** The date as printed above the signatures: "September 21, 2023". */
    text: string;
    /** "21 September 2023", for display. */
    display: string;
  };
  /** The front matter's publication timestamp, if present. */
  publishedTime: string | null;
  source: Source;
  sections: Section[];
  /** All paragraphs in document order (the same objects as in `sections`). */
  paragraphs: Paragraph[];
  signatories: Signatory[];
}

// ---------------------------------------------------------------------------------------------
// Programmes

/** 'commitment': something the signatories commit to work toward (permanent normal trade relations). */
export type ProgrammeKind = 'programme' | 'institution' | 'dialogue' | 'forum' | 'financing' | 'commitment';

/** A fact about a programme, cited: from FACTS.md's sources, or from the declaration itself. */
export interface ProgrammeFact {
  text: Prose;
  sources: Source[];
}

/** What is typed by hand: everything except where the text names it. */
export interface ProgrammeDef {
  /** kebab-case, stable, URL-safe. */
  id: string;
  /** Exactly as the text writes it (a test checks it occurs verbatim). */
  name: string;
  kind: ProgrammeKind;
  /** Who runs it; null where neither the declaration nor the sources say. */
  runBy: Prose | null;
  /** Other forms the text itself uses; each must occur in the text. */
  aliases: string[];
  /** Names used elsewhere (for search), e.g. "DFC"; never used to find passages. */
  otherNames: string[];
  /** One line on what the declaration says it is or does. */
  summary: Prose;
  /** 'declaration' stands for the declaration itself, resolved to its source when parsed. */
  facts: { text: Prose; sources: (Source | 'declaration')[] }[];
}

export interface ProgrammeMention {
  passageId: PassageId;
  sentenceIds: SentenceId[];
  /** The forms (name or aliases) found, as written in the passage. */
  forms: string[];
}

export interface Programme extends Omit<ProgrammeDef, 'facts'> {
  facts: ProgrammeFact[];
  /** Found by matching the name and aliases in the text, in document order. */
  mentions: ProgrammeMention[];
  passageIds: PassageId[];
}

// ---------------------------------------------------------------------------------------------
// Themes

export type ThemeId =
  | 'security'
  | 'trade-transport'
  | 'energy'
  | 'climate-water'
  | 'critical-minerals'
  | 'people-education'
  | 'governance-partnership';

export interface Theme {
  id: ThemeId;
  label: Prose;
  description: Prose;
}

export interface ThemeTag {
  theme: ThemeId;
  /** One line naming the words that carry the theme. */
  reason: string;
  /** The words matched, as written, in document order. */
  matched: string[];
  sentenceIds: SentenceId[];
}

// ---------------------------------------------------------------------------------------------
// Links from map features to passages

/** What the links need from the geography (the geo pipeline computes it; see geo-input.ts). */
export interface GeoState {
  id: CountryId;
  name: string;
  /** Land neighbours, computed from the geometry by the geo pipeline. */
  neighbours: CountryId[];
}

export type GeoRoute = Pick<RouteMeta, 'id' | 'name' | 'group' | 'modes' | 'countries' | 'named' | 'alsoGroups'>;

export interface GeoInput {
  states: GeoState[];
  routes: GeoRoute[];
}

/** The app's one FeatureRef (a link's feature is a state or a route), from the registry of selection kinds. */
export type { FeatureRef };

/**
 * named: the passage names the feature, a place on it, or something it is part of;
 * theme-by-place: the passage's theme meets what the feature is (a pipeline and energy exports);
 * joint: the state signed the declaration, so every passage binds it.
 */
export type LinkKind = 'named' | 'theme-by-place' | 'joint';

/** One reason one passage applies to one feature. */
export interface Link {
  feature: FeatureRef;
  passageId: PassageId;
  kind: LinkKind;
  /**
   * A plain English sentence a reader would accept. Built from the rules' templates, not written in
   * the data: another language is one message per template (with its plurals and lists), not one
   * translation per link.
   */
  reason: string;
  /** The sentences that carry the reason (empty for joint links: the whole passage applies). */
  sentenceIds: SentenceId[];
}

/** All the reasons one passage applies to one feature, merged for a panel. */
export interface PassageLink {
  passageId: PassageId;
  /** The strongest kind among its reasons (named > theme-by-place > joint). */
  kind: LinkKind;
  reasons: { kind: LinkKind; text: string; sentenceIds: SentenceId[] }[];
  /** Union of the reasons' sentences, in document order. */
  sentenceIds: SentenceId[];
}

export interface ProgrammeLink {
  programmeId: string;
  /** The linked passages that name the programme. */
  passageIds: PassageId[];
  /** True when a linked sentence itself names the programme (not just its paragraph). */
  inLinkedSentence: boolean;
}

export interface FeatureLinks {
  feature: FeatureRef;
  /** Passages that apply to this feature in particular, in document order, named ones first. */
  specific: PassageLink[];
  /** For a signatory state: every other passage, binding it as a joint commitment. Empty for routes. */
  joint: PassageLink[];
  /** Programmes named in the specific passages, those named in a linked sentence first. */
  programmes: ProgrammeLink[];
}

export interface LinkIndex {
  features: FeatureRef[];
  /** Every raw link, for review and tests. */
  links: Link[];
  forState(id: CountryId): FeatureLinks | undefined;
  forRoute(id: string): FeatureLinks | undefined;
  /** Either kind of feature id (state ids are ISO3 upper case, route ids kebab-case; they cannot collide). */
  forFeature(id: string): FeatureLinks | undefined;
  /** Features the passage applies to specifically (joint links left out: they are every signatory). */
  featuresForPassage(passageId: PassageId): { feature: FeatureRef; link: PassageLink }[];
  programmesForFeature(id: string): ProgrammeLink[];
  featuresForProgramme(programmeId: string): FeatureRef[];
}

export type { CountryId, Mode, Prose, RouteGroup, Source };
