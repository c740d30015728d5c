// Every programme, institution, mechanism and forum the declaration names, and where the text names each.
// The definitions are typed by hand; the passages are found by matching the text, never typed.
import type { Prose } from '../../data/lang';
import { containsPhrase, findPhrase } from './match';
import { SOURCES } from './sources';
import type { Declaration, Programme, ProgrammeDef, ProgrammeMention } from './types';

const C5_PLUS_US: Prose = { en: 'The five Central Asian states and the United States', ru: 'Пять государств Центральной Азии и Соединенные Штаты' };
const US_GOVERNMENT: Prose = { en: 'The United States Government', ru: 'Правительство Соединенных Штатов' };

/**
 * In the order the text first names them. `name` and `aliases` are written exactly as the text
 * writes them; `otherNames` only help search.
 */
export const PROGRAMME_DEFS: ProgrammeDef[] = [
  {
    id: 'c5plus1-presidential-summit',
    name: 'C5+1 Presidential Summit',
    kind: 'forum',
    runBy: { en: 'The presidents of the five Central Asian states and the United States', ru: 'Президенты пяти государств Центральной Азии и Соединенных Штатов' },
    aliases: ['this Summit'],
    otherNames: ['C5+1 summit', 'New York summit'],
    summary: { en: 'The first-ever meeting of the C5+1 at the level of presidents, held in New York City, at which the declaration was agreed.', ru: 'Первая в истории встреча C5+1 на уровне президентов, прошедшая в Нью-Йорке; на ней была согласована декларация.' },
    facts: [
      {
        text: { en: 'The first C5+1 presidential summit met on 19 September 2023, during the 78th session of the UN General Assembly; the declaration was released on 21 September 2023.', ru: 'Первый саммит президентов C5+1 состоялся 19 сентября 2023 года, во время 78-й сессии Генеральной Ассамблеи ООН; декларация была опубликована 21 сентября 2023 года.' },
        sources: [SOURCES.govconexecSummit, 'declaration'],
      },
    ],
  },
  {
    id: 'un-general-assembly',
    name: 'United Nations General Assembly',
    kind: 'forum',
    runBy: { en: 'The United Nations', ru: 'Организация Объединенных Наций' },
    aliases: [],
    otherNames: ['UNGA', 'UNGA-78', 'UN General Assembly'],
    summary: { en: 'Its 78th session in New York City was the occasion of the first C5+1 Presidential Summit.', ru: 'Ее 78-я сессия в Нью-Йорке стала поводом для первого саммита президентов C5+1.' },
    facts: [{ text: { en: 'The C5+1 summit met during its 78th session, on 19 September 2023.', ru: 'Саммит C5+1 прошел во время ее 78-й сессии, 19 сентября 2023 года.' }, sources: [SOURCES.govconexecSummit] }],
  },
  {
    id: 'c5plus1-ministerial-meetings',
    name: 'C5+1 Ministerial meetings',
    kind: 'forum',
    runBy: { en: 'Ministers of the five Central Asian states and the United States', ru: 'Министры пяти государств Центральной Азии и Соединенных Штатов' },
    aliases: ['C5+1 ministerial meeting'],
    otherNames: ['C5+1 ministerial'],
    summary: { en: 'Meetings of C5+1 ministers, first held in 2015, to continue on subjects such as trade, energy, climate, and security.', ru: 'Встречи министров C5+1, впервые проведенные в 2015 году; их предстоит продолжать по таким темам, как торговля, энергетика, климат и безопасность.' },
    facts: [{ text: { en: 'The first C5+1 ministerial meeting was held in 2015.', ru: 'Первая министерская встреча C5+1 прошла в 2015 году.' }, sources: ['declaration', SOURCES.tashkentTimesC5plus1] }],
  },
  {
    id: 'c5plus1-secretariat',
    name: 'C5+1 Secretariat',
    kind: 'institution',
    runBy: { en: 'The C5+1 (the five Central Asian states and the United States)', ru: 'C5+1 (пять государств Центральной Азии и Соединенные Штаты)' },
    aliases: [],
    otherNames: [],
    summary: { en: 'The C5+1’s secretariat; with the Working Groups it has “further deepened our engagement”.', ru: 'Секретариат C5+1; вместе с рабочими группами он еще больше углубил взаимодействие («further deepened our engagement»).' },
    facts: [{ text: { en: 'Established in 2022.', ru: 'Секретариат создан в 2022 году.' }, sources: ['declaration'] }],
  },
  {
    id: 'c5plus1-working-groups',
    name: 'Working Groups on Economy, Energy and the Environment, and Security',
    kind: 'forum',
    runBy: { en: 'The C5+1 (the five Central Asian states and the United States)', ru: 'C5+1 (пять государств Центральной Азии и Соединенные Штаты)' },
    aliases: [],
    otherNames: ['C5+1 Working Groups', 'Economy working group', 'Energy and the Environment working group', 'Security working group'],
    summary: { en: 'The C5+1’s three working groups.', ru: 'Три рабочие группы C5+1.' },
    facts: [{ text: { en: 'Three working groups: Economy; Energy and the Environment; Security.', ru: 'Три рабочие группы: по экономике; по энергетике и окружающей среде; по безопасности.' }, sources: ['declaration'] }],
  },
  {
    id: 'c5plus1-platform',
    name: 'C5+1 platform',
    kind: 'forum',
    runBy: C5_PLUS_US,
    aliases: ['C5+1 diplomatic platform', 'C5+1 mechanism', 'C5+1 framework', 'C5+1 partnership'],
    otherNames: ['C5+1', 'C5+1 format'],
    summary: { en: 'The diplomatic format of the five Central Asian states and the United States, which the declaration commits to strengthen.', ru: 'Дипломатический формат пяти государств Центральной Азии и Соединенных Штатов, который декларация обязуется укреплять.' },
    facts: [{ text: { en: 'A ministerial format since 2015.', ru: 'Формат министерских встреч с 2015 года.' }, sources: ['declaration', SOURCES.tashkentTimesC5plus1] }],
  },
  {
    id: 'permanent-normal-trade-relations',
    name: 'permanent normal trade relations',
    kind: 'commitment',
    runBy: C5_PLUS_US,
    aliases: [],
    otherNames: ['PNTR', 'normal trade relations'],
    summary:
      { en: 'The declaration commits to work toward permanent normal trade relations, as part of a more favorable business environment for U.S. private sector trade and investment in Central Asia.', ru: 'Декларация содержит обязательство добиваться постоянных нормальных торговых отношений как части более благоприятной деловой среды для торговли и инвестиций частного сектора США в Центральной Азии.' },
    facts: [{ text: { en: 'A commitment “working toward” it, not a step already taken.', ru: 'Обязательство работать над этим («working toward»), а не уже сделанный шаг.' }, sources: ['declaration'] }],
  },
  {
    id: 'us-department-of-state',
    name: 'U.S. Department of State',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: [],
    otherNames: ['State Department'],
    summary: { en: 'Works with CIPE on a private-sector business platform, and is one source of the “economic tools” for infrastructure across PGI priorities.', ru: 'Госдепартамент работает с CIPE над бизнес-платформой частного сектора и служит одним из источников экономических инструментов («economic tools») для инфраструктуры в рамках приоритетов PGI.' },
    facts: [],
  },
  {
    id: 'cipe',
    name: 'Center for International Private Enterprise (CIPE)',
    kind: 'institution',
    runBy: { en: 'An affiliate of the U.S. Chamber of Commerce', ru: 'Аффилированная организация Торговой палаты США' },
    aliases: ['Center for International Private Enterprise', 'CIPE'],
    otherNames: [],
    summary: { en: 'Will work with the State Department to establish a private-sector business platform.', ru: 'CIPE будет работать с Государственным департаментом над созданием бизнес-платформы частного сектора.' },
    facts: [{ text: { en: 'An affiliate of the U.S. Chamber of Commerce.', ru: 'Аффилированная организация Торговой палаты США.' }, sources: ['declaration', SOURCES.gazetaB5plus1] }],
  },
  {
    id: 'us-chamber-of-commerce',
    name: 'U.S. Chamber of Commerce',
    kind: 'institution',
    runBy: null,
    aliases: [],
    otherNames: [],
    summary: { en: 'Named as the organisation CIPE is an affiliate of.', ru: 'Упоминается как организация, с которой аффилирован CIPE.' },
    facts: [],
  },
  {
    id: 'private-sector-business-platform',
    name: 'private-sector business platform',
    kind: 'forum',
    runBy: { en: 'The U.S. Department of State and the Center for International Private Enterprise (CIPE)', ru: 'Государственный департамент США и Центр международного частного предпринимательства (CIPE)' },
    aliases: [],
    otherNames: ['B5+1', 'business platform', 'CIPE business platform'],
    summary: { en: 'To complement the C5+1 diplomatic platform and strengthen U.S.-Central Asia economic ties.', ru: 'Платформа призвана дополнить дипломатическую платформу C5+1 и укрепить экономические связи США и Центральной Азии.' },
    facts: [
      {
        text: { en: 'Announced as the “B5+1” platform in November 2023; its first forum met in Almaty on 13–15 March 2024.', ru: 'Объявлена в ноябре 2023 года как платформа «B5+1»; ее первый форум прошел в Алматы 13–15 марта 2024 года.' },
        sources: [SOURCES.gazetaB5plus1, SOURCES.caspianPolicyB5plus1],
      },
    ],
  },
  {
    id: 'young-professionals-network',
    name: 'regional network of young professionals',
    kind: 'programme',
    runBy: null,
    aliases: [],
    otherNames: ['young professionals'],
    summary: { en: 'A network of young professionals receiving English language and professional development training.', ru: 'Сеть молодых специалистов, которые проходят обучение английскому языку и повышение профессиональной квалификации.' },
    facts: [{ text: { en: 'Its members are to receive English language and professional development training.', ru: 'Участники сети должны пройти обучение английскому языку и повышение профессиональной квалификации.' }, sources: ['declaration'] }],
  },
  {
    id: 'pgi',
    name: 'Partnership for Global Infrastructure and Investment (PGI)',
    kind: 'programme',
    runBy: { en: 'The G7; for the United States, the Special Presidential Coordinator for PGI', ru: 'G7; от Соединенных Штатов — специальный координатор президента по PGI' },
    aliases: ['Partnership for Global Infrastructure and Investment', 'PGI'],
    otherNames: [],
    summary: { en: 'Will evaluate opportunities to scale infrastructure investments for the economic development, energy security and connectivity of the Middle Corridor.', ru: 'PGI оценит возможности для наращивания инфраструктурных инвестиций в экономическое развитие, энергетическую безопасность и связанность Среднего коридора.' },
    facts: [
      {
        text: { en: 'Launched by the G7 in June 2022; the United States aims to mobilise US$200 billion over five years.', ru: 'Партнерство запущено G7 в июне 2022 года; Соединенные Штаты намерены мобилизовать 200 млрд долларов США за пять лет.' },
        sources: [SOURCES.statePgi],
      },
    ],
  },
  {
    id: 'dfc',
    name: 'Development Finance Corporation',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: [],
    otherNames: ['DFC', 'U.S. International Development Finance Corporation'],
    summary: { en: 'One of the U.S. “economic tools” to support infrastructure across PGI priorities.', ru: 'Один из экономических инструментов США («economic tools») для поддержки инфраструктуры в рамках приоритетов PGI.' },
    facts: [{ text: { en: 'Created by the BUILD Act of 2018; formed in December 2019.', ru: 'Корпорация создана в соответствии с законом BUILD Act 2018 года; сформирована в декабре 2019 года.' }, sources: [SOURCES.crsDfc] }],
  },
  {
    id: 'exim',
    name: 'U.S. Export-Import Bank',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: [],
    otherNames: ['EXIM', 'Export-Import Bank of the United States'],
    summary: { en: 'One of the U.S. “economic tools” to support infrastructure across PGI priorities.', ru: 'Один из экономических инструментов США («economic tools») для поддержки инфраструктуры в рамках приоритетов PGI.' },
    facts: [{ text: { en: 'The official export credit agency of the United States, founded in 1934.', ru: 'Официальное экспортно-кредитное агентство Соединенных Штатов, основано в 1934 году.' }, sources: [SOURCES.wikiExim] }],
  },
  {
    id: 'usaid',
    name: 'United States Agency for International Development (USAID)',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: ['United States Agency for International Development', 'USAID'],
    otherNames: [],
    summary: { en: 'One of the U.S. “economic tools” for infrastructure, and the agency behind the Connectivity Ministerial and the energy and water programmes the declaration names.', ru: 'Один из экономических инструментов США для инфраструктуры («economic tools») и агентство, стоящее за министерской встречей по взаимосвязанности (Connectivity Ministerial) и названными в декларации программами в области энергетики и водных ресурсов.' },
    facts: [],
  },
  {
    id: 'usaid-c5plus1-connectivity-ministerial',
    name: 'USAID C5+1 Connectivity Ministerial',
    kind: 'forum',
    runBy: { en: 'USAID', ru: 'USAID (Агентство США по международному развитию)' },
    aliases: [],
    otherNames: ['Connectivity Ministerial', 'Samarkand ministerial'],
    summary: { en: 'Where the C5+1 would discuss concrete actions for inclusive, sustainable economic development, “in October”.', ru: 'Встреча в октябре («in October»), на которой C5+1 должна была обсудить конкретные меры для инклюзивного и устойчивого экономического развития.' },
    facts: [
      {
        text: { en: 'Held on 24 October 2023 in Samarkand; US$14.3 million of new regional programming was announced.', ru: 'Встреча прошла 24 октября 2023 года в Самарканде; объявлено о новых региональных программах на 14,3 млн долларов США.' },
        sources: [SOURCES.usaidConnectivityMinisterial, SOURCES.asiaPlusConnectivityMinisterial],
      },
    ],
  },
  {
    id: 'world-bank',
    name: 'World Bank',
    kind: 'financing',
    runBy: { en: 'The World Bank', ru: 'Всемирный банк' },
    aliases: [],
    otherNames: [],
    summary: { en: '“New innovative financing mechanisms” at the World Bank, to spur investments to address global challenges like climate change.', ru: 'Новые инновационные механизмы финансирования («new innovative financing mechanisms») во Всемирном банке, чтобы стимулировать инвестиции в решение глобальных проблем, таких как изменение климата.' },
    facts: [{ text: { en: 'The declaration speaks of “new innovative financing mechanisms” but does not name them.', ru: 'Декларация упоминает новые инновационные механизмы финансирования («new innovative financing mechanisms»), но не называет их.' }, sources: ['declaration'] }],
  },
  {
    id: 'asian-development-bank',
    name: 'Asian Development Bank',
    kind: 'financing',
    runBy: { en: 'The Asian Development Bank', ru: 'Азиатский банк развития' },
    aliases: [],
    otherNames: ['ADB'],
    summary: { en: '“New innovative financing mechanisms” at the Asian Development Bank, to spur investments to address global challenges like climate change.', ru: 'Новые инновационные механизмы финансирования («new innovative financing mechanisms») в Азиатском банке развития, чтобы стимулировать инвестиции в решение глобальных проблем, таких как изменение климата.' },
    facts: [{ text: { en: 'The declaration speaks of “new innovative financing mechanisms” but does not name them.', ru: 'Декларация упоминает новые инновационные механизмы финансирования («new innovative financing mechanisms»), но не называет их.' }, sources: ['declaration'] }],
  },
  {
    id: 'ebrd-capital-increase',
    name: 'capital increase for the European Bank for Reconstruction and Development',
    kind: 'financing',
    runBy: { en: 'The EBRD’s governors', ru: 'Совет управляющих ЕБРР' },
    aliases: ['European Bank for Reconstruction and Development'],
    otherNames: ['EBRD', 'EBRD capital increase'],
    summary: { en: 'The C5+1 supports a capital increase for the EBRD.', ru: 'C5+1 поддерживает увеличение капитала ЕБРР.' },
    facts: [
      {
        text: { en: 'A €4 billion paid-in capital increase (from €30 billion to €34 billion) was decided by the EBRD’s governors on 15 December 2023.', ru: 'Решение об увеличении оплаченного капитала на 4 млрд евро (с 30 до 34 млрд евро) Совет управляющих ЕБРР принял 15 декабря 2023 года.' },
        sources: [SOURCES.euMonitorEbrd, SOURCES.bneEbrd],
      },
    ],
  },
  {
    id: 'usaid-power-central-asia',
    name: 'USAID Power Central Asia',
    kind: 'programme',
    runBy: { en: 'USAID', ru: 'USAID (Агентство США по международному развитию)' },
    aliases: [],
    otherNames: ['Power Central Asia'],
    summary: { en: 'A C5+1 programme to unlock the economic benefits of regional, clean energy trade.', ru: 'Программа C5+1, призванная раскрыть экономические выгоды региональной торговли чистой энергией.' },
    facts: [{ text: { en: 'A five-year regional energy programme of about US$39 million.', ru: 'Пятилетняя региональная энергетическая программа стоимостью около 39 млн долларов США.' }, sources: [SOURCES.asianPower] }],
  },
  {
    id: 'c5plus1-critical-minerals-dialogue',
    name: 'C5+1 Critical Minerals Dialogue',
    kind: 'dialogue',
    runBy: { en: 'The C5+1 (the five Central Asian states and the United States)', ru: 'C5+1 (пять государств Центральной Азии и Соединенные Штаты)' },
    aliases: [],
    otherNames: ['critical minerals dialogue'],
    summary: { en: 'A forum to share information on critical minerals, connect governments and industry, catalyse investment and collaborate on supply chains.', ru: 'Площадка для обмена информацией о критически важных минералах, налаживания связей между правительствами и отраслью, стимулирования инвестиций и сотрудничества в цепочках поставок.' },
    facts: [
      {
        text: { en: 'Announced by the declaration (“we will launch a C5+1 Critical Minerals Dialogue”), not launched by it.', ru: 'Декларация объявила о нем («we will launch a C5+1 Critical Minerals Dialogue»), но не запустила его.' },
        sources: ['declaration'],
      },
      { text: { en: 'A roadmap for 2024–25 was reviewed in July 2024.', ru: 'В июле 2024 года была рассмотрена дорожная карта на 2024–2025 годы.' }, sources: [SOURCES.orientMinerals] },
    ],
  },
  {
    id: 'usaid-regional-water',
    name: 'USAID Regional Water and Vulnerable Environment program',
    kind: 'programme',
    runBy: { en: 'USAID', ru: 'USAID (Агентство США по международному развитию)' },
    aliases: [],
    otherNames: ['Regional Water and Vulnerable Environment'],
    summary: { en: 'Through it the C5+1 plans to address water, energy, food and environmental needs while combating climate change.', ru: 'С помощью этой программы C5+1 планирует решать задачи в области водных ресурсов, энергетики, продовольствия и окружающей среды, одновременно противодействуя изменению климата.' },
    facts: [
      {
        text: { en: 'Runs from 2020 to 2025 in the Syr Darya and Amu Darya basins. USAID’s fact sheet gives US$21.5 million.', ru: 'Программа рассчитана на 2020–2025 годы и охватывает бассейны Сырдарьи и Амударьи. В информационном бюллетене USAID указана сумма 21,5 млн долларов США.' },
        sources: [SOURCES.usaidRegionalWaterFactSheet],
      },
      {
        text: { en: 'At its launch in October 2020 it was reported as a five-year programme of US$24.5 million.', ru: 'При запуске в октябре 2020 года о ней сообщалось как о пятилетней программе стоимостью 24,5 млн долларов США.' },
        sources: [SOURCES.ncaRegionalWater],
      },
    ],
  },
];

/**
 * Programme-like names in the text that are deliberately not programmes, each with the reason a
 * reviewer accepted. The completeness test fails on any programme-like name neither listed above
 * nor here.
 */
export const NOT_PROGRAMMES: { phrases: string[]; reason: string }[] = [
  {
    phrases: ['United States', 'Republic of Kazakhstan', 'Kyrgyz Republic', 'Republic of Tajikistan', 'Republic of Uzbekistan'],
    reason: 'A signatory state: shown on the map and in the signatures, not a programme.',
  },
  {
    phrases: ['U.S.', 'Central Asia', 'Central Asian', 'South Asia', 'Afghanistan', 'New York City', 'U.S.-Central Asia', 'U.S.-Central Asian'],
    reason: 'A place or region, or an adjective made from one.',
  },
  {
    phrases: ['Trans-Caspian Trade Route', 'Middle Corridor'],
    reason: 'A transport route: drawn on the map as the Middle Corridor routes, and linked to its passages there.',
  },
  {
    phrases: ['United Nations Charter'],
    reason: 'A treaty whose principles the signatories uphold; not a programme, institution or forum of theirs.',
  },
  {
    phrases: ['C5+1 goal', 'C5+1 members', 'C5+1 economic goals', 'C5+1 countries', 'C5+1 programs', 'C5+1 can', 'C5+1 activities'],
    reason: 'The C5+1 as a group, its aims or its activities in general; no particular programme is named here (the named ones are listed).',
  },
  {
    phrases: ['C5+1 Economic and Energy Corridor', 'C5+1 Resilience'],
    reason: 'A section heading or the title: the agenda of the passages below it, not a separate programme.',
  },
];

/** Finds where the text names each programme and resolves 'declaration' sources. Fails if a name or alias is nowhere in the text. */
export function resolveProgrammes(declaration: Declaration, defs: ProgrammeDef[] = PROGRAMME_DEFS): Programme[] {
  const ids = new Set<string>();
  return defs.map((def) => {
    if (ids.has(def.id)) throw new Error(`Programme id “${def.id}” is used twice`);
    ids.add(def.id);
    const forms = [def.name, ...def.aliases];
    for (const form of forms) {
      if (!declaration.paragraphs.some((p) => containsPhrase(p.text, form))) {
        throw new Error(`Programme “${def.id}”: “${form}” does not occur in any passage`);
      }
    }
    const mentions: ProgrammeMention[] = [];
    for (const paragraph of declaration.paragraphs) {
      const sentenceIds = paragraph.sentences.filter((s) => forms.some((f) => containsPhrase(s.text, f))).map((s) => s.id);
      if (sentenceIds.length === 0) continue;
      const found = [...new Set(forms.flatMap((f) => findPhrase(paragraph.text, f).map((m) => m.text)))];
      mentions.push({ passageId: paragraph.id, sentenceIds, forms: found });
    }
    return {
      ...def,
      facts: def.facts.map((f) => ({ text: f.text, sources: f.sources.map((s) => (s === 'declaration' ? declaration.source : s)) })),
      mentions,
      passageIds: mentions.map((m) => m.passageId),
    };
  });
}

export function programmesInPassage(programmes: Programme[], passageId: string): Programme[] {
  return programmes.filter((p) => p.passageIds.includes(passageId));
}
