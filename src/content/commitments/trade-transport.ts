// Follow-through of the trade, transport and investment commitments (section "C5+1 Economic and Energy Corridor").
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-11-28';

export const TRADE_TRANSPORT: CommitmentDef[] = [
  {
    id: 'economic-energy-corridor-1.s3',
    sentenceId: 'economic-energy-corridor-1.s3',
    title: { en: 'Accelerate regional cooperation and connectivity' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['usaid-c5plus1-connectivity-ministerial'] },
    statuses: [step('2023-10-24', 'in-progress', { en: 'Customs modernisation was agreed at the Samarkand ministerial; connectivity steps since are recorded under the routes.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'At the Samarkand ministerial the six governments agreed to work on modernising and automating customs so goods cross borders faster.' },
        sources: [S.tashkentTimesSamarkand, S.usaidSamarkand],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s3-b',
    sentenceId: 'economic-energy-corridor-1.s3',
    title: { en: 'Better business climate for U.S. trade; work toward permanent normal trade relations' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { states: ['KAZ', 'UZB', 'TJK', 'TKM'] },
    statuses: [step('2025-11-06', 'in-progress', { en: 'Bills to lift Jackson-Vanik and grant permanent normal trade relations were introduced in Congress; none had passed in the sources found.' })],
    events: [
      {
        date: '2025-11-06',
        summary: { en: 'Bipartisan bills in both chambers (S. 3103, H.R. 5917) were introduced to extend permanent normal trade relations to the Central Asian states.' },
        sources: [S.millerPntr, S.astanaTimesPntr],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s4',
    sentenceId: 'economic-energy-corridor-1.s4',
    title: { en: 'Enhance alternative trade routes' },
    by: 'all',
    theme: 'trade-transport',
    concerns: {
      routes: ['middle-corridor-southern-branch', 'trans-afghan-railway', 'middle-corridor-core'],
      states: ['KGZ', 'UZB', 'TKM'],
    },
    statuses: [step('2025-01-24', 'in-progress', { en: 'The states concerned opened the southern branch and signed the Trans-Afghan railway’s feasibility agreement; see the routes’ status now.' })],
    events: [
      {
        date: '2025-01-24',
        summary: { en: 'Kyrgyzstan’s transport ministry said the Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan route to Europe was fully operational.' },
        sources: [S.ncaSouthern2025],
      },
      {
        date: '2025-07-17',
        summary: { en: 'Uzbekistan, Afghanistan and Pakistan signed in Kabul a framework agreement on a joint feasibility study of the Trans-Afghan railway.' },
        sources: [S.astanaTimesUap, S.aryUap],
      },
      {
        date: '2025-10-15',
        summary: { en: 'A pilot multimodal shipment left Kashgar through Kyrgyzstan and Uzbekistan, reaching Turkmenistan for the Caspian crossing on 24 October.' },
        sources: [S.jamestownSouthern],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s4-b',
    sentenceId: 'economic-energy-corridor-1.s4',
    title: { en: 'New connections between U.S. and Central Asian businesses' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['private-sector-business-platform'] },
    statuses: [step('2024-03-13', 'in-progress', { en: 'Two B5+1 business forums met, and deals were announced around the 2025 Washington summit.' })],
    events: [
      {
        date: '2024-03-13',
        summary: { en: 'The first B5+1 Forum in Almaty brought together officials and more than 400 businesses from the region and the United States.' },
        sources: [S.cpcB5Almaty],
      },
      {
        date: '2025-11-06',
        summary: { en: 'Around the Washington summit, aircraft, mining and telecoms deals between U.S. and Central Asian companies were announced.' },
        sources: [S.ncaSummit2025Outcomes],
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek; about a dozen memoranda were signed on its sidelines and the forum is to meet yearly.' },
        sources: [S.rferlB5Bishkek, S.caspianPostB5Bishkek],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s5',
    sentenceId: 'economic-energy-corridor-1.s5',
    title: { en: 'Establish a private-sector business platform (B5+1)' },
    by: ['USA'],
    theme: 'trade-transport',
    concerns: { programmes: ['private-sector-business-platform', 'cipe', 'us-department-of-state'] },
    statuses: [step('2026-02-04', 'done', { en: 'The platform was launched as B5+1 and has held two forums.' })],
    events: [
      {
        date: '2023-11-16',
        summary: { en: 'The State Department announced the B5+1 business platform, with a first meeting planned in Almaty.' },
        sources: [S.gazetaB5],
      },
      {
        date: '2024-03-13',
        summary: { en: 'The first B5+1 Forum, run by CIPE with State Department support, met in Almaty from 13 to 15 March.' },
        sources: [S.avimB5, S.cpcB5Almaty],
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek and agreed to meet every year, hosted in turn by the Central Asian states.' },
        sources: [S.caspianPostB5Bishkek],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s2',
    sentenceId: 'economic-energy-corridor-2.s2',
    title: { en: 'PGI to evaluate scaling infrastructure investment in the Middle Corridor' },
    by: ['USA'],
    theme: 'trade-transport',
    concerns: { programmes: ['pgi'], routes: ['middle-corridor-core'] },
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no PGI evaluation or investment in the Middle Corridor since the summit.' })],
    events: [],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s3',
    sentenceId: 'economic-energy-corridor-2.s3',
    title: { en: 'Use State, DFC, EXIM and USAID tools for infrastructure' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['us-department-of-state', 'dfc', 'exim', 'usaid', 'pgi'] },
    statuses: [step('2025-03', 'in-progress', { en: 'EXIM offered finance for a mining venture in 2025, while most USAID programmes in the region were cancelled that year.' })],
    events: [
      {
        date: '2025-03',
        summary: { en: 'Most U.S. foreign-assistance grants to the Central Asian states were reported cancelled in the review of USAID programmes.' },
        sources: [S.euroasiaUsaidCuts, S.bourseUsaidCuts],
      },
      {
        date: '2025-11-06',
        summary: { en: 'The U.S. Export-Import Bank issued a letter of interest for up to $900 million toward a U.S.–Kazakh tungsten venture.' },
        sources: [S.ncaSummit2025Outcomes],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s4',
    sentenceId: 'economic-energy-corridor-2.s4',
    title: { en: 'Continue the dialogue at the USAID C5+1 Connectivity Ministerial in October' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['usaid-c5plus1-connectivity-ministerial', 'usaid'], states: ['UZB'] },
    statuses: [step('2023-10-24', 'done', { en: 'The ministerial met in Samarkand on 24 October 2023.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'The USAID Administrator and ministers of the five states met in Samarkand; USAID announced $14.3 million of new regional programmes.' },
        sources: [S.usaidSamarkand, S.tashkentTimesSamarkand],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-3.s1',
    sentenceId: 'economic-energy-corridor-3.s1',
    title: { en: 'Work with the international financial institutions, including new World Bank and ADB mechanisms' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['world-bank', 'asian-development-bank'] },
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no C5+1 step with the World Bank or the ADB tied to this sentence since the summit.' })],
    events: [],
    checked,
  },
  {
    id: 'economic-energy-corridor-3.s2',
    sentenceId: 'economic-energy-corridor-3.s2',
    title: { en: 'Support a capital increase for the EBRD' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['ebrd-capital-increase'] },
    statuses: [step('2023-12-15', 'done', { en: 'The increase was decided in December 2023; the sources found do not say how each signatory voted.' })],
    events: [
      {
        date: '2023-11-15',
        summary: { en: 'The EBRD’s board of directors recommended a €4 billion paid-in capital increase to the bank’s governors.' },
        sources: [S.bneEbrd],
      },
      {
        date: '2023-12-15',
        summary: { en: 'The EBRD’s Board of Governors decided the €4 billion capital increase.' },
        sources: [S.eumonitorEbrd],
      },
    ],
    checked,
  },
];
