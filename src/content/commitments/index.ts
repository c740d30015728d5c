// Every commitment's follow-through, one file per theme, in one list.
import { CLIMATE_WATER } from './climate-water';
import { CRITICAL_MINERALS } from './critical-minerals';
import { ENERGY } from './energy';
import { GOVERNANCE_PARTNERSHIP } from './governance-partnership';
import { PEOPLE_EDUCATION } from './people-education';
import { SECURITY } from './security';
import { TRADE_TRANSPORT } from './trade-transport';
import type { CommitmentDef } from './types';

export const COMMITMENT_DEFS: CommitmentDef[] = [
  ...GOVERNANCE_PARTNERSHIP,
  ...SECURITY,
  ...TRADE_TRANSPORT,
  ...PEOPLE_EDUCATION,
  ...ENERGY,
  ...CRITICAL_MINERALS,
  ...CLIMATE_WATER,
];
