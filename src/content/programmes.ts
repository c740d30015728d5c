// Every programme, institution, mechanism and forum the declaration names, and where the text names each.
// The definitions are typed by hand; the passages are found by matching the text, never typed.
import type { Prose } from '../../data/lang';
import { containsPhrase, findPhrase } from './match';
import { SOURCES } from './sources';
import type { Declaration, Programme, ProgrammeDef, ProgrammeMention } from './types';

const C5_PLUS_US: Prose = { en: 'The five Central Asian states and the United States' };
const US_GOVERNMENT: Prose = { en: 'The United States Government' };

/**
 * In the order the text first names them. `name` and `aliases` are written exactly as the text
 * writes them; `otherNames` only help search.
 */
export const PROGRAMME_DEFS: ProgrammeDef[] = [
  {
    id: 'c5plus1-presidential-summit',
    name: 'C5+1 Presidential Summit',
    kind: 'forum',
    runBy: { en: 'The presidents of the five Central Asian states and the United States' },
    aliases: ['this Summit'],
    otherNames: ['C5+1 summit', 'New York summit'],
    summary: { en: 'The first-ever meeting of the C5+1 at the level of presidents, held in New York City, at which the declaration was agreed.' },
    facts: [
      {
        text: { en: 'The first C5+1 presidential summit met on 19 September 2023, during the 78th session of the UN General Assembly; the declaration was released on 21 September 2023.' },
        sources: [SOURCES.govconexecSummit, 'declaration'],
      },
    ],
  },
  {
    id: 'un-general-assembly',
    name: 'United Nations General Assembly',
    kind: 'forum',
    runBy: { en: 'The United Nations' },
    aliases: [],
    otherNames: ['UNGA', 'UNGA-78', 'UN General Assembly'],
    summary: { en: 'Its 78th session in New York City was the occasion of the first C5+1 Presidential Summit.' },
    facts: [{ text: { en: 'The C5+1 summit met during its 78th session, on 19 September 2023.' }, sources: [SOURCES.govconexecSummit] }],
  },
  {
    id: 'c5plus1-ministerial-meetings',
    name: 'C5+1 Ministerial meetings',
    kind: 'forum',
    runBy: { en: 'Ministers of the five Central Asian states and the United States' },
    aliases: ['C5+1 ministerial meeting'],
    otherNames: ['C5+1 ministerial'],
    summary: { en: 'Meetings of C5+1 ministers, first held in 2015, to continue on subjects such as trade, energy, climate, and security.' },
    facts: [{ text: { en: 'The first C5+1 ministerial meeting was held in 2015.' }, sources: ['declaration', SOURCES.tashkentTimesC5plus1] }],
  },
  {
    id: 'c5plus1-secretariat',
    name: 'C5+1 Secretariat',
    kind: 'institution',
    runBy: { en: 'The C5+1 (the five Central Asian states and the United States)' },
    aliases: [],
    otherNames: [],
    summary: { en: 'The C5+1’s secretariat; with the Working Groups it has “further deepened our engagement”.' },
    facts: [{ text: { en: 'Established in 2022.' }, sources: ['declaration'] }],
  },
  {
    id: 'c5plus1-working-groups',
    name: 'Working Groups on Economy, Energy and the Environment, and Security',
    kind: 'forum',
    runBy: { en: 'The C5+1 (the five Central Asian states and the United States)' },
    aliases: [],
    otherNames: ['C5+1 Working Groups', 'Economy working group', 'Energy and the Environment working group', 'Security working group'],
    summary: { en: 'The C5+1’s three working groups.' },
    facts: [{ text: { en: 'Three working groups: Economy; Energy and the Environment; Security.' }, sources: ['declaration'] }],
  },
  {
    id: 'c5plus1-platform',
    name: 'C5+1 platform',
    kind: 'forum',
    runBy: C5_PLUS_US,
    aliases: ['C5+1 diplomatic platform', 'C5+1 mechanism', 'C5+1 framework', 'C5+1 partnership'],
    otherNames: ['C5+1', 'C5+1 format'],
    summary: { en: 'The diplomatic format of the five Central Asian states and the United States, which the declaration commits to strengthen.' },
    facts: [{ text: { en: 'A ministerial format since 2015.' }, sources: ['declaration', SOURCES.tashkentTimesC5plus1] }],
  },
  {
    id: 'permanent-normal-trade-relations',
    name: 'permanent normal trade relations',
    kind: 'commitment',
    runBy: C5_PLUS_US,
    aliases: [],
    otherNames: ['PNTR', 'normal trade relations'],
    summary:
      { en: 'The declaration commits to work toward permanent normal trade relations, as part of a more favorable business environment for U.S. private sector trade and investment in Central Asia.' },
    facts: [{ text: { en: 'A commitment “working toward” it, not a step already taken.' }, sources: ['declaration'] }],
  },
  {
    id: 'us-department-of-state',
    name: 'U.S. Department of State',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: [],
    otherNames: ['State Department'],
    summary: { en: 'Works with CIPE on a private-sector business platform, and is one source of the “economic tools” for infrastructure across PGI priorities.' },
    facts: [],
  },
  {
    id: 'cipe',
    name: 'Center for International Private Enterprise (CIPE)',
    kind: 'institution',
    runBy: { en: 'An affiliate of the U.S. Chamber of Commerce' },
    aliases: ['Center for International Private Enterprise', 'CIPE'],
    otherNames: [],
    summary: { en: 'Will work with the State Department to establish a private-sector business platform.' },
    facts: [{ text: { en: 'An affiliate of the U.S. Chamber of Commerce.' }, sources: ['declaration', SOURCES.gazetaB5plus1] }],
  },
  {
    id: 'us-chamber-of-commerce',
    name: 'U.S. Chamber of Commerce',
    kind: 'institution',
    runBy: null,
    aliases: [],
    otherNames: [],
    summary: { en: 'Named as the organisation CIPE is an affiliate of.' },
    facts: [],
  },
  {
    id: 'private-sector-business-platform',
    name: 'private-sector business platform',
    kind: 'forum',
    runBy: { en: 'The U.S. Department of State and the Center for International Private Enterprise (CIPE)' },
    aliases: [],
    otherNames: ['B5+1', 'business platform', 'CIPE business platform'],
    summary: { en: 'To complement the C5+1 diplomatic platform and strengthen U.S.-Central Asia economic ties.' },
    facts: [
      {
        text: { en: 'Announced as the “B5+1” platform in November 2023; its first forum met in Almaty on 13–15 March 2024.' },
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
    summary: { en: 'A network of young professionals receiving English language and professional development training.' },
    facts: [{ text: { en: 'Its members are to receive English language and professional development training.' }, sources: ['declaration'] }],
  },
  {
    id: 'pgi',
    name: 'Partnership for Global Infrastructure and Investment (PGI)',
    kind: 'programme',
    runBy: { en: 'The G7; for the United States, the Special Presidential Coordinator for PGI' },
    aliases: ['Partnership for Global Infrastructure and Investment', 'PGI'],
    otherNames: [],
    summary: { en: 'Will evaluate opportunities to scale infrastructure investments for the economic development, energy security and connectivity of the Middle Corridor.' },
    facts: [
      {
        text: { en: 'Launched by the G7 in June 2022; the United States aims to mobilise US$200 billion over five years.' },
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
    summary: { en: 'One of the U.S. “economic tools” to support infrastructure across PGI priorities.' },
    facts: [{ text: { en: 'Created by the BUILD Act of 2018; formed in December 2019.' }, sources: [SOURCES.crsDfc] }],
  },
  {
    id: 'exim',
    name: 'U.S. Export-Import Bank',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: [],
    otherNames: ['EXIM', 'Export-Import Bank of the United States'],
    summary: { en: 'One of the U.S. “economic tools” to support infrastructure across PGI priorities.' },
    facts: [{ text: { en: 'The official export credit agency of the United States, founded in 1934.' }, sources: [SOURCES.wikiExim] }],
  },
  {
    id: 'usaid',
    name: 'United States Agency for International Development (USAID)',
    kind: 'financing',
    runBy: US_GOVERNMENT,
    aliases: ['United States Agency for International Development', 'USAID'],
    otherNames: [],
    summary: { en: 'One of the U.S. “economic tools” for infrastructure, and the agency behind the Connectivity Ministerial and the energy and water programmes the declaration names.' },
    facts: [],
  },
  {
    id: 'usaid-c5plus1-connectivity-ministerial',
    name: 'USAID C5+1 Connectivity Ministerial',
    kind: 'forum',
    runBy: { en: 'USAID' },
    aliases: [],
    otherNames: ['Connectivity Ministerial', 'Samarkand ministerial'],
    summary: { en: 'Where the C5+1 would discuss concrete actions for inclusive, sustainable economic development, “in October”.' },
    facts: [
      {
        text: { en: 'Held on 24 October 2023 in Samarkand; US$14.3 million of new regional programming was announced.' },
        sources: [SOURCES.usaidConnectivityMinisterial, SOURCES.asiaPlusConnectivityMinisterial],
      },
    ],
  },
  {
    id: 'world-bank',
    name: 'World Bank',
    kind: 'financing',
    runBy: { en: 'The World Bank' },
    aliases: [],
    otherNames: [],
    summary: { en: '“New innovative financing mechanisms” at the World Bank, to spur investments to address global challenges like climate change.' },
    facts: [{ text: { en: 'The declaration speaks of “new innovative financing mechanisms” but does not name them.' }, sources: ['declaration'] }],
  },
  {
    id: 'asian-development-bank',
    name: 'Asian Development Bank',
    kind: 'financing',
    runBy: { en: 'The Asian Development Bank' },
    aliases: [],
    otherNames: ['ADB'],
    summary: { en: '“New innovative financing mechanisms” at the Asian Development Bank, to spur investments to address global challenges like climate change.' },
    facts: [{ text: { en: 'The declaration speaks of “new innovative financing mechanisms” but does not name them.' }, sources: ['declaration'] }],
  },
  {
    id: 'ebrd-capital-increase',
    name: 'capital increase for the European Bank for Reconstruction and Development',
    kind: 'financing',
    runBy: { en: 'The EBRD’s governors' },
    aliases: ['European Bank for Reconstruction and Development'],
    otherNames: ['EBRD', 'EBRD capital increase'],
    summary: { en: 'The C5+1 supports a capital increase for the EBRD.' },
    facts: [
      {
        text: { en: 'A €4 billion paid-in capital increase (from €30 billion to €34 billion) was decided by the EBRD’s governors on 15 December 2023.' },
        sources: [SOURCES.euMonitorEbrd, SOURCES.bneEbrd],
      },
    ],
  },
  {
    id: 'usaid-power-central-asia',
    name: 'USAID Power Central Asia',
    kind: 'programme',
    runBy: { en: 'USAID' },
    aliases: [],
    otherNames: ['Power Central Asia'],
    summary: { en: 'A C5+1 programme to unlock the economic benefits of regional, clean energy trade.' },
    facts: [{ text: { en: 'A five-year regional energy programme of about US$39 million.' }, sources: [SOURCES.asianPower] }],
  },
  {
    id: 'c5plus1-critical-minerals-dialogue',
    name: 'C5+1 Critical Minerals Dialogue',
    kind: 'dialogue',
    runBy: { en: 'The C5+1 (the five Central Asian states and the United States)' },
    aliases: [],
    otherNames: ['critical minerals dialogue'],
    summary: { en: 'A forum to share information on critical minerals, connect governments and industry, catalyse investment and collaborate on supply chains.' },
    facts: [
      {
        text: { en: 'Announced by the declaration (“we will launch a C5+1 Critical Minerals Dialogue”), not launched by it.' },
        sources: ['declaration'],
      },
      { text: { en: 'A roadmap for 2024–25 was reviewed in July 2024.' }, sources: [SOURCES.orientMinerals] },
    ],
  },
  {
    id: 'usaid-regional-water',
    name: 'USAID Regional Water and Vulnerable Environment program',
    kind: 'programme',
    runBy: { en: 'USAID' },
    aliases: [],
    otherNames: ['Regional Water and Vulnerable Environment'],
    summary: { en: 'Through it the C5+1 plans to address water, energy, food and environmental needs while combating climate change.' },
    facts: [
      {
        text: { en: 'Runs from 2020 to 2025 in the Syr Darya and Amu Darya basins. USAID’s fact sheet gives US$21.5 million.' },
        sources: [SOURCES.usaidRegionalWaterFactSheet],
      },
      {
        text: { en: 'At its launch in October 2020 it was reported as a five-year programme of US$24.5 million.' },
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
