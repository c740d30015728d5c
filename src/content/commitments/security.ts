// Follow-through of the security commitments (section "Expanded Security Cooperation").
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-12-07';

export const SECURITY: CommitmentDef[] = [
  {
    id: 'security-1.s1',
    sentenceId: 'security-1.s1',
    title: { en: 'Strengthen security cooperation' },
    by: 'all',
    theme: 'security',
    concerns: { programmes: ['c5plus1-working-groups'] },
    statuses: [step('2024-09-27', 'in-progress', { en: 'Discussed again at the ministerial level in 2024; no joint security programme was found on the public record.' })],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'At their C5+1 meeting during the 79th UN General Assembly, the foreign ministers discussed steps to strengthen regional security cooperation.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s2',
    sentenceId: 'security-1.s2',
    title: { en: 'Cooperate on defence, law enforcement and counterterrorism' },
    by: 'all',
    theme: 'security',
    concerns: {},
    statuses: [step('2024-09-27', 'in-progress', { en: 'Only discussed again at the ministerial level in 2024; no joint C5+1 programme on defence, law enforcement or counterterrorism was found.' })],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'Meeting during the 79th UN General Assembly, the C5+1 foreign ministers spoke of the need to step up joint work against terrorism, extremism, drug trafficking and cybercrime.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s3',
    sentenceId: 'security-1.s3',
    title: { en: 'Share information, secure borders and counter radicalization' },
    by: 'all',
    theme: 'security',
    concerns: {},
    statuses: [step('2024-09-27', 'in-progress', { en: 'Only discussed again at the ministerial level in 2024; no joint step on information sharing, border security or migration was found.' })],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'The C5+1 foreign ministers, meeting in New York, called for more coordinated joint efforts against radicalization and transnational crime.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s3-b',
    sentenceId: 'security-1.s3',
    title: { en: 'Support repatriation of nationals from northeast Syria' },
    by: 'all',
    theme: 'security',
    concerns: { states: ['KGZ'] },
    statuses: [step('2023-10-24', 'in-progress', { en: 'Kyrgyzstan kept bringing citizens home from the camps with U.S. support; no record was found for the other states since the summit.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'The U.S. State Department welcomed Kyrgyzstan’s return of 83 women and children from the al-Hol camp, its third such operation that year, which the U.S. supported.' },
        sources: [S.centralChronicleKgz],
      },
      {
        date: '2024-07-19',
        summary: { en: 'Kyrgyzstan’s foreign ministry said 8 women and 14 children had returned from camps in northeast Syria, with help from the United States, UNICEF and others.' },
        sources: [S.daryoKgzRepatriation],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s4',
    sentenceId: 'security-1.s4',
    title: { en: 'U.S. to prioritize security assistance to Central Asia' },
    by: ['USA'],
    theme: 'security',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no public record specific to U.S. security assistance to the region since the summit; the 2025 cuts to USAID are recorded under the USAID commitments.' })],
    events: [],
    checked,
  },
  {
    id: 'security-1.s7',
    sentenceId: 'security-1.s7',
    title: { en: 'Support recognizing Central Asia as a zone of peace' },
    by: 'all',
    theme: 'security',
    concerns: { states: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] },
    statuses: [step('2024-10-24', 'done', { en: 'The UN General Assembly adopted the resolution by consensus in October 2024.' })],
    events: [
      {
        date: '2024-10-24',
        summary: { en: 'The UN General Assembly adopted by consensus the resolution “Zone of Peace, Trust and Cooperation of Central Asia”, tabled by Turkmenistan for the five states.' },
        sources: [S.mfaTmZoneOfPeace, S.asiaPlusZoneOfPeace],
      },
    ],
    checked,
  },
];
