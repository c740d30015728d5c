// Follow-through of the people, education and exchange commitments.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-11-28';

export const PEOPLE_EDUCATION: CommitmentDef[] = [
  {
    id: 'economic-energy-corridor-1.s4-c',
    sentenceId: 'economic-energy-corridor-1.s4',
    title: { en: 'A regional network of young professionals with English and professional training' },
    by: 'all',
    theme: 'people-education',
    concerns: { programmes: ['young-professionals-network'] },
    statuses: [step('2025-09-17', 'in-progress', { en: 'A U.S.-funded regional English and professional-development network is running; the sources found do not tie it to the declaration by name.' })],
    events: [
      {
        date: '2025-09-17',
        summary: { en: 'The U.S.-funded C5+ Opening Networks through English programme began its fifth cohort, over 700 professionals from all five states, with more than 1,500 alumni.' },
        sources: [S.astanaTimesC5One],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s3',
    sentenceId: 'people-1.s3',
    title: { en: 'Support education, vocational training, youth and exchanges' },
    by: 'all',
    theme: 'people-education',
    concerns: { programmes: ['usaid'], states: ['UZB'] },
    statuses: [step('2023-10-24', 'in-progress', { en: 'New education funding was announced in 2023; USAID’s education work in the region was cut in 2025.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'USAID announced a new $4.5 million first-year education initiative for Uzbek schoolchildren.' },
        sources: [S.diplomatSamarkand],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The end of most USAID programmes was reported to leave education and health work in the region, above all in Kyrgyzstan and Tajikistan, without funding.' },
        sources: [S.bourseUsaidCuts],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s4',
    sentenceId: 'people-1.s4',
    title: { en: 'Support universities that serve students from Central Asia and Afghanistan' },
    by: 'all',
    theme: 'people-education',
    concerns: { states: ['UZB'] },
    statuses: [step('2024-06-09', 'in-progress', { en: 'Uzbekistan offered university places to Afghan students in 2024; no U.S. or joint C5+1 step for these universities was found.' })],
    events: [
      {
        date: '2024-06-09',
        summary: { en: 'Uzbekistan offered 50 undergraduate scholarships to Afghan students, according to the Afghan higher-education ministry.' },
        sources: [S.daryoUzbScholarships],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s5',
    sentenceId: 'people-1.s5',
    title: { en: 'Find new cultural, educational and scientific cooperation' },
    by: 'all',
    theme: 'people-education',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no dated C5+1 step of this kind since the summit.' })],
    events: [],
    checked,
  },
];
