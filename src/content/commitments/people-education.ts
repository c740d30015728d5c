// Follow-through of the people, education and exchange commitments.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-12-07';

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
    statuses: [
      step('2023-10-23', 'in-progress', { en: 'USAID announced new school funding for Uzbekistan in 2023.' }),
      step('2025-05-19', 'in-progress', { en: 'Mixed: USAID, which had long funded education in the region, was reported winding down in 2025; exchanges and training funded otherwise are recorded under the young professionals’ network.' }),
    ],
    events: [
      {
        date: '2023-10-23',
        summary: { en: 'Visiting a school in Tashkent, the USAID Administrator announced a new initiative for Uzbek primary schools, including inclusive education, with $4.5 million for its first year.' },
        sources: [S.usaidUzbEducation, S.diplomatSamarkand],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The winding-down of USAID was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan, where it had long funded education and health work.' },
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
    concerns: { programmes: ['usaid'], states: ['KGZ'] },
    statuses: [
      step('2025-04-05', 'stalled', { en: 'A USAID-funded scholarship for 208 Afghan women was ended on 5 April 2025. Its students studied online at the American University of Afghanistan and in Qatar and Oman, not at a university in Central Asia.' }),
      step('2025-07-12', 'stalled', { en: 'U.S. support for such students stopped in 2025: the scholarship for 208 Afghan women (studying online and in Qatar and Oman) ended in April, and 95 Afghan students at the American University of Central Asia in Bishkek lost their scholarships with the U.S. aid cuts; a private donor stepped in for them. No new U.S. or C5+1 support for these universities was found.' }),
    ],
    events: [
      {
        date: '2025-04-05',
        summary: { en: 'USAID ended at once the Women’s Scholarship Endowment, which paid for 208 Afghan women studying online at the American University of Afghanistan or in person in Qatar and Oman; NPR later reported the grants restored but still uncertain.' },
        sources: [S.kabulnowWse, S.nprWse, S.uwnWse],
      },
      {
        date: '2025-07-12',
        summary: { en: 'An Afghan businessman said he would pay, about $500,000, for 95 Afghan students at the American University of Central Asia in Bishkek who had lost their scholarships when U.S. aid was cut.' },
        sources: [S.menafnAucaAfghans],
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
