// Follow-through of the trade, transport and investment commitments (section "C5+1 Economic and Energy Corridor").
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-12-07';

export const TRADE_TRANSPORT: CommitmentDef[] = [
  {
    id: 'economic-energy-corridor-1.s3',
    sentenceId: 'economic-energy-corridor-1.s3',
    title: { en: 'Accelerate regional cooperation and connectivity' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['usaid-c5plus1-connectivity-ministerial'] },
    statuses: [
      step('2023-10-24', 'in-progress', { en: 'At the Samarkand ministerial the six said they would work together on customs and border management; the USAID work behind it is not traced further in the sources found.' }),
      step('2025-11-06', 'in-progress', { en: 'Two years on, the six named trans-Caspian connectivity among the aims of their tenth-anniversary statement; concrete connectivity steps since are recorded under the routes.' }),
    ],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'At the Samarkand ministerial the six governments said they intended to cooperate on transport and on stronger customs and border management.' },
        sources: [S.usaidSamarkand],
      },
      {
        date: '2025-11-06',
        summary: { en: 'The joint statement of the Washington summit put trans-Caspian connectivity among the six governments’ aims.' },
        sources: [S.ncaSummit2025Statement],
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
    statuses: [
      step('2025-11-05', 'in-progress', { en: 'Bills to lift Jackson-Vanik for the region were introduced in both chambers in November 2025; introduction is a first step, not a law.' }),
      step('2026-01-28', 'in-progress', { en: 'The Secretary of State told the Senate in January 2026 that the administration backs repeal; no source up to February 2026 says either bill has passed.' }),
    ],
    events: [
      {
        date: '2025-11-05',
        summary: { en: 'Bipartisan bills in both chambers (S. 3103, H.R. 5917) were introduced, the day before the Washington summit, to extend permanent normal trade relations to the Central Asian states still under Jackson-Vanik.' },
        sources: [S.ittPntr, S.millerPntr],
        announced: true,
      },
      {
        date: '2026-01-28',
        summary: { en: 'At a Senate Foreign Relations Committee hearing the Secretary of State said the administration supports repealing Jackson-Vanik for Central Asia; the bills were still before Congress.' },
        sources: [S.kg24RubioJv],
        announced: true,
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
    statuses: [
      step('2025-01-24', 'in-progress', { en: 'Kyrgyzstan called the road–rail route across Uzbekistan and Turkmenistan to the Caspian fully operational.' }),
      step('2026-02-04', 'in-progress', { en: 'A pilot shipment ran the southern branch in October 2025; the Trans-Afghan railway has a feasibility agreement (July 2025) and agreed fieldwork (February 2026), but no construction. See the routes’ status now.' }),
    ],
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
        summary: { en: 'A trial multimodal shipment left Kashgar through Kyrgyzstan and Uzbekistan, reaching Turkmenistan for the Caspian crossing on 24 October.' },
        sources: [S.ncaTrialCorridor, S.jamestownSouthern],
      },
      {
        date: '2026-02-04',
        summary: { en: 'Uzbekistan and Pakistan agreed, at their intergovernmental commission, to begin fieldwork on the Trans-Afghan railway, now given as about 647 km.' },
        sources: [S.arianaUapFieldwork],
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
    statuses: [
      step('2024-03-13', 'in-progress', { en: 'The first B5+1 business forum met in Almaty.' }),
      step('2025-11-06', 'in-progress', { en: 'Aircraft orders (given as maximum numbers) and a tungsten venture were announced at the Washington summit; most are commitments to buy or invest later, not completed deals.' }),
      step('2026-02-04', 'in-progress', { en: 'The second B5+1 forum met in Bishkek, with memoranda signed on its sidelines; the connections are being made, and are open-ended by nature.' }),
    ],
    events: [
      {
        date: '2024-03-13',
        summary: { en: 'The first B5+1 Forum in Almaty brought together officials and more than 400 businesses from the region and the United States.' },
        sources: [S.cpcB5Almaty],
      },
      {
        date: '2025-11-06',
        summary: { en: 'At the Washington summit Boeing announced orders from Air Astana (up to 15 787-9s) and Somon Air (up to 14 jets); these are maximum numbers, not all firm orders.' },
        sources: [S.gulfNewsBoeing],
        announced: true,
      },
      {
        date: '2025-11-06',
        summary: { en: 'A U.S. investor, Cove Capital, and Kazakhstan’s state miner Tau-Ken Samruk announced a joint venture for two tungsten deposits, costed at about $1.1 billion.' },
        sources: [S.reutersCoveTungsten],
        announced: true,
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek; the U.S. ambassador reported at least 12 memoranda signed on its sidelines, and its communiqué made the forum yearly, hosted in turn by the Central Asian states.' },
        sources: [S.rferlB5Bishkek, S.kg24B5Bishkek, S.caspianPostB5Bishkek],
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
    statuses: [
      step('2023-11-16', 'in-progress', { en: 'The State Department announced the platform, to be called B5+1.' }),
      step('2024-03-13', 'done', { en: 'The platform was established: its first forum met in Almaty in March 2024.' }),
      step('2026-02-04', 'done', { en: 'The platform was established in 2024 and its second forum met in Bishkek in February 2026, which made it yearly.' }),
    ],
    events: [
      {
        date: '2023-11-16',
        summary: { en: 'The State Department announced the B5+1 business platform, with a first meeting planned in Almaty.' },
        sources: [S.gazetaB5],
        announced: true,
      },
      {
        date: '2024-03-13',
        summary: { en: 'The first B5+1 Forum, run by CIPE with State Department support, met in Almaty from 13 to 15 March.' },
        sources: [S.avimB5, S.cpcB5Almaty],
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek; its communiqué made the forum yearly, hosted in turn by the Central Asian states.' },
        sources: [S.rferlB5Bishkek, S.caspianPostB5Bishkek],
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
    statuses: [
      step('2024-06', 'in-progress', { en: 'In June 2024 the White House counted an EXIM loan guarantee for Kazakhstan’s railway as a PGI investment; it was approved by EXIM in September 2023, before it was called PGI.' }),
      step('2024-07-19', 'in-progress', { en: 'PGI’s acting coordinator discussed transport, port and mineral investments in Astana and Tashkent in July 2024. No published PGI evaluation of the Middle Corridor was found.' }),
    ],
    events: [
      {
        date: '2024-06',
        summary: { en: 'The White House presented the $594 million EXIM loan guarantee to Kazakhstan’s railway, KTZ, for Wabtec locomotives as a PGI investment (reported by the Caspian Policy Center; the fact sheet itself was not found).' },
        sources: [S.cpcPgi],
        announced: true,
      },
      {
        date: '2024-07-19',
        summary: { en: 'PGI’s acting special coordinator met Kazakhstan’s deputy foreign minister in Astana on investment in transport, including the Aktau and Kuryk ports, clean energy and critical minerals; the delegation went on to Tashkent.' },
        sources: [S.astanaTimesPgi, S.cpcPgi],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s3',
    sentenceId: 'economic-energy-corridor-2.s3',
    title: { en: 'Use State, DFC, EXIM and USAID tools for infrastructure' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['us-department-of-state', 'dfc', 'exim', 'usaid', 'pgi'] },
    statuses: [
      step('2023-09-22', 'in-progress', { en: 'EXIM approved a $594 million loan guarantee for Kazakhstan’s railway days after the summit.' }),
      step('2025-07-01', 'in-progress', { en: 'Of the four tools named, USAID stopped implementing aid on 1 July 2025, after its aid was frozen and wound down earlier in 2025; EXIM and DFC stayed in use.' }),
      step('2026-02', 'in-progress', { en: 'EXIM and DFC issued letters of interest (November 2025, February 2026) for a tungsten mine and EXIM backs a locomotive financing for KTZ; letters of interest are not loans. USAID is closed.' }),
    ],
    events: [
      {
        date: '2023-09-22',
        summary: { en: 'EXIM’s board approved a $594 million loan guarantee to Kazakhstan’s national railway, KTZ, for Wabtec locomotives and shunter kits.' },
        sources: [S.ecaWatchExim],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The winding-down of USAID was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan, where it had long funded education and health work.' },
        sources: [S.bourseUsaidCuts],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.' },
        sources: [S.spotlightUsaidEnds],
      },
      {
        date: '2025-11',
        summary: { en: 'During the Kazakh president’s visit, KTZ signed a mandate agreement with Citibank to raise $1.6 billion over ten years for Wabtec locomotives, with EXIM as guarantor; a mandate, not yet the loan.' },
        sources: [S.seanewsKtzCiti],
        announced: true,
      },
      {
        date: '2025-11-06',
        summary: { en: 'EXIM issued a letter of interest for up to $900 million toward the U.S.–Kazakh tungsten venture announced at the summit.' },
        sources: [S.reutersCoveTungsten],
        announced: true,
      },
      {
        date: '2026-02',
        summary: { en: 'The DFC issued letters of interest for up to $700 million in financing for the same tungsten project, the U.S. embassy said on 11 February.' },
        sources: [S.astanaTimesDfcTungsten],
        announced: true,
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
        sources: [S.usaidSamarkand, S.diplomatSamarkand],
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
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no new World Bank or ADB financing mechanism tied to this sentence or to the C5+1 since the summit; the World Bank’s 2024 decision on CASA-1000 is recorded under energy.' })],
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
    statuses: [
      step('2023-12-15', 'done', { en: 'The increase was decided in December 2023; the sources found do not say how each signatory voted.' }),
      step('2025-12-17', 'done', { en: 'Decided in December 2023; by December 2025 the United States had authorised its subscription and the bank expected over 90% take-up. How the five Central Asian states subscribed is not in the sources found.' }),
    ],
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
      {
        date: '2025-12-17',
        summary: { en: 'The EBRD said all its largest shareholders, the United States included, had subscribed or said they would; a U.S. appropriations law of November 2025 authorised $437.5 million for it. The deadline had been extended to the end of 2025.' },
        sources: [S.gbfrEbrd],
      },
    ],
    checked,
  },
];
