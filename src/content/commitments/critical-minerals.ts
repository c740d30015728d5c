// Follow-through of the critical minerals commitment.
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';

const checked = '2026-12-07';

export const CRITICAL_MINERALS: CommitmentDef[] = [
  {
    id: 'energy-climate-1.s7',
    sentenceId: 'energy-climate-1.s7',
    title: { en: 'Launch a C5+1 Critical Minerals Dialogue', ru: 'Запустить Диалог C5+1 по критически важным минералам' },
    by: 'all',
    theme: 'critical-minerals',
    concerns: { programmes: ['c5plus1-critical-minerals-dialogue'], states: ['KAZ'] },
    statuses: [
      step('2024-02-08', 'done', { en: 'The Dialogue was launched: its first meeting was held at the State Department in February 2024.', ru: 'Диалог запущен: его первая встреча прошла в Государственном департаменте США в феврале 2024 года.' }),
      step('2025-11-06', 'done', { en: 'Launched in February 2024 and reaffirmed at the 2025 summit, where the U.S. and Kazakhstan signed a minerals memorandum and a tungsten venture was announced with an EXIM letter of interest.', ru: 'Запущен в феврале 2024 года и подтвержден на саммите 2025 года, где США и Казахстан подписали меморандум о минералах, а также было объявлено о вольфрамовом проекте с письмом о заинтересованности от Экспортно-импортного банка США (EXIM).' }),
      step('2026-02', 'done', { en: 'Launched in February 2024 and reaffirmed in 2025; Kazakhstan (November 2025) and Uzbekistan (February 2026) have each signed a minerals memorandum with the U.S.', ru: 'Запущен в феврале 2024 года и подтвержден в 2025 году; Казахстан (ноябрь 2025 года) и Узбекистан (февраль 2026 года) подписали каждый свой меморандум о минералах с США.' }),
    ],
    events: [
      {
        date: '2024-02-08',
        summary: { en: 'The State Department hosted the first meeting of the C5+1 Critical Minerals Dialogue with senior officials of the five states.', ru: 'Государственный департамент США провел у себя первую встречу Диалога C5+1 по критически важным минералам с участием высокопоставленных представителей пяти государств.' },
        sources: [S.timescaCmd, S.businessTmCmd],
      },
      {
        date: '2025-11-06',
        summary: { en: 'At the Washington summit the six reaffirmed the Dialogue in their joint statement.', ru: 'На саммите в Вашингтоне шесть стран подтвердили Диалог в своем совместном заявлении.' },
        sources: [S.ncaSummit2025Statement],
      },
      {
        date: '2025-11-06',
        summary: { en: 'Kazakhstan’s industry minister and the U.S. commerce secretary signed a memorandum of understanding on critical minerals in Washington.', ru: 'Министр промышленности Казахстана и министр торговли США подписали в Вашингтоне меморандум о взаимопонимании по критически важным минералам.' },
        sources: [S.qazinformKzUsMou, S.astanaTimesKzUsMou],
      },
      {
        date: '2025-11-06',
        summary: { en: 'A Cove Capital – Tau-Ken Samruk tungsten joint venture (70/30, about $1.1 billion) was announced, with an EXIM letter of interest for up to $900 million.', ru: 'Объявлено о вольфрамовом совместном предприятии Cove Capital – «Тау-Кен Самрук» (70/30, около 1,1 млрд долларов) и о письме о заинтересованности Экспортно-импортного банка США (EXIM) на сумму до 900 млн долларов.' },
        sources: [S.reutersCoveTungsten],
        announced: true,
      },
      {
        date: '2026-02',
        summary: { en: 'Uzbekistan’s foreign minister and the U.S. deputy secretary of state signed a memorandum on critical minerals and rare earths at a State Department ministerial.', ru: 'Министр иностранных дел Узбекистана и заместитель государственного секретаря США подписали меморандум о критически важных минералах и редкоземельных элементах на министерской встрече в Государственном департаменте.' },
        sources: [S.kunUzUsMinerals],
      },
      {
        date: '2026-03',
        summary: { en: 'Qazinform reported that Tau-Ken Samruk and Cove had signed the share purchase and shareholders’ agreements for the tungsten venture; the report does not give the signing date.', ru: '«Казинформ» сообщил, что «Тау-Кен Самрук» и Cove подписали договор купли-продажи акций и соглашение акционеров по вольфрамовому проекту; дата подписания в сообщении не указана.' },
        sources: [S.qazinformTungsten2026],
      },
    ],
    checked,
  },
];
