// Follow-through of the water, climate and environment commitments.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-12-07';

export const CLIMATE_WATER: CommitmentDef[] = [
  {
    id: 'energy-climate-2.s1',
    sentenceId: 'energy-climate-2.s1',
    title: { en: 'Regional cooperation on water security and the environment' },
    by: 'all',
    theme: 'climate-water',
    concerns: { programmes: ['usaid-regional-water'] },
    statuses: [
      step('2024-04-30', 'in-progress', { en: 'Regional water meetings continued under the USAID water programme in 2024; no C5+1 step of its own was found.' }),
      step('2025-07-01', 'stalled', { en: 'Judged stalled: the only joint step found ran through USAID’s water programme, whose implementer stopped work on 1 July 2025. The five states keep cooperating on water in formats the declaration does not name (such as the Aral Sea fund); those are not counted here.' }),
    ],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'Water officials of the five states met in Ashgabat at a regional conference of the USAID Regional Water and Vulnerable Environment activity, on reforms and more efficient water use.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID, which ran the Regional Water and Vulnerable Environment activity, formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.' },
        sources: [S.spotlightUsaidEnds],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s3',
    sentenceId: 'energy-climate-2.s3',
    title: { en: 'More efficient water management and water-saving technologies' },
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    statuses: [
      step('2024-04-30', 'in-progress', { en: 'Efficient water use was on the agenda of the 2024 regional water conference; no joint technology step was found.' }),
      step('2025-07-01', 'stalled', { en: 'Judged stalled: the only step found was a conference of USAID’s water programme, and USAID stopped implementing aid on 1 July 2025; no later joint step on water-saving technology was found.' }),
    ],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'Water officials of the five states met in Ashgabat at a regional conference of the USAID Regional Water and Vulnerable Environment activity, on reforms and more efficient water use.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID, which ran the Regional Water and Vulnerable Environment activity, formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.' },
        sources: [S.spotlightUsaidEnds],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s4',
    sentenceId: 'energy-climate-2.s4',
    title: { en: 'Collaborate through USAID Regional Water and Vulnerable Environment' },
    by: 'all',
    theme: 'climate-water',
    concerns: { programmes: ['usaid-regional-water', 'usaid'] },
    statuses: [
      step('2024-04-30', 'in-progress', { en: 'The programme met the water sectors of all five states in 2024.' }),
      step('2025-07-01', 'stalled', { en: 'The programme was due to run to September 2025 (nCa, 2023); USAID stopped implementing aid on 1 July 2025, after its aid was frozen and wound down earlier in 2025. No source names this programme’s own end, and no later activity was found.' }),
    ],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'The programme held a regional conference on water management in Ashgabat with the water sectors of all five states, and a decision-support meeting on the Amu Darya basin.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The winding-down of USAID was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan, where it had long funded education and health work.' },
        sources: [S.bourseUsaidCuts],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID, which ran the Regional Water and Vulnerable Environment activity, formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.' },
        sources: [S.spotlightUsaidEnds],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s5',
    sentenceId: 'energy-climate-2.s5',
    title: { en: 'Support glacier preservation' },
    by: 'all',
    theme: 'climate-water',
    concerns: { states: ['TJK'] },
    statuses: [step('2025-05-29', 'in-progress', { en: 'Only one signatory’s own step is on record: Tajikistan hosted a UN glaciers conference in 2025, its own initiative with UN partners. No U.S. or joint C5+1 step on glaciers was found.' })],
    events: [
      {
        date: '2025-05-29',
        summary: { en: 'Tajikistan, one of the six signatories, hosted in Dushanbe a high-level UN conference on glaciers’ preservation, a Tajik initiative run with UN agencies; the sources give no U.S. or C5+1 part in it.' },
        sources: [S.wmoGlaciers],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s5-b',
    sentenceId: 'energy-climate-2.s5',
    title: { en: 'Increase capacity for community adaptation' },
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no dated C5+1 or U.S. step on community adaptation capacity in the region since the summit.' })],
    events: [],
    checked,
  },
];
