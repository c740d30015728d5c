// Links from map features (the five states, the routes) to the passages that apply to them, each with
// a reason, written from the catalog's templates in the reader's language (the links are built again
// when it changes). A pure function of the text and of the geography, which arrives at runtime as data: the
// rules below name no passage and no route id, so a change to either re-links itself.
import { prose } from '../../data/lang';
import { C5, type Mode, type RouteGroup } from '../../data/types';
import { modeNoun } from '../data/labels';
import { containsPhrase, findPhrase } from './match';
import { tagThemes, themeById } from './themes';
import type {
  Declaration,
  FeatureLinks,
  FeatureRef,
  GeoInput,
  GeoRoute,
  GeoState,
  Link,
  LinkIndex,
  LinkKind,
  Paragraph,
  PassageId,
  PassageLink,
  Programme,
  ProgrammeLink,
  ThemeId,
  ThemeTag,
} from './types';
import { listWords } from './prose';
import { t } from '../i18n/later';
import { nameOf } from '../i18n/names';

const TRANSPORT_MODES: Mode[] = ['rail', 'road', 'sea'];
const isC5 = (id: string) => (C5 as readonly string[]).includes(id);


/** "this rail and sea route", "this power line", "this gas pipeline". */
function describeRoute(route: GeoRoute): string {
  const transport = route.modes.filter((m) => TRANSPORT_MODES.includes(m));
  if (transport.length === route.modes.length) return t('links.describeRoute', { modes: listWords(transport.map((m) => modeNoun[m])) });
  return t('links.describeLine', { modes: listWords(route.modes.map((m) => modeNoun[m])) });
}

// ---------------------------------------------------------------------------------------------
// Rules (data): what names a group of routes, and which themes meet which kinds of route.

export interface GroupRule {
  group: RouteGroup;
  /** Phrases that name the group (any one suffices). */
  phrases: string[];
  /** Reason for a route in the group; `matched` are the phrases found; quotes must be verbatim. */
  routeReason: (matched: string[], route: GeoRoute) => string;
  /** Opening of the reason for a state the group's routes cross. */
  stateLead: (matched: string[]) => string;
}

const middleCorridorLead = (matched: string[]) => (matched.includes('Trans-Caspian Trade Route') ? t('links.mcLeadTitr') : t('links.mcLead'));

const SOUTH_ASIA_QUOTE = 'energy infrastructure and extension of transportation networks connecting Central Asia to South Asia';

export const GROUP_RULES: GroupRule[] = [
  {
    group: 'middle-corridor',
    phrases: ['Trans-Caspian Trade Route', 'Middle Corridor'],
    routeReason: (matched) => t('links.mcRoute', { lead: middleCorridorLead(matched) }),
    stateLead: middleCorridorLead,
  },
  {
    group: 'south-asia',
    phrases: ['connecting Central Asia to South Asia', 'South Asia'],
    routeReason: (_, route) => {
      const energy = route.modes.every((m) => !TRANSPORT_MODES.includes(m));
      return t('links.saRoute', { lead: t('links.saLead', { quote: SOUTH_ASIA_QUOTE }), route: describeRoute(route), what: energy ? 'energy' : 'transport' });
    },
    stateLead: () => t('links.saLead', { quote: SOUTH_ASIA_QUOTE }),
  },
];

/**
 * Sentences that name a neighbouring state without being about it, so the state's C5 neighbours are
 * not linked through it, each with the reason a reviewer accepted. Written as the text writes them.
 */
export const NEIGHBOUR_LINK_EXCEPTIONS: { phrase: string; reason: string }[] = [
  {
    phrase: 'students from across Central Asia and Afghanistan',
    reason:
      'Names where the students of Central Asia’s universities come from; the universities it means are not named, so no state is linked through Afghanistan here.',
  },
];

/** Routes a group's passages apply to: named by the declaration, in the group or also in it. */
const inGroup = (route: GeoRoute, group: RouteGroup) => route.named !== false && (route.group === group || (route.alsoGroups ?? []).includes(group));

export interface PlaceThemeRule {
  theme: ThemeId;
  /** A route qualifies if it has any of these modes. */
  modes: Mode[];
  /** A linked sentence must contain one of these, verbatim. */
  phrases: string[];
  /** Completes "…, and " for a route. */
  routeIs: (route: GeoRoute) => string;
}

const crossBorder = (route: GeoRoute) => (route.countries.length > 1 ? 'yes' : 'no');

export const PLACE_THEME_RULES: PlaceThemeRule[] = [
  {
    theme: 'trade-transport',
    modes: TRANSPORT_MODES,
    phrases: ['alternative trade routes', 'a dynamic trade corridor', 'transport routes', 'critical transport', 'regional cooperation and connectivity'],
    routeIs: (route) => t('links.isTradeRoute', { modes: listWords(route.modes.map((m) => modeNoun[m])) }),
  },
  {
    theme: 'energy',
    modes: ['power-line'],
    phrases: ['integrating regional energy systems', 'new energy export routes', 'regional, clean energy trade'],
    routeIs: (route) => t('links.isPowerLine', { cross: crossBorder(route) }),
  },
  {
    theme: 'energy',
    modes: ['gas-pipeline'],
    phrases: ['new energy export routes'],
    routeIs: (route) => t('links.isGasPipeline', { cross: crossBorder(route) }),
  },
];

/**
 * "on the map, CASA-1000 power line crosses Tajikistan", or for several routes "3 rail and sea routes on
 * the map cross Kazakhstan: A; B; C" (semicolons, because route names carry colons and commas).
 */
function routesCrossing(routes: GeoRoute[], state: GeoState, kinds: string): string {
  const name = stateName(state);
  if (routes.length === 1) return t('links.crossesOne', { route: prose((routes[0] as GeoRoute).name), state: name });
  const values = { count: routes.length, state: name, routes: routes.map((r) => prose(r.name)).join('; ') };
  return kinds ? t('links.crossesManyKinds', { ...values, kinds }) : t('links.crossesMany', values);
}

/** A state as the reader's language names it (the text is matched against the English name). */
const stateName = (state: GeoState) => nameOf('countries', state.id, state.name);

const quoted = (phrases: string[]) => listWords(phrases.map((p) => `“${p}”`));

// ---------------------------------------------------------------------------------------------

function phrasesIn(paragraph: Paragraph, phrases: string[]): { matched: string[]; sentenceIds: string[] } {
  const matched = phrases.filter((ph) => containsPhrase(paragraph.text, ph));
  const sentenceIds = paragraph.sentences.filter((s) => matched.some((ph) => containsPhrase(s.text, ph))).map((s) => s.id);
  return { matched, sentenceIds };
}

/** The names a state goes by in the text: its map name and, for a signatory, the signature's wording. */
function stateForms(state: GeoState, declaration: Declaration): string[] {
  const signed = declaration.signatories.find((s) => s.country === state.id)?.stateAsWritten.replace(/^the /, '');
  return [...new Set([state.name, ...(signed ? [signed] : [])])].filter(Boolean);
}

const KIND_RANK: Record<LinkKind, number> = { named: 0, 'theme-by-place': 1, joint: 2 };

const sentenceNumber = (id: string) => Number(id.slice(id.lastIndexOf('.s') + 2));

function mergeLinks(links: Link[], order: Map<PassageId, number>): PassageLink[] {
  const byPassage = new Map<PassageId, Link[]>();
  for (const l of links) byPassage.set(l.passageId, [...(byPassage.get(l.passageId) ?? []), l]);
  const merged: PassageLink[] = [...byPassage.entries()].map(([passageId, ls]) => {
    ls.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    const sentenceIds = [...new Set(ls.flatMap((l) => l.sentenceIds))].sort((a, b) => sentenceNumber(a) - sentenceNumber(b));
    return {
      passageId,
      kind: ls[0].kind,
      reasons: ls.map((l) => ({ kind: l.kind, text: l.reason, sentenceIds: l.sentenceIds })),
      sentenceIds,
    };
  });
  return merged.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || order.get(a.passageId)! - order.get(b.passageId)!);
}

/**
 * Builds the link index. `geo.states` must include the five Central Asian states and should include
 * their neighbours (Afghanistan in particular), with `neighbours` computed from the geometry.
 */
export function buildLinks(
  declaration: Declaration,
  programmes: Programme[],
  geo: GeoInput,
  themes: Record<PassageId, ThemeTag[]> = tagThemes(declaration),
): LinkIndex {
  const statesById = new Map(geo.states.map((s) => [s.id, s]));
  for (const id of C5) if (!statesById.has(id)) throw new Error(`buildLinks: the geography lacks ${id}`);
  for (const r of geo.routes) if (statesById.has(r.id)) throw new Error(`buildLinks: route id ${r.id} is also a state id`);

  const signatories = new Set(declaration.signatories.map((s) => s.country));
  const stateRef = (s: GeoState): FeatureRef => ({ kind: 'state', id: s.id, name: stateName(s) });
  const routeRef = (r: GeoRoute): FeatureRef => ({ kind: 'route', id: r.id, name: prose(r.name) });
  const hasTheme = (pid: PassageId, theme: ThemeId) => (themes[pid] ?? []).some((t) => t.theme === theme);
  const links: Link[] = [];

  for (const paragraph of declaration.paragraphs) {
    // named: a route group, and the states its routes cross.
    for (const rule of GROUP_RULES) {
      const { matched, sentenceIds } = phrasesIn(paragraph, rule.phrases);
      if (matched.length === 0) continue;
      const routes = geo.routes.filter((r) => inGroup(r, rule.group));
      for (const route of routes) {
        links.push({ feature: routeRef(route), passageId: paragraph.id, kind: 'named', reason: rule.routeReason(matched, route), sentenceIds });
      }
      for (const id of C5) {
        const crossing = routes.filter((r) => r.countries.includes(id));
        if (crossing.length === 0) continue;
        const state = statesById.get(id)!;
        links.push({
          feature: stateRef(state),
          passageId: paragraph.id,
          kind: 'named',
          reason: `${rule.stateLead(matched)}; ${routesCrossing(crossing, state, '')}.`,
          sentenceIds,
        });
      }
    }

    // named: a state by name; a non-signatory state also links the C5 states bordering it and the routes crossing it.
    for (const named of geo.states) {
      // Longest first, so the reason quotes "Republic of Kazakhstan" rather than "Kazakhstan" inside it.
      const forms = stateForms(named, declaration)
        .filter((f) => containsPhrase(paragraph.text, f))
        .sort((a, b) => b.length - a.length);
      if (forms.length === 0) continue;
      const sentenceIds = paragraph.sentences.filter((s) => forms.some((f) => containsPhrase(s.text, f))).map((s) => s.id);
      const asWritten = findPhrase(paragraph.text, forms[0])[0].text;
      links.push({
        feature: stateRef(named),
        passageId: paragraph.id,
        kind: 'named',
        reason: asWritten === named.name ? t('links.namesState', { name: stateName(named) }) : t('links.namesStateAs', { name: stateName(named), asWritten }),
        sentenceIds,
      });
      if (signatories.has(named.id)) continue;
      // Its C5 neighbours, through the sentences that are about it. Routes are not linked this way:
      // a route's panel leads with the passages on connectivity, not with every mention of a state it crosses.
      const aboutIt = sentenceIds.filter((sid) => {
        const text = paragraph.sentences.find((x) => x.id === sid)?.text ?? '';
        return !NEIGHBOUR_LINK_EXCEPTIONS.some((e) => containsPhrase(text, e.phrase));
      });
      if (aboutIt.length === 0) continue;
      for (const id of named.neighbours.filter(isC5)) {
        const state = statesById.get(id);
        if (!state) continue;
        links.push({ feature: stateRef(state), passageId: paragraph.id, kind: 'named', reason: t('links.namesNeighbour', { named: stateName(named), state: stateName(state) }), sentenceIds: aboutIt });
      }
    }

    // theme-by-place: the passage's theme meets what the route is; the C5 states it crosses inherit it.
    for (const rule of PLACE_THEME_RULES) {
      if (!hasTheme(paragraph.id, rule.theme)) continue;
      const { matched, sentenceIds } = phrasesIn(paragraph, rule.phrases);
      if (matched.length === 0) continue;
      const lead = t('links.themeLead', { theme: prose(themeById(rule.theme).label), phrases: quoted(matched) });
      const routes = geo.routes.filter((r) => r.modes.some((m) => rule.modes.includes(m)));
      for (const route of routes) {
        links.push({ feature: routeRef(route), passageId: paragraph.id, kind: 'theme-by-place', reason: t('links.themeRoute', { lead, what: rule.routeIs(route) }), sentenceIds });
      }
      for (const id of C5) {
        // A context route the declaration does not name is no reason to link a state.
        const crossing = routes.filter((r) => r.named !== false && r.countries.includes(id));
        if (crossing.length === 0) continue;
        const state = statesById.get(id)!;
        const kinds = listWords([...new Set(crossing.flatMap((r) => r.modes.filter((m) => rule.modes.includes(m))).map((m) => modeNoun[m]))]);
        links.push({
          feature: stateRef(state),
          passageId: paragraph.id,
          kind: 'theme-by-place',
          reason: `${lead}; ${routesCrossing(crossing, state, kinds)}.`,
          sentenceIds,
        });
      }
    }
  }

  // joint: every passage binds every signatory.
  for (const s of declaration.signatories) {
    const state = statesById.get(s.country);
    if (!state) continue;
    const reason = t('links.joint', { office: s.office, name: s.name, state: stateName(state) });
    for (const paragraph of declaration.paragraphs) {
      links.push({ feature: stateRef(state), passageId: paragraph.id, kind: 'joint', reason, sentenceIds: [] });
    }
  }

  // --- Index ---------------------------------------------------------------------------------
  const order = new Map(declaration.paragraphs.map((p, k) => [p.id, k]));
  const features: FeatureRef[] = [...geo.states.map(stateRef), ...geo.routes.map(routeRef)];
  const byFeature = new Map<string, FeatureLinks>();
  for (const feature of features) {
    const own = links.filter((l) => l.feature.kind === feature.kind && l.feature.id === feature.id);
    const specific = mergeLinks(own.filter((l) => l.kind !== 'joint'), order);
    const specificIds = new Set(specific.map((p) => p.passageId));
    const joint = mergeLinks(own.filter((l) => l.kind === 'joint' && !specificIds.has(l.passageId)), order);
    byFeature.set(feature.id, { feature, specific, joint, programmes: programmesFor(specific, programmes) });
  }

  return {
    features,
    links,
    forState: (id) => (byFeature.get(id)?.feature.kind === 'state' ? byFeature.get(id) : undefined),
    forRoute: (id) => (byFeature.get(id)?.feature.kind === 'route' ? byFeature.get(id) : undefined),
    forFeature: (id) => byFeature.get(id),
    featuresForPassage: (passageId) =>
      [...byFeature.values()].flatMap((fl) => {
        const link = fl.specific.find((p) => p.passageId === passageId);
        return link ? [{ feature: fl.feature, link }] : [];
      }),
    programmesForFeature: (id) => byFeature.get(id)?.programmes ?? [],
    featuresForProgramme: (programmeId) =>
      [...byFeature.values()].filter((fl) => fl.programmes.some((p) => p.programmeId === programmeId)).map((fl) => fl.feature),
  };
}

/** Programmes inherit a feature's links through the passages that name them. */
function programmesFor(specific: PassageLink[], programmes: Programme[]): ProgrammeLink[] {
  const result: ProgrammeLink[] = [];
  for (const programme of programmes) {
    const linked = specific.filter((l) => programme.passageIds.includes(l.passageId));
    if (linked.length === 0) continue;
    const inLinkedSentence = linked.some((l) =>
      programme.mentions.some((m) => m.passageId === l.passageId && m.sentenceIds.some((s) => l.sentenceIds.includes(s))),
    );
    result.push({ programmeId: programme.id, passageIds: linked.map((l) => l.passageId), inLinkedSentence });
  }
  // Stable sort: within each group the programmes keep the order the text first names them.
  return result.sort((a, b) => Number(b.inLinkedSentence) - Number(a.inLinkedSentence));
}
