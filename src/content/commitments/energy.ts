// Follow-through of the energy commitments (section "Enhancing Energy Security and Combating the Effects of Climate Change").
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';

const checked = '2026-11-28';

export const ENERGY: CommitmentDef[] = [
  {
    id: 'energy-climate-1.s1',
    sentenceId: 'energy-climate-1.s1',
    title: { en: 'Integrate regional energy systems and open new export routes' },
    by: 'all',
    theme: 'energy',
    concerns: { routes: ['casa-1000', 'tapi-pipeline'], states: ['KGZ', 'TJK', 'TKM'] },
    statuses: [step('2024-02-23', 'in-progress', { en: 'Work on the Afghan sections of CASA-1000 and TAPI restarted; neither line carries power or gas yet.' })],
    events: [
      {
        date: '2024-02-23',
        summary: { en: 'The World Bank agreed to resume CASA-1000 in Afghanistan, ring-fenced from the de facto authorities, at the request of Kyrgyzstan, Tajikistan and Pakistan.' },
        sources: [S.worldBankCasa, S.urdupointCasa],
      },
      {
        date: '2024-09-11',
        summary: { en: 'Construction of TAPI’s Afghan section, from the Turkmen border toward Herat, was launched at a ceremony attended by Turkmenistan’s leaders.' },
        sources: [S.economyPkTapi, S.pajhwokTapi],
      },
      {
        date: '2025-03',
        summary: { en: 'The presidents of Tajikistan and Kyrgyzstan inaugurated CASA-1000’s 500 kV Datka–Sughd line in Khujand.' },
        sources: [S.afintlCasa],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-1.s2',
    sentenceId: 'energy-climate-1.s2',
    title: { en: 'Redouble efforts on clean energy, methane, hydropower and efficiency' },
    by: 'all',
    theme: 'energy',
    concerns: { states: ['TKM'] },
    statuses: [step('2023-12-01', 'in-progress', { en: 'Turkmenistan joined the Global Methane Pledge; no joint C5+1 financing step was found.' })],
    events: [
      {
        date: '2023-12-01',
        summary: { en: 'At COP28 Turkmenistan announced that it had joined the Global Methane Pledge, noting its work with USAID on methane reduction.' },
        sources: [S.methanePledge],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-1.s3',
    sentenceId: 'energy-climate-1.s3',
    title: { en: 'Clean energy trade through USAID Power Central Asia' },
    by: 'all',
    theme: 'energy',
    concerns: { programmes: ['usaid-power-central-asia', 'usaid'] },
    statuses: [step('2024-01', 'in-progress', { en: 'Equipment was delivered in early 2024; the sources found do not say whether the programme survived the 2025 cuts to USAID.' })],
    events: [
      {
        date: '2024-01',
        summary: { en: 'Under Power Central Asia, USAID handed $1.4 million of grid-management equipment and software to the regional dispatch centre in Tashkent.' },
        sources: [S.asianPowerPca, S.pravdaPca],
      },
      {
        date: '2025-03',
        summary: { en: 'Most U.S. assistance grants to the region were reported cancelled in the review of USAID programmes.' },
        sources: [S.euroasiaUsaidCuts],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-1.s4',
    sentenceId: 'energy-climate-1.s4',
    title: { en: 'Deepen cooperation on clean energy, possibly nuclear fuel supply' },
    by: 'all',
    theme: 'energy',
    concerns: { states: ['KAZ'] },
    statuses: [step('2025-09-16', 'in-progress', { en: 'Civil nuclear cooperation was reaffirmed in 2025; no nuclear fuel supply arrangement was found.' })],
    events: [
      {
        date: '2025-09-16',
        summary: { en: 'Kazakhstan and the U.S. signed a joint statement on nuclear security cooperation, including reducing the use of highly enriched uranium.' },
        sources: [S.qazinformNuclear],
      },
      {
        date: '2025-11-06',
        summary: { en: 'The C5+1 joint statement of the Washington summit committed the six to cooperation on energy diversification and civil nuclear development.' },
        sources: [S.ncaSummit2025Statement],
      },
    ],
    checked,
  },
];
