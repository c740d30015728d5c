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
    title: { en: 'A regional network of young professionals with English and professional training', ru: 'Региональная сеть молодых специалистов с обучением английскому языку и профессиональной подготовкой' },
    by: 'all',
    theme: 'people-education',
    concerns: { programmes: ['young-professionals-network'] },
    statuses: [step('2025-09-17', 'in-progress', { en: 'A U.S.-funded regional English and professional-development network is running; the sources found do not tie it to the declaration by name.', ru: 'Действует финансируемая США региональная сеть по изучению английского языка и профессиональному развитию; в найденных источниках она прямо не связывается с декларацией.' })],
    events: [
      {
        date: '2025-09-17',
        summary: { en: 'The U.S.-funded C5+ Opening Networks through English programme began its fifth cohort, over 700 professionals from all five states, with more than 1,500 alumni.', ru: 'Финансируемая США программа C5+ Opening Networks through English начала работу с пятым набором — более 700 специалистов из всех пяти государств; выпускников программы уже более 1 500.' },
        sources: [S.astanaTimesC5One],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s3',
    sentenceId: 'people-1.s3',
    title: { en: 'Support education, vocational training, youth and exchanges', ru: 'Поддерживать образование, профессиональную подготовку, молодежь и обмены' },
    by: 'all',
    theme: 'people-education',
    concerns: { programmes: ['usaid'], states: ['UZB'] },
    statuses: [
      step('2023-10-23', 'in-progress', { en: 'USAID announced new school funding for Uzbekistan in 2023.', ru: 'В 2023 году USAID (Агентство США по международному развитию) объявило о новом финансировании школ в Узбекистане.' }),
      step('2025-05-19', 'in-progress', { en: 'Mixed: USAID, which had long funded education in the region, was reported winding down in 2025; exchanges and training funded otherwise are recorded under the young professionals’ network.', ru: 'Картина неоднозначная: USAID (Агентство США по международному развитию), долгие годы финансировавшее образование в регионе, по сообщениям, в 2025 году сворачивало работу; обмены и обучение, финансируемые из других источников, отражены в обязательстве о сети молодых специалистов.' }),
    ],
    events: [
      {
        date: '2023-10-23',
        summary: { en: 'Visiting a school in Tashkent, the USAID Administrator announced a new initiative for Uzbek primary schools, including inclusive education, with $4.5 million for its first year.', ru: 'Во время посещения школы в Ташкенте администратор USAID (Агентства США по международному развитию) объявила о новой инициативе для начальных школ Узбекистана, включая инклюзивное образование, с финансированием 4,5 млн долларов на первый год.' },
        sources: [S.usaidUzbEducation, S.diplomatSamarkand],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The winding-down of USAID was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan, where it had long funded education and health work.', ru: 'Сообщалось, что сворачивание USAID (Агентства США по международному развитию) оставляет пробелы в Центральной Азии, прежде всего в Кыргызстане и Таджикистане, где агентство долгие годы финансировало работу в сфере образования и здравоохранения.' },
        sources: [S.bourseUsaidCuts],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s4',
    sentenceId: 'people-1.s4',
    title: { en: 'Support universities that serve students from Central Asia and Afghanistan', ru: 'Поддерживать университеты, в которых учатся студенты из Центральной Азии и Афганистана' },
    by: 'all',
    theme: 'people-education',
    concerns: { programmes: ['usaid'], states: ['KGZ'] },
    statuses: [
      step('2025-04-05', 'stalled', { en: 'A USAID-funded scholarship for 208 Afghan women was ended on 5 April 2025. Its students studied online at the American University of Afghanistan and in Qatar and Oman, not at a university in Central Asia.', ru: '5 апреля 2025 года была прекращена финансируемая USAID (Агентством США по международному развитию) стипендия для 208 афганских женщин. Ее получательницы учились онлайн в Американском университете Афганистана, а также в Катаре и Омане, а не в университете Центральной Азии.' }),
      step('2025-07-12', 'stalled', { en: 'U.S. support for such students stopped in 2025: the scholarship for 208 Afghan women (studying online and in Qatar and Oman) ended in April, and 95 Afghan students at the American University of Central Asia in Bishkek lost their scholarships with the U.S. aid cuts; a private donor stepped in for them. No new U.S. or C5+1 support for these universities was found.', ru: 'Поддержка таких студентов со стороны США прекратилась в 2025 году: в апреле закончилась стипендия для 208 афганских женщин (учившихся онлайн, а также в Катаре и Омане), а 95 афганских студентов Американского университета в Центральной Азии в Бишкеке лишились стипендий из-за сокращения помощи США; им на помощь пришел частный донор. Новой поддержки этих университетов со стороны США или C5+1 не найдено.' }),
    ],
    events: [
      {
        date: '2025-04-05',
        summary: { en: 'USAID ended at once the Women’s Scholarship Endowment, which paid for 208 Afghan women studying online at the American University of Afghanistan or in person in Qatar and Oman; NPR later reported the grants restored but still uncertain.', ru: 'USAID (Агентство США по международному развитию) немедленно прекратило поддержку стипендиального фонда Women’s Scholarship Endowment, который оплачивал обучение 208 афганских женщин — онлайн в Американском университете Афганистана или очно в Катаре и Омане; позднее, по данным NPR, гранты были восстановлены, но их судьба оставалась неопределенной.' },
        sources: [S.kabulnowWse, S.nprWse, S.uwnWse],
      },
      {
        date: '2025-07-12',
        summary: { en: 'An Afghan businessman said he would pay, about $500,000, for 95 Afghan students at the American University of Central Asia in Bishkek who had lost their scholarships when U.S. aid was cut.', ru: 'Афганский бизнесмен заявил, что заплатит около 500 000 долларов за 95 афганских студентов Американского университета в Центральной Азии в Бишкеке, лишившихся стипендий после сокращения помощи США.' },
        sources: [S.menafnAucaAfghans],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s5',
    sentenceId: 'people-1.s5',
    title: { en: 'Find new cultural, educational and scientific cooperation', ru: 'Найти новые формы культурного, образовательного и научного сотрудничества' },
    by: 'all',
    theme: 'people-education',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no dated C5+1 step of this kind since the summit.', ru: 'Поиск не выявил после саммита датированных шагов C5+1 такого рода.' })],
    events: [],
    checked,
  },
];
