// Follow-through of the critical minerals commitment.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';

const checked = '2026-11-28';

export const CRITICAL_MINERALS: CommitmentDef[] = [
  {
    id: 'energy-climate-1.s7',
    sentenceId: 'energy-climate-1.s7',
    title: { en: 'Launch a C5+1 Critical Minerals Dialogue' },
    by: 'all',
    theme: 'critical-minerals',
    concerns: { programmes: ['c5plus1-critical-minerals-dialogue'], states: ['KAZ'] },
    statuses: [step('2025-11-06', 'done', { en: 'The Dialogue first met in February 2024 and was reaffirmed at the 2025 summit.' })],
    events: [
      {
        date: '2024-02-08',
        summary: { en: 'The State Department hosted the first meeting of the C5+1 Critical Minerals Dialogue with senior officials of the five states.' },
        sources: [S.timescaCmd, S.businessTmCmd],
      },
      {
        date: '2024-07',
        summary: { en: 'A roadmap for the Dialogue’s work in 2024–25 was reviewed.' },
        sources: [S.orientCmdRoadmap],
      },
      {
        date: '2025-11-06',
        summary: { en: 'At the Washington summit the six reaffirmed the Dialogue; the U.S. and Kazakhstan signed a memorandum on critical minerals.' },
        sources: [S.ncaSummit2025Statement, S.anewzKazMinerals, S.spglobalMous],
      },
    ],
    checked,
  },
];
