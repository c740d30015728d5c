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
    title: { en: 'Regional cooperation on water security and the environment', ru: 'Региональное сотрудничество в области водной безопасности и охраны окружающей среды' },
    by: 'all',
    theme: 'climate-water',
    concerns: { programmes: ['usaid-regional-water'] },
    statuses: [
      step('2024-04-30', 'in-progress', { en: 'Regional water meetings continued under the USAID water programme in 2024; no C5+1 step of its own was found.', ru: 'В 2024 году региональные встречи по водным вопросам продолжались в рамках водной программы USAID (Агентства США по международному развитию); собственных шагов C5+1 не найдено.' }),
      step('2025-07-01', 'stalled', { en: 'Judged stalled: the only joint step found ran through USAID’s water programme, whose implementer stopped work on 1 July 2025. The five states keep cooperating on water in formats the declaration does not name (such as the Aral Sea fund); those are not counted here.', ru: 'Оценено как приостановленное: единственный найденный совместный шаг осуществлялся через водную программу USAID (Агентства США по международному развитию), исполнитель которой прекратил работу 1 июля 2025 года. Пять государств продолжают сотрудничать по водным вопросам в форматах, не названных в декларации (например, в рамках фонда по Аральскому морю); здесь они не учитываются.' }),
    ],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'Water officials of the five states met in Ashgabat at a regional conference of the USAID Regional Water and Vulnerable Environment activity, on reforms and more efficient water use.', ru: 'Представители водных ведомств пяти государств встретились в Ашхабаде на региональной конференции программы WAVE, реализуемой USAID (Агентством США по международному развитию), чтобы обсудить реформы и более эффективное водопользование.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID, which ran the Regional Water and Vulnerable Environment activity, formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.', ru: 'USAID (Агентство США по международному развитию), которое вело региональную программу WAVE, официально прекратило реализацию иностранной помощи; сохраненные программы переданы Государственному департаменту.' },
        sources: [S.spotlightUsaidEnds],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s3',
    sentenceId: 'energy-climate-2.s3',
    title: { en: 'More efficient water management and water-saving technologies', ru: 'Более эффективное управление водными ресурсами и водосберегающие технологии' },
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    statuses: [
      step('2024-04-30', 'in-progress', { en: 'Efficient water use was on the agenda of the 2024 regional water conference; no joint technology step was found.', ru: 'Эффективное водопользование было в повестке региональной водной конференции 2024 года; совместных шагов в области технологий не найдено.' }),
      step('2025-07-01', 'stalled', { en: 'Judged stalled: the only step found was a conference of USAID’s water programme, and USAID stopped implementing aid on 1 July 2025; no later joint step on water-saving technology was found.', ru: 'Оценено как приостановленное: единственным найденным шагом была конференция водной программы USAID (Агентства США по международному развитию), а 1 июля 2025 года USAID прекратило реализацию помощи; более поздних совместных шагов в области водосберегающих технологий не найдено.' }),
    ],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'Water officials of the five states met in Ashgabat at a regional conference of the USAID Regional Water and Vulnerable Environment activity, on reforms and more efficient water use.', ru: 'Представители водных ведомств пяти государств встретились в Ашхабаде на региональной конференции программы WAVE, реализуемой USAID (Агентством США по международному развитию), чтобы обсудить реформы и более эффективное водопользование.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID, which ran the Regional Water and Vulnerable Environment activity, formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.', ru: 'USAID (Агентство США по международному развитию), которое вело региональную программу WAVE, официально прекратило реализацию иностранной помощи; сохраненные программы переданы Государственному департаменту.' },
        sources: [S.spotlightUsaidEnds],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s4',
    sentenceId: 'energy-climate-2.s4',
    title: { en: 'Collaborate through USAID Regional Water and Vulnerable Environment', ru: 'Сотрудничать в рамках региональной программы USAID WAVE' },
    by: 'all',
    theme: 'climate-water',
    concerns: { programmes: ['usaid-regional-water', 'usaid'] },
    statuses: [
      step('2024-04-30', 'in-progress', { en: 'The programme met the water sectors of all five states in 2024.', ru: 'В 2024 году программа провела встречу с представителями водного сектора всех пяти государств.' }),
      step('2025-07-01', 'stalled', { en: 'The programme was due to run to September 2025 (nCa, 2023); USAID stopped implementing aid on 1 July 2025, after its aid was frozen and wound down earlier in 2025. No source names this programme’s own end, and no later activity was found.', ru: 'Программа должна была действовать до сентября 2025 года (nCa, 2023); USAID (Агентство США по международному развитию) прекратило реализацию помощи 1 июля 2025 года, после того как ранее в 2025 году его помощь была заморожена и свернута. Ни один источник не сообщает о завершении именно этой программы, более поздней деятельности не найдено.' }),
    ],
    events: [
      {
        date: '2024-04-30',
        summary: { en: 'The programme held a regional conference on water management in Ashgabat with the water sectors of all five states, and a decision-support meeting on the Amu Darya basin.', ru: 'Программа провела в Ашхабаде региональную конференцию по управлению водными ресурсами с участием водного сектора всех пяти государств, а также встречу по поддержке принятия решений в бассейне Амударьи.' },
        sources: [S.ncaWaveAshgabat],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The winding-down of USAID was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan, where it had long funded education and health work.', ru: 'Сообщалось, что сворачивание USAID (Агентства США по международному развитию) оставляет пробелы в Центральной Азии, прежде всего в Кыргызстане и Таджикистане, где агентство долгие годы финансировало работу в сфере образования и здравоохранения.' },
        sources: [S.bourseUsaidCuts],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID, which ran the Regional Water and Vulnerable Environment activity, formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.', ru: 'USAID (Агентство США по международному развитию), которое вело региональную программу WAVE, официально прекратило реализацию иностранной помощи; сохраненные программы переданы Государственному департаменту.' },
        sources: [S.spotlightUsaidEnds],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s5',
    sentenceId: 'energy-climate-2.s5',
    title: { en: 'Support glacier preservation', ru: 'Поддерживать сохранение ледников' },
    by: 'all',
    theme: 'climate-water',
    concerns: { states: ['TJK'] },
    statuses: [step('2025-05-29', 'in-progress', { en: 'Only one signatory’s own step is on record: Tajikistan hosted a UN glaciers conference in 2025, its own initiative with UN partners. No U.S. or joint C5+1 step on glaciers was found.', ru: 'Зафиксирован собственный шаг лишь одной подписавшей стороны: в 2025 году Таджикистан провел конференцию ООН по ледникам — свою собственную инициативу, осуществленную с партнерами из ООН. Шагов США или совместных шагов C5+1 по ледникам не найдено.' })],
    events: [
      {
        date: '2025-05-29',
        summary: { en: 'Tajikistan, one of the six signatories, hosted in Dushanbe a high-level UN conference on glaciers’ preservation, a Tajik initiative run with UN agencies; the sources give no U.S. or C5+1 part in it.', ru: 'Таджикистан, одна из шести подписавших сторон, провел в Душанбе конференцию ООН высокого уровня по сохранению ледников — таджикскую инициативу, осуществленную вместе с учреждениями ООН; участия США или C5+1 в ней источники не указывают.' },
        sources: [S.wmoGlaciers],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-2.s5-b',
    sentenceId: 'energy-climate-2.s5',
    title: { en: 'Increase capacity for community adaptation', ru: 'Наращивать потенциал местных сообществ в области адаптации' },
    by: 'all',
    theme: 'climate-water',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no dated C5+1 or U.S. step on community adaptation capacity in the region since the summit.', ru: 'Поиск не выявил после саммита датированных шагов C5+1 или США по наращиванию потенциала местных сообществ в области адаптации в регионе.' })],
    events: [],
    checked,
  },
];
