// Follow-through of the water, climate and environment commitments.
import { S } from './sources';
import type { CommitmentDef } from './types';

const checked = '2026-11-28';

export const CLIMATE_WATER: CommitmentDef[] = [
  {
    id: 'energy-climate-2.s1',
    sentenceId: 'energy-climate-2.s1',
    title: 'Regional cooperation on water security and the environment',
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    status: 'no-public-record',
    statusNote: 'The search found no dated C5+1 step on water or ecological cooperation since the summit.',
    events: [],
    checked,
  },
  {
    id: 'energy-climate-2.s3',
    sentenceId: 'energy-climate-2.s3',
    title: 'More efficient water management and water-saving technologies',
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    status: 'no-public-record',
    statusNote: 'The search found no dated C5+1 step on water management or water-saving technology since the summit.',
    events: [],
    checked,
  },
  {
    id: 'energy-climate-2.s4',
    sentenceId: 'energy-climate-2.s4',
    title: 'Collaborate through USAID Regional Water and Vulnerable Environment',
    by: 'all',
    theme: 'climate-water',
    concerns: { programmes: ['usaid-regional-water', 'usaid'] },
    status: 'no-public-record',
    statusNote: 'The search found no dated step of this programme since the summit; most USAID grants to the region were reported cancelled in 2025.',
    events: [],
    checked,
  },
  {
    id: 'energy-climate-2.s5',
    sentenceId: 'energy-climate-2.s5',
    title: 'Support glacier preservation',
    by: 'all',
    theme: 'climate-water',
    concerns: { states: ['TJK'] },
    status: 'in-progress',
    statusNote: 'Tajikistan hosted the UN-backed glaciers conference in 2025; no C5+1 joint step was found.',
    events: [
      {
        date: '2025-05-29',
        summary: 'Tajikistan hosted in Dushanbe the High-Level International Conference on Glaciers’ Preservation, in the UN International Year of Glaciers’ Preservation.',
        sources: [S.wmoGlaciers],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s5-b',
    sentenceId: 'energy-climate-2.s5',
    title: 'Increase capacity for community adaptation',
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    status: 'no-public-record',
    statusNote: 'The search found no dated step on community adaptation since the summit.',
    events: [],
    checked,
  },
];
