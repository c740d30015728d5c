// The slides as data: what each slide of the tour deck (or the one-slide "This view" deck) says,
// which map picture it shows and what its speaker notes hold. Pure, so the wording is tested in
// node and the writer only lays it out.
import { EVIDENCE_MONTH, SEARCHED_DAY } from '../../data/evidence';
import { prose, proseOrNull } from '../../data/lang';
import { DECLARATION_DATE, type RouteMeta, type Source } from '../../data/types';
import type { TourStep } from '../content/tour';
import { passageById, passageTitle, sentenceById } from '../content/passages';
import type { Declaration, LinkIndex, PassageId, Programme, SentenceId } from '../content/types';
import { kindLabel, markedFeatureOf, type MarkedKind, type Selection, type SelectionKind } from '../state/selection';
import { groupLabel, modeLabel } from '../data/labels';
import { routeStatusWords } from '../data/routeStatus';
import { formatList, t } from '../i18n/later';
import { activeLang, formatDate } from '../i18n';
import { nameOf } from '../i18n/names';

export { slidesFileName } from './fileName';

/** What a slide's map picture shows: the features lit up and framed, and the name on its title card. */
export interface PictureSpec {
  /** The slide's name, shown on the picture's title card. */
  name: string;
  /** "Tour: …" or the kind of selection, under the title on the picture. */
  subtitle: string;
  states: string[];
  routes: string[];
  places: string[];
  /** Water lit on the map (water.json ids, 'glaciers'). */
  water?: string[];
  /** The one feature drawn as selected, as the PNG export draws it. */
  selected: { kind: MarkedKind; id: string } | null;
}

export interface TitleSlide {
  kind: 'title';
  title: string;
  subtitle: string;
  date: string;
  source: Source;
  notes: string;
}

export interface MapSlide {
  kind: 'map';
  id: string;
  title: string;
  caption: string;
  /** The quoted sentence, verbatim; null when nothing in the text applies (a place, say). */
  quote: string | null;
  /** "C5+1 Economic and Energy Corridor, paragraph 2": where the quote stands in the declaration. */
  reference: string | null;
  attribution: string;
  picture: PictureSpec;
  notes: string;
}

export interface SourcesSlide {
  kind: 'sources';
  title: string;
  sources: Source[];
  attribution: string;
  notes: string;
}

export type DeckSlide = TitleSlide | MapSlide | SourcesSlide;

export interface Deck {
  title: string;
  slides: DeckSlide[];
}

/** What the deck needs from the app's content: the text, the links (null if the geography failed) and the routes. */
export interface DeckContent {
  declaration: Declaration;
  links: LinkIndex | null;
  routes: RouteMeta[];
  programmes?: Programme[];
  /** The day ('YYYY-MM-DD') the pictures draw the routes at; captions state the statuses of that day. Default: the summit's. */
  day?: string;
}

export interface DeckMeta {
  /** The map's attribution line, as the PNG export writes it. */
  attribution: string;
  /** Sources for the map layers, cited by article; listed on the closing slide after the text's own. */
  mapSources?: Source[];
}

const TOUR_SUBTITLE = (title: string) => t('export.subtitleTour', { title });

/** The day the declaration was released, as the reader's language writes a date ("21 September 2023", «21 сентября 2023 г.»). */
const released = (d: Declaration) => formatDate(d.released.iso);

/**
 * The declaration's name in the reader's language. In English these are its printed title and
 * subtitle, word for word (tests/unit/slides.test.ts checks them against the parsed text).
 */
const declarationName = () => t('deck.titleSlide.title');
const declarationFullName = () => `${declarationName()}: ${t('deck.titleSlide.subtitle')}`;

/**
 * In any language but English, the notes say once that the quotes are the declaration's English:
 * the text was signed in English alone, so it is quoted as signed and never translated.
 */
function quotesNote(): string[] {
  return activeLang() === 'en' ? [] : [t('deck.quotesEnglish')];
}

/** A feature's name in the reader's language: a state's as the map labels it, a route's as the data has it. */
function featureName(f: { kind: string; id: string; name: string }): string {
  return f.kind === 'state' ? nameOf('countries', f.id, f.name) : f.name;
}

function sourceLine(s: Source): string {
  return `${s.title}: ${s.url}`;
}

function uniqueSources(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

/**
 * Why the passage applies to each lit feature, in the links' own words. Joint links (every
 * signatory signed the whole text) are the same sentence five times, so they share one line.
 */
export function reasonLines(passageId: PassageId, featureIds: string[], content: DeckContent): string[] {
  const links = content.links;
  if (!links) return [];
  const lines: string[] = [];
  const joint: string[] = [];
  for (const id of featureIds) {
    const f = links.forFeature(id);
    if (!f) continue;
    const specific = f.specific.find((l) => l.passageId === passageId);
    if (specific) {
      lines.push(`${featureName(f.feature)}: ${specific.reasons.map((r) => r.text).join(' ')}`);
    } else if (f.joint.some((l) => l.passageId === passageId)) {
      joint.push(featureName(f.feature));
    }
  }
  if (joint.length) lines.push(t('deck.joint', { names: joint.join(', ') }));
  return lines;
}

function passageNotes(passageId: PassageId | null, featureIds: string[], content: DeckContent, lead: string[]): string {
  const out = [...lead];
  if (passageId) {
    const found = passageById(passageId, content.declaration);
    if (found) {
      out.push('', t('deck.inFull', { passage: passageTitle(passageId, content.declaration) }), found.paragraph.text);
    }
    const reasons = reasonLines(passageId, featureIds, content);
    if (reasons.length) out.push('', t('deck.why'), ...reasons.map((r) => t('deck.bullet', { text: r })));
  }
  return out.join('\n');
}

function declarationSource(content: DeckContent): Source {
  return content.declaration.source;
}

function mapSlideFromStep(step: TourStep, content: DeckContent, meta: DeckMeta): MapSlide {
  const reference = passageTitle(step.passageId, content.declaration);
  return {
    kind: 'map',
    id: step.id,
    title: prose(step.title),
    caption: prose(step.caption),
    quote: step.quote,
    reference,
    attribution: meta.attribution,
    picture: {
      name: prose(step.title),
      subtitle: TOUR_SUBTITLE(prose(step.title)),
      states: step.states,
      routes: step.routes,
      places: [],
      selected: null,
    },
    notes: passageNotes(step.passageId, [...step.states, ...step.routes], content, [prose(step.caption)]),
  };
}

function titleSlide(content: DeckContent): TitleSlide {
  const d = content.declaration;
  const source = declarationSource(content);
  return {
    kind: 'title',
    // The declaration's name in the reader's language (in English, its printed title: a test checks).
    title: declarationName(),
    subtitle: t('deck.titleSlide.subtitle'),
    date: released(d),
    source,
    notes: [
      t('deck.officialTitle', { title: d.fullTitle }),
      t('deck.released', { date: released(d), title: d.documentTitle }),
      t('deck.source', { source: sourceLine(source) }),
      ...quotesNote(),
    ].join('\n'),
  };
}

/** Sources per closing slide: each may wrap to two lines at the size the writer uses. */
export const SOURCES_PER_SLIDE = 8;

function sourcesSlides(mapSlides: MapSlide[], content: DeckContent, meta: DeckMeta): SourcesSlide[] {
  const shown = new Set(mapSlides.flatMap((s) => s.picture.routes));
  const routeSources = content.routes.filter((r) => shown.has(r.id)).flatMap((r) => r.sources);
  const sources = uniqueSources([declarationSource(content), ...(meta.mapSources ?? []), ...routeSources]);
  const pages: SourcesSlide[] = [];
  for (let i = 0; i < sources.length; i += SOURCES_PER_SLIDE) {
    const page = sources.slice(i, i + SOURCES_PER_SLIDE);
    pages.push({
      kind: 'sources',
      title: i === 0 ? t('panel.sources') : t('deck.sourcesMore'),
      sources: page,
      attribution: meta.attribution,
      notes: [
        ...(i === 0
          ? [
              t('deck.sourcesNote'),
              // The statuses' two dates, apart: the newest evidence and the search.
              t('deck.datesNote', { date: formatDate(content.day ?? DECLARATION_DATE), month: formatDate(EVIDENCE_MONTH), searched: formatDate(SEARCHED_DAY) }),
              t('deck.mapCredit', { attribution: meta.attribution }),
              '',
            ]
          : []),
        ...page.map(sourceLine),
      ].join('\n'),
    });
  }
  return pages;
}

/** The tour as a deck: a title slide, one map slide per step, and the sources (over more than one slide if many). */
export function deckFromTour(steps: TourStep[], content: DeckContent, meta: DeckMeta): Deck {
  const maps = steps.map((s) => mapSlideFromStep(s, content, meta));
  return {
    title: declarationFullName(),
    slides: [titleSlide(content), ...maps, ...sourcesSlides(maps, content, meta)],
  };
}

/** What "This view as a slide" knows about the view: what is selected, its name and what it lights up. */
export interface SelectionView {
  selection: Selection | null;
  name: string;
  states: string[];
  routes: string[];
  places: string[];
}

type Lead = { passageId: PassageId; sentenceId: SentenceId };

/** The declaration's opening paragraph, which quotes the whole (and opens the overview's slide). */
function opening(content: DeckContent): Lead | null {
  const p = content.declaration.paragraphs[0];
  return p ? lead(p.id, [], content) : null;
}

function lead(passageId: PassageId, sentenceIds: SentenceId[], content: DeckContent): Lead {
  return { passageId, sentenceId: sentenceIds[0] ?? passageById(passageId, content.declaration)?.paragraph.sentences[0]?.id ?? `${passageId}.s1` };
}

/** A state's or route's first linked passage, as the tour does: the first that is not the opening list of presidents. */
function featureLead(id: string, content: DeckContent): Lead | null {
  const specific = content.links?.forFeature(id)?.specific ?? [];
  const link = specific.find((l) => l.passageId !== content.declaration.paragraphs[0]?.id) ?? specific[0];
  return link ? lead(link.passageId, link.sentenceIds, content) : null;
}

/**
 * What a slide of each kind of selection says: its one-line caption, from the data the panel shows
 * and nothing beyond it, and the passage it quotes, as the side panel would lead with it. Typed by
 * the registry's kinds, so the compiler refuses a kind without its slide.
 */
const SLIDE_BY_KIND: { [K in SelectionKind]: { caption: (id: string, content: DeckContent) => string; lead: (id: string, content: DeckContent) => Lead | null } } = {
  state: {
    caption: (_, { declaration: d }) => t('deck.caption.state', { title: declarationName(), date: released(d) }),
    lead: featureLead,
  },
  route: {
    caption: (id, content) => {
      const r = content.routes.find((x) => x.id === id);
      if (!r) return t('deck.caption.route');
      return t('deck.caption.routeFacts', { group: groupLabel[r.group], modes: formatList(r.modes.map((m) => modeLabel[m])), ...routeStatusWords(r, content.day ?? DECLARATION_DATE) });
    },
    lead: featureLead,
  },
  place: { caption: () => t('deck.caption.place'), lead: () => null },
  water: { caption: () => t('deck.caption.water'), lead: () => null },
  programme: {
    caption: (id, content) => proseOrNull(content.programmes?.find((p) => p.id === id)?.summary) ?? t('deck.caption.programme'),
    lead: (id, content) => {
      const m = content.programmes?.find((p) => p.id === id)?.mentions[0];
      return m ? lead(m.passageId, m.sentenceIds, content) : null;
    },
  },
  passage: {
    caption: (_, { declaration: d }) => t('deck.caption.passage', { title: declarationName(), date: released(d) }),
    lead: (id, content) => (passageById(id, content.declaration) ? lead(id, [], content) : null),
  },
  declaration: { caption: (_, { declaration: d }) => t('deck.caption.declaration', { title: declarationFullName(), date: released(d) }), lead: (_, content) => opening(content) },
  commitments: { caption: (_, { declaration: d }) => t('deck.caption.commitments', { title: declarationName(), date: released(d) }), lead: () => null },
  commitment: { caption: (_, { declaration: d }) => t('deck.caption.commitment', { title: declarationName(), date: released(d) }), lead: () => null },
};

/** The passage and sentence a selection is best quoted by, as the side panel would lead with them. */
export function leadPassage(sel: Selection | null, content: DeckContent): Lead | null {
  return sel ? SLIDE_BY_KIND[sel.kind].lead(sel.id, content) : opening(content);
}

/** One line on what the selection is, from the data the panel shows; nothing beyond it. */
function selectionCaption(sel: Selection | null, content: DeckContent): string {
  const d = content.declaration;
  if (!sel) return t('deck.caption.overview', { title: declarationName(), date: released(d) });
  return SLIDE_BY_KIND[sel.kind].caption(sel.id, content);
}

/** "This view as a slide": one map slide for the current selection (or the whole map). */
export function deckFromSelection(view: SelectionView, content: DeckContent, meta: DeckMeta): Deck {
  const sel = view.selection;
  const lead = leadPassage(sel, content);
  const sentence = lead ? sentenceById(lead.sentenceId, content.declaration) : undefined;
  const subtitle = sel ? kindLabel(sel.kind) : t('export.overview');
  const title = view.name;
  const source = declarationSource(content);
  const slide: MapSlide = {
    kind: 'map',
    id: sel ? `${sel.kind}-${sel.id}` : 'overview',
    title,
    caption: selectionCaption(sel, content),
    quote: sentence?.text ?? null,
    reference: lead && sentence ? passageTitle(lead.passageId, content.declaration) : null,
    attribution: meta.attribution,
    picture: {
      name: title,
      subtitle,
      states: view.states,
      routes: view.routes,
      places: view.places,
      selected: markedFeatureOf(sel),
    },
    notes: passageNotes(sentence ? lead!.passageId : null, [...view.states, ...view.routes], content, [
      t('deck.viewLead', { kind: subtitle, title }),
      t('deck.textSource', { source: sourceLine(source) }),
      ...quotesNote(),
    ]),
  };
  return { title, slides: [slide] };
}
