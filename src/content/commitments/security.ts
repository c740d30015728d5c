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
    title: { en: 'Strengthen security cooperation', ru: 'Укрепить сотрудничество в сфере безопасности' },
    by: 'all',
    theme: 'security',
    concerns: { programmes: ['c5plus1-working-groups'] },
    statuses: [step('2024-09-27', 'in-progress', { en: 'Discussed again at the ministerial level in 2024; no joint security programme was found on the public record.', ru: 'В 2024 году вопрос вновь обсуждался на уровне министров; совместной программы в сфере безопасности в публичных источниках не найдено.' })],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'At their C5+1 meeting during the 79th UN General Assembly, the foreign ministers discussed steps to strengthen regional security cooperation.', ru: 'На встрече в формате C5+1 в ходе 79-й сессии Генеральной Ассамблеи ООН министры иностранных дел обсудили шаги по укреплению регионального сотрудничества в сфере безопасности.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s2',
    sentenceId: 'security-1.s2',
    title: { en: 'Cooperate on defence, law enforcement and counterterrorism', ru: 'Сотрудничать в области обороны, правоохранительной деятельности и борьбы с терроризмом' },
    by: 'all',
    theme: 'security',
    concerns: {},
    statuses: [step('2024-09-27', 'in-progress', { en: 'Only discussed again at the ministerial level in 2024; no joint C5+1 programme on defence, law enforcement or counterterrorism was found.', ru: 'В 2024 году тема лишь вновь обсуждалась на уровне министров; совместной программы C5+1 в области обороны, правоохранительной деятельности или борьбы с терроризмом не найдено.' })],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'Meeting during the 79th UN General Assembly, the C5+1 foreign ministers spoke of the need to step up joint work against terrorism, extremism, drug trafficking and cybercrime.', ru: 'Министры иностранных дел C5+1, встретившись в ходе 79-й сессии Генеральной Ассамблеи ООН, говорили о необходимости активизировать совместную работу против терроризма, экстремизма, наркотрафика и киберпреступности.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s3',
    sentenceId: 'security-1.s3',
    title: { en: 'Share information, secure borders and counter radicalization', ru: 'Обмениваться информацией, обеспечивать безопасность границ и противодействовать радикализации' },
    by: 'all',
    theme: 'security',
    concerns: {},
    statuses: [step('2024-09-27', 'in-progress', { en: 'Only discussed again at the ministerial level in 2024; no joint step on information sharing, border security or migration was found.', ru: 'В 2024 году тема лишь вновь обсуждалась на уровне министров; совместных шагов по обмену информацией, безопасности границ или миграции не найдено.' })],
    events: [
      {
        date: '2024-09-27',
        summary: { en: 'The C5+1 foreign ministers, meeting in New York, called for more coordinated joint efforts against radicalization and transnational crime.', ru: 'Министры иностранных дел C5+1 на встрече в Нью-Йорке призвали к более скоординированным совместным усилиям против радикализации и транснациональной преступности.' },
        sources: [S.unga79],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s3-b',
    sentenceId: 'security-1.s3',
    title: { en: 'Support repatriation of nationals from northeast Syria', ru: 'Содействовать репатриации граждан с северо-востока Сирии' },
    by: 'all',
    theme: 'security',
    concerns: { states: ['KGZ'] },
    statuses: [step('2023-10-24', 'in-progress', { en: 'Kyrgyzstan kept bringing citizens home from the camps with U.S. support; no record was found for the other states since the summit.', ru: 'Кыргызстан при поддержке США продолжал возвращать граждан из лагерей; сведений о других государствах после саммита не найдено.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'The U.S. State Department welcomed Kyrgyzstan’s return of 83 women and children from the al-Hol camp, its third such operation that year, which the U.S. supported.', ru: 'Государственный департамент США приветствовал возвращение Кыргызстаном 83 женщин и детей из лагеря «Аль-Холь» — третью подобную операцию страны в том году, проведенную при поддержке США.' },
        sources: [S.centralChronicleKgz],
      },
      {
        date: '2024-07-19',
        summary: { en: 'Kyrgyzstan’s foreign ministry said 8 women and 14 children had returned from camps in northeast Syria, with help from the United States, UNICEF and others.', ru: 'МИД Кыргызстана сообщил, что из лагерей на северо-востоке Сирии при содействии Соединенных Штатов, ЮНИСЕФ и других вернулись 8 женщин и 14 детей.' },
        sources: [S.daryoKgzRepatriation],
      },
    ],
    checked,
  },
  {
    id: 'security-1.s4',
    sentenceId: 'security-1.s4',
    title: { en: 'U.S. to prioritize security assistance to Central Asia', ru: 'США — уделять приоритетное внимание помощи Центральной Азии в сфере безопасности' },
    by: ['USA'],
    theme: 'security',
    concerns: {},
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no public record specific to U.S. security assistance to the region since the summit; the 2025 cuts to USAID are recorded under the USAID commitments.', ru: 'Поиск не выявил после саммита публичных сведений, касающихся именно помощи США региону в сфере безопасности; сокращения USAID (Агентства США по международному развитию) в 2025 году отражены в обязательствах, связанных с USAID.' })],
    events: [],
    checked,
  },
  {
    id: 'security-1.s7',
    sentenceId: 'security-1.s7',
    title: { en: 'Support recognizing Central Asia as a zone of peace', ru: 'Поддержать признание Центральной Азии зоной мира' },
    by: 'all',
    theme: 'security',
    concerns: { states: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] },
    statuses: [step('2024-10-24', 'done', { en: 'The UN General Assembly adopted the resolution by consensus in October 2024.', ru: 'Генеральная Ассамблея ООН приняла резолюцию консенсусом в октябре 2024 года.' })],
    events: [
      {
        date: '2024-10-24',
        summary: { en: 'The UN General Assembly adopted by consensus the resolution “Zone of Peace, Trust and Cooperation of Central Asia”, tabled by Turkmenistan for the five states.', ru: 'Генеральная Ассамблея ООН консенсусом приняла резолюцию «Зона мира, доверия и сотрудничества Центральной Азии», внесенную Туркменистаном от имени пяти государств.' },
        sources: [S.mfaTmZoneOfPeace, S.asiaPlusZoneOfPeace],
      },
    ],
    checked,
  },
];
