// Follow-through of the water, climate and environment commitments.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-11-28';

export const CLIMATE_WATER: CommitmentDef[] = [
  {
    id: 'energy-climate-2.s1',
    sentenceId: 'energy-climate-2.s1',
    title: { en: 'Regional cooperation on water security and the environment' },
    by: 'all',
    theme: 'climate-water',
    concerns: { programmes: ['usaid-regional-water'] },
    statuses: [step('2024-04-30', 'in-progress', { en: 'Regional water meetings continued under the USAID programme in 2024; no C5+1 step of its own was found.' })],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'Water officials of the five states met in Ashgabat at a regional conference of the USAID Regional Water and Vulnerable Environment activity, on reforms and more efficient water use.' },
        sources: [S.ncaWaveAshgabat],
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
    statuses: [step('2024-04-30', 'in-progress', { en: 'Efficient water use was on the agenda of the 2024 regional water conference; no joint technology step was found.' })],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'Water officials of the five states met in Ashgabat at a regional conference of the USAID Regional Water and Vulnerable Environment activity, on reforms and more efficient water use.' },
        sources: [S.ncaWaveAshgabat],
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
    statuses: [step('2024-04-30', 'in-progress', { en: 'The programme met the five states in 2024; it was due to end in 2025, the year most USAID grants to the region were reported cancelled.' })],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'The programme held a regional conference on water management in Ashgabat with the water sectors of all five states, and a decision-support meeting on the Amu Darya basin.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-03',
        summary: { en: 'Most U.S. assistance grants to the region were reported cancelled in the review of USAID programmes.' },
        sources: [S.euroasiaUsaidCuts],
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
    statuses: [step('2025-05-29', 'in-progress', { en: 'Tajikistan hosted the UN-backed glaciers conference in 2025; no C5+1 joint step was found.' })],
    events: [
      {
        date: '2025-05-29',
        summary: { en: 'Tajikistan hosted in Dushanbe the High-Level International Conference on Glaciers’ Preservation, in the UN International Year of Glaciers’ Preservation.' },
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
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no dated step on community adaptation since the summit.' })],
    events: [],
    checked,
  },
];
