// The presentation tour: an ordered walk through the declaration's sections, the Middle Corridor,
// the routes toward South Asia and each state. Steps are content — captions written here, quotes
// taken verbatim from the text by sentence id, highlights computed from the links.
import type { Prose, RouteMeta } from '../../data/types';
import { C5 } from '../../data/types';
import { STATUS_LABELS, displayDate, lastChecked, tally, tallyText, type Commitment } from './commitments';
import { commitmentsForState } from './focus';
import { sentenceById } from './passages';
import type { Lang } from '../../data/lang';
import { inEveryLoadedLang } from '../i18n';
import { t } from '../i18n/later';
import { nameOf } from '../i18n/names';
import type { Declaration, LinkIndex, PassageId, SentenceId } from './types';

export interface TourStepDef {
  id: string;
  title: Prose;
  caption: Prose;
  /** The sentence the step quotes; its paragraph is the step's passage. */
  quote: SentenceId;
  /** What the step lights up on the map and frames the camera on. */
  highlight: { states?: 'all' | 'passage' | string[]; groups?: RouteMeta['group'][]; routes?: string[] };
  /** A route whose first dated series (data/series.ts) the step shows as a chart. */
  chart?: string;
}

/**
 * A step as the tour shows it. The steps built below from the data (each state's, "Since New York")
 * have their title and caption from the catalog's templates, in every language loaded when built
 * (the tour is built again when the reader's language changes).
 */
export interface TourStep {
  id: string;
  title: Prose;
  caption: Prose;
  passageId: PassageId;
  sentenceId: SentenceId;
  /** The quoted sentence, verbatim. */
  quote: string;
  states: string[];
  routes: string[];
  /** A route whose first dated series the step's card shows as a chart. */
  chart?: string;
}

/** Section steps first, in the declaration's order; the corridor and South Asia follow the economic section. */
export const TOUR_DEFS: TourStepDef[] = [
  {
    id: 'summit',
    title: { en: 'The first C5+1 Presidential Summit', ru: 'Первый саммит президентов C5+1' },
    caption: { en: 'Six presidents met in New York during the 78th UN General Assembly and signed the New York Declaration.', ru: 'Шесть президентов встретились в Нью-Йорке во время 78-й сессии Генеральной Ассамблеи ООН и подписали Нью-Йоркскую декларацию.' },
    quote: 'preamble-1.s1',
    highlight: { states: 'all' },
  },
  {
    id: 'partnership',
    title: { en: 'Resilience through Partnership', ru: 'Устойчивость через партнерство' },
    caption: { en: 'A partnership built since the first C5+1 ministerial meeting in 2015, with a Secretariat since 2022.', ru: 'Партнерство, которое строится с первой министерской встречи C5+1 в 2015 году; с 2022 года у него есть Секретариат.' },
    quote: 'resilience-1.s3',
    highlight: { states: 'all' },
  },
  {
    id: 'security',
    title: { en: 'Expanded Security Cooperation', ru: 'Расширение сотрудничества в сфере безопасности' },
    caption: { en: 'Defence, law enforcement and counterterrorism — with Afghanistan named as a factor in the region’s security.', ru: 'Оборона, правоохранительная деятельность и борьба с терроризмом; Афганистан назван фактором безопасности региона.' },
    quote: 'security-1.s2',
    highlight: { states: 'passage' },
  },
  {
    id: 'economic-corridor',
    title: { en: 'C5+1 Economic and Energy Corridor', ru: 'Экономический и энергетический коридор C5+1' },
    caption: { en: 'Access to global markets, investment and alternative trade routes.', ru: 'Доступ к мировым рынкам, инвестиции и альтернативные торговые маршруты.' },
    quote: 'economic-energy-corridor-1.s4',
    highlight: { states: 'all', groups: ['middle-corridor', 'south-asia'] },
  },
  {
    id: 'middle-corridor',
    title: { en: 'The Middle Corridor', ru: 'Средний коридор' },
    caption: { en: 'Rail across Kazakhstan and Turkmenistan, ferries across the Caspian, on through the Caucasus to the Black Sea and Türkiye.', ru: 'Железные дороги через Казахстан и Туркменистан, паромы через Каспий, а дальше через Кавказ к Черному морю и в Турцию.' },
    quote: 'economic-energy-corridor-2.s1',
    highlight: { groups: ['middle-corridor'] },
    chart: 'middle-corridor-core',
  },
  {
    id: 'south-asia',
    title: { en: 'Toward South Asia', ru: 'Путь в Южную Азию' },
    caption: { en: 'Rail, power and gas links through Afghanistan to Pakistan and India — operating, under construction and planned.', ru: 'Железные дороги, ЛЭП и газопроводы через Афганистан в Пакистан и Индию: действующие, строящиеся и планируемые.' },
    quote: 'economic-energy-corridor-2.s1',
    highlight: { groups: ['south-asia'] },
  },
  {
    id: 'energy',
    title: { en: 'Enhancing Energy Security', ru: 'Укрепление энергетической безопасности' },
    caption: { en: 'Integrated regional energy systems and new export routes; critical minerals get a dialogue of their own.', ru: 'Интегрированные региональные энергосистемы и новые экспортные маршруты; для критически важных минералов — отдельный диалог.' },
    quote: 'energy-climate-1.s1',
    highlight: { states: 'all', routes: ['casa-1000', 'tapi-pipeline'] },
  },
  {
    id: 'water',
    title: { en: 'Water and the Effects of Climate Change', ru: 'Вода и последствия изменения климата' },
    caption: { en: 'Water security, water-saving technology and glacier preservation across the region.', ru: 'Водная безопасность, водосберегающие технологии и сохранение ледников по всему региону.' },
    quote: 'energy-climate-2.s3',
    highlight: { states: 'all' },
  },
  {
    id: 'people',
    title: { en: 'Partnership through People', ru: 'Партнерство через людей' },
    caption: { en: 'Education, exchanges and human rights — including universities that serve students from Central Asia and Afghanistan.', ru: 'Образование, обмены и права человека, в том числе университеты, где учатся студенты из Центральной Азии и Афганистана.' },
    quote: 'people-1.s3',
    highlight: { states: 'all' },
  },
  {
    id: 'new-atmosphere',
    title: { en: 'Towards A New Atmosphere of Partnership', ru: 'К новой атмосфере партнерства' },
    caption: { en: 'Regular dialogue and C5+1 ministerial meetings to carry the commitments forward.', ru: 'Регулярный диалог и министерские встречи C5+1, чтобы и дальше выполнять обязательства.' },
    quote: 'new-atmosphere-2.s2',
    highlight: { states: 'all' },
  },
];

/** The closing step quotes the text's own promise to keep meeting: what follows is what came of it. */
export const CLOSING_QUOTE: SentenceId = 'new-atmosphere-2.s2';

/** "2 done, 4 in progress": a state's counts, the statuses it has none of left out. */
export function shortTally(list: Pick<Commitment, 'status'>[]): string {
  const counts = tally(list);
  const parts = (Object.keys(counts) as (keyof typeof counts)[]).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${STATUS_LABELS[s].toLowerCase()}`);
  return parts.length ? parts.join(', ') : t('tour.since.none');
}

/** "Since New York": the tallies in numbers, then each state's, counted as its panel's "Since 2023" list counts them. */
export function closingStep(declaration: Declaration, links: LinkIndex | null, routes: RouteMeta[], commitments: Commitment[], routesNow: string[]): TourStep {
  const sentence = sentenceById(CLOSING_QUOTE, declaration);
  if (!sentence) throw new Error(`tour closing step: no sentence ${CLOSING_QUOTE}`);
  const perState = (lang: Lang) =>
    C5.map((id) => {
      const name = nameOf('countries', id, links?.forState(id)?.feature.name ?? id, lang);
      const through = routes.filter((r) => r.countries.includes(id)).map((r) => r.id);
      const programmes = (links?.forState(id)?.programmes ?? []).map((p) => p.programmeId);
      return t('tour.since.state', { name, tally: shortTally(commitmentsForState(commitments, id, through, programmes)) });
    });
  const known = new Set(routes.map((r) => r.id));
  return {
    id: 'since',
    title: inEveryLoadedLang(() => t('tour.since.title')),
    caption: inEveryLoadedLang((lang) =>
      t('tour.since.caption', { date: displayDate(lastChecked(commitments)), count: commitments.length, tally: tallyText(commitments), perState: perState(lang).join('; ') }),
    ),
    passageId: sentence.paragraphId,
    sentenceId: sentence.id,
    quote: sentence.text,
    states: [...C5],
    routes: routesNow.filter((r) => known.has(r)),
  };
}

/**
 * Builds the steps: the section steps, then one per signatory state with its president and routes,
 * then, given the commitments, "Since New York".
 */
export function buildTour(
  declaration: Declaration,
  links: LinkIndex | null,
  routes: RouteMeta[],
  since?: { commitments: Commitment[]; routesNow: string[] },
): TourStep[] {
  const steps: TourStep[] = TOUR_DEFS.map((d) => {
    const sentence = sentenceById(d.quote, declaration);
    if (!sentence) throw new Error(`tour step ${d.id}: no sentence ${d.quote}`);
    const h = d.highlight;
    const states =
      h.states === 'all'
        ? [...C5]
        : h.states === 'passage'
          ? (links?.featuresForPassage(sentence.paragraphId) ?? []).filter((f) => f.feature.kind === 'state').map((f) => f.feature.id)
          : (h.states ?? []);
    const routeIds = [...(h.routes ?? []), ...routes.filter((r) => h.groups?.includes(r.group)).map((r) => r.id)];
    return {
      id: d.id,
      title: d.title,
      caption: d.caption,
      passageId: sentence.paragraphId,
      sentenceId: sentence.id,
      quote: sentence.text,
      states,
      routes: [...new Set(routeIds)],
      ...(d.chart ? { chart: d.chart } : {}),
    };
  });
  for (const id of C5) {
    const signatory = declaration.signatories.find((s) => s.country === id);
    const feature = links?.forState(id);
    const english = feature?.feature.name ?? id;
    const through = routes.filter((r) => r.countries.includes(id));
    const caption = (lang: Lang) => {
      const name = nameOf('countries', id, english, lang);
      const signed = signatory ? t('tour.state.signed', { office: signatory.office, name: signatory.name }) : t('tour.state.signedUnknown');
      return `${signed} ${through.length ? t('tour.state.routes', { name, count: through.length }) : t('tour.state.noRoutes', { name })}`;
    };
    // The state's first specific passage that is not the opening list of presidents, else the opening.
    const passage = feature?.specific.find((l) => l.passageId !== 'preamble-1') ?? feature?.specific[0];
    const sentence = sentenceById(passage?.sentenceIds[0] ?? 'preamble-1.s1', declaration)!;
    steps.push({
      id: `state-${id.toLowerCase()}`,
      title: inEveryLoadedLang((lang) => nameOf('countries', id, english, lang)),
      caption: inEveryLoadedLang(caption),
      passageId: sentence.paragraphId,
      sentenceId: sentence.id,
      quote: sentence.text,
      states: [id],
      routes: through.map((r) => r.id),
    });
  }
  if (since) steps.push(closingStep(declaration, links, routes, since.commitments, since.routesNow));
  return steps;
}
