// Follow-through of the commitments on the C5+1 format itself, governance and rights.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-12-07';

export const GOVERNANCE_PARTNERSHIP: CommitmentDef[] = [
  {
    id: 'resilience-1.s4',
    sentenceId: 'resilience-1.s4',
    title: { en: 'Enhance the partnership through the C5+1 platform', ru: 'Укреплять партнерство через платформу C5+1' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: { programmes: ['c5plus1-platform', 'c5plus1-secretariat'] },
    statuses: [
      step('2024-09-27', 'in-progress', { en: 'The foreign ministers met in the C5+1 format in 2024; the platform is open-ended.', ru: 'В 2024 году министры иностранных дел встретились в формате C5+1; работа платформы не ограничена сроком.' }),
      step('2025-11-06', 'in-progress', { en: 'Ministers (2024), the Secretariat (2025) and a second presidential summit (November 2025) met; the platform is open-ended.', ru: 'Состоялись встречи министров (2024) и Секретариата (2025), а также второй саммит президентов (ноябрь 2025 года); работа платформы не ограничена сроком.' }),
      step('2026-02-04', 'in-progress', { en: 'After the 2025 summit the platform’s business forum met again in February 2026; the platform is open-ended.', ru: 'После саммита 2025 года деловой форум платформы вновь собрался в феврале 2026 года; работа платформы не ограничена сроком.' }),
    ],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'The foreign ministers met in the C5+1 format during the 79th UN General Assembly and reviewed progress since the New York summit.', ru: 'Министры иностранных дел встретились в формате C5+1 в ходе 79-й сессии Генеральной Ассамблеи ООН и рассмотрели продвижение, достигнутое после саммита в Нью-Йорке.' },
        sources: [S.unga79],
      },
      {
        date: '2025-09-05',
        summary: { en: 'Officials of the six met in Dushanbe in the C5+1 Secretariat to prepare the format’s tenth anniversary.', ru: 'Официальные представители шести стран встретились в Душанбе в рамках Секретариата C5+1, чтобы подготовиться к десятилетию формата.' },
        sources: [S.trendSecretariat2025],
      },
      {
        date: '2025-11-06',
        summary: { en: 'The six presidents met at the White House for the second C5+1 summit and adopted a joint statement for the format’s tenth anniversary.', ru: 'Шесть президентов встретились в Белом доме на втором саммите C5+1 и приняли совместное заявление к десятилетию формата.' },
        sources: [S.ncaSummit2025Statement],
      },
      {
        date: '2026-02-04',
        summary: { en: 'The business side of the platform, the B5+1 Forum, met for the second time, in Bishkek, with the U.S. special envoy for the region.', ru: 'Форум B5+1, деловая составляющая платформы, собрался во второй раз — в Бишкеке, с участием специального посланника США по региону.' },
        sources: [S.kg24B5Bishkek, S.rferlB5Bishkek],
      },
    ],
    checked,
  },
  {
    id: 'people-1.s2',
    sentenceId: 'people-1.s2',
    title: { en: 'Promote the rule of law and democratic governance', ru: 'Содействовать верховенству права и демократическому управлению' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no dated C5+1 step on the rule of law or democratic governance since the summit.', ru: 'Поиск не выявил ни одного датированного шага C5+1 в области верховенства права или демократического управления после саммита.' })],
    events: [],
    checked,
  },
  {
    id: 'people-1.s6',
    sentenceId: 'people-1.s6',
    title: { en: 'Protect human rights, including of women, children and persons with disabilities', ru: 'Защищать права человека, в том числе права женщин, детей и лиц с инвалидностью' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: {},
    statuses: [step('2023-10-24', 'in-progress', { en: 'The commitment was restated in 2023 and a C5+1 session on disability rights was held by 2024.', ru: 'Обязательство было подтверждено в 2023 году, а к 2024 году состоялась сессия C5+1 по правам лиц с инвалидностью.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'The Samarkand ministerial’s joint statement restated the commitment to the rights of women, children and persons with disabilities.', ru: 'Совместное заявление министерской встречи в Самарканде подтвердило обязательство в отношении прав женщин, детей и лиц с инвалидностью.' },
        sources: [S.usaidSamarkand],
      },
      {
        date: '2024-09-27',
        summary: { en: 'The C5+1 foreign ministers’ meeting in New York listed a first C5+1 special session on disability rights among the results since the summit.', ru: 'На встрече министров иностранных дел C5+1 в Нью-Йорке первая специальная сессия C5+1 по правам лиц с инвалидностью была названа в числе результатов, достигнутых после саммита.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'new-atmosphere-1.s1',
    sentenceId: 'new-atmosphere-1.s1',
    title: { en: 'Strengthen cooperation through regular dialogue and joint action', ru: 'Укреплять сотрудничество посредством регулярного диалога и совместных действий' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: { programmes: ['c5plus1-platform'] },
    statuses: [
      step('2024-09-27', 'in-progress', { en: 'The foreign ministers met in 2024; the joint actions are tracked under the other commitments.', ru: 'В 2024 году встретились министры иностранных дел; совместные действия отслеживаются в рамках других обязательств.' }),
      step('2025-11-06', 'in-progress', { en: 'Dialogue continued up to a second presidential summit in November 2025; the joint actions are tracked under the other commitments.', ru: 'Диалог продолжался вплоть до второго саммита президентов в ноябре 2025 года; совместные действия отслеживаются в рамках других обязательств.' }),
      step('2026-02-04', 'in-progress', { en: 'Dialogue continued through a second business forum in February 2026; the joint actions are tracked under the other commitments.', ru: 'Диалог продолжался вплоть до второго делового форума в феврале 2026 года; совместные действия отслеживаются в рамках других обязательств.' }),
    ],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'The C5+1 foreign ministers met during the 79th UN General Assembly.', ru: 'Министры иностранных дел C5+1 встретились в ходе 79-й сессии Генеральной Ассамблеи ООН.' },
        sources: [S.unga79],
      },
      {
        date: '2025-11-06',
        summary: { en: 'The second C5+1 presidential summit met in Washington and adopted a joint statement.', ru: 'В Вашингтоне состоялся второй саммит президентов C5+1, по итогам которого было принято совместное заявление.' },
        sources: [S.ncaSummit2025Statement],
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek.', ru: 'В Бишкеке прошел второй форум B5+1.' },
        sources: [S.kg24B5Bishkek, S.rferlB5Bishkek],
      },
    ],
    checked,
  },
  {
    id: 'new-atmosphere-2.s2',
    sentenceId: 'new-atmosphere-2.s2',
    title: { en: 'Teams to meet regularly, bilaterally and collectively', ru: 'Регулярные встречи команд в двустороннем и коллективном формате' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: { programmes: ['c5plus1-secretariat'] },
    statuses: [step('2025-09-05', 'in-progress', { en: 'Working meetings of the Secretariat are on record; their frequency is not.', ru: 'Рабочие встречи Секретариата зафиксированы, а их периодичность — нет.' })],
    events: [
      {
        date: '2025-09-05',
        summary: { en: 'Foreign-ministry officials of the five states and the State Department met in Dushanbe in the C5+1 Secretariat.', ru: 'Представители министерств иностранных дел пяти государств и Госдепартамента встретились в Душанбе в рамках Секретариата C5+1.' },
        sources: [S.trendSecretariat2025],
      },
    ],
    checked,
  },
  {
    id: 'new-atmosphere-2.s2-b',
    sentenceId: 'new-atmosphere-2.s2',
    title: { en: 'Continue C5+1 ministerial meetings on trade, energy, climate and security', ru: 'Продолжать министерские встречи C5+1 по торговле, энергетике, климату и безопасности' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: { programmes: ['c5plus1-ministerial-meetings', 'usaid-c5plus1-connectivity-ministerial'] },
    statuses: [step('2023-10-24', 'in-progress', { en: 'A connectivity ministerial and a foreign ministers’ meeting were held; no energy, climate or security ministerial was found.', ru: 'Состоялись министерская встреча по взаимосвязанности и встреча министров иностранных дел; министерских встреч по энергетике, климату или безопасности не найдено.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'The C5+1 Regional Connectivity Ministerial met in Samarkand on trade, energy and connectivity.', ru: 'В Самарканде прошла министерская встреча C5+1 по региональной взаимосвязанности, посвященная торговле, энергетике и взаимосвязанности.' },
        sources: [S.usaidSamarkand],
      },
      {
        date: '2024-09-27',
        summary: { en: 'The C5+1 foreign ministers met during the 79th UN General Assembly.', ru: 'Министры иностранных дел C5+1 встретились в ходе 79-й сессии Генеральной Ассамблеи ООН.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'new-atmosphere-2.s3',
    sentenceId: 'new-atmosphere-2.s3',
    title: { en: 'Maintain a high-level dialogue', ru: 'Поддерживать диалог на высоком уровне' },
    by: 'all',
    theme: 'governance-partnership',
    concerns: {},
    statuses: [step('2025-11-06', 'in-progress', { en: 'A second presidential summit met in November 2025; the dialogue is open-ended.', ru: 'В ноябре 2025 года состоялся второй саммит президентов; диалог не ограничен сроком.' })],
    events: [
      {
        date: '2025-11-06',
        summary: { en: 'The U.S. President hosted the five Central Asian presidents at the White House for the C5+1’s tenth anniversary.', ru: 'Президент США принял в Белом доме пятерых президентов стран Центральной Азии по случаю десятилетия C5+1.' },
        sources: [S.ncaSummit2025Statement],
      },
    ],
    checked,
  },
];
