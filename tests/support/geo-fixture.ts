// A small hand-made geography for the link tests, so they do not depend on the generated public/geo files.
// Neighbours are the real land borders; route countries follow FACTS.md's node lists.
import type { GeoInput } from '../../src/content/types';

export const GEO_FIXTURE: GeoInput = {
  states: [
    { id: 'KAZ', name: 'Kazakhstan', neighbours: ['RUS', 'CHN', 'KGZ', 'UZB', 'TKM'] },
    { id: 'KGZ', name: 'Kyrgyzstan', neighbours: ['KAZ', 'CHN', 'TJK', 'UZB'] },
    { id: 'TJK', name: 'Tajikistan', neighbours: ['KGZ', 'CHN', 'AFG', 'UZB'] },
    { id: 'TKM', name: 'Turkmenistan', neighbours: ['KAZ', 'UZB', 'AFG', 'IRN'] },
    { id: 'UZB', name: 'Uzbekistan', neighbours: ['KAZ', 'KGZ', 'TJK', 'AFG', 'TKM'] },
    { id: 'AFG', name: 'Afghanistan', neighbours: ['TKM', 'UZB', 'TJK', 'CHN', 'PAK', 'IRN'] },
    { id: 'CHN', name: 'China', neighbours: ['KAZ', 'KGZ', 'TJK', 'AFG', 'PAK', 'IND', 'RUS'] },
    { id: 'PAK', name: 'Pakistan', neighbours: ['AFG', 'CHN', 'IND', 'IRN'] },
    { id: 'IRN', name: 'Iran', neighbours: ['TKM', 'AFG', 'PAK', 'AZE', 'TUR'] },
    { id: 'AZE', name: 'Azerbaijan', neighbours: ['GEO', 'IRN', 'RUS', 'TUR'] },
    { id: 'GEO', name: 'Georgia', neighbours: ['AZE', 'TUR', 'RUS'] },
    { id: 'TUR', name: 'Turkey', neighbours: ['GEO', 'AZE', 'IRN', 'SYR'] },
    { id: 'SYR', name: 'Syria', neighbours: ['TUR'] },
    { id: 'RUS', name: 'Russia', neighbours: ['KAZ', 'CHN', 'AZE', 'GEO'] },
    { id: 'IND', name: 'India', neighbours: ['PAK', 'CHN'] },
  ],
  routes: [
    { id: 'middle-corridor-core', name: { en: 'Middle Corridor (core)' }, group: 'middle-corridor', modes: ['rail', 'sea'], countries: ['KAZ', 'AZE', 'GEO'] },
    { id: 'baku-tbilisi-kars', name: { en: 'Baku–Tbilisi–Kars railway' }, group: 'middle-corridor', modes: ['rail'], countries: ['AZE', 'GEO', 'TUR'] },
    { id: 'middle-corridor-southern-branch', name: { en: 'Middle Corridor (southern branch)' }, group: 'middle-corridor', modes: ['road', 'rail', 'sea'], countries: ['CHN', 'KGZ', 'UZB', 'TKM', 'AZE', 'GEO', 'TUR'] },
    { id: 'termez-mazar-railway', name: { en: 'Termez–Mazar-i-Sharif railway' }, group: 'south-asia', modes: ['rail'], countries: ['UZB', 'AFG'] },
    { id: 'casa-1000', name: { en: 'CASA-1000' }, group: 'south-asia', modes: ['power-line'], countries: ['KGZ', 'TJK', 'AFG', 'PAK'] },
    { id: 'tapi-pipeline', name: { en: 'TAPI gas pipeline' }, group: 'south-asia', modes: ['gas-pipeline'], countries: ['TKM', 'AFG', 'PAK', 'IND'] },
  ],
};
