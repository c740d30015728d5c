// The sources cited for programme facts, as FACTS.md records them (domain and path made into https URLs).
import type { Source } from '../../data/types';

export const SOURCES = {
  commonspace: { title: 'commonspace.eu', url: 'https://commonspace.eu' },
  govconexecSummit: {
    title: 'GovCon Executive, September 2023: C5+1 leaders hold inaugural presidential summit',
    url: 'https://govconexec.com/2023/09/c51-leaders-hold-inaugural-presidential-summit',
  },
  gazetaB5plus1: { title: 'Gazeta.uz, 16 November 2023', url: 'https://gazeta.uz/en/2023/11/16' },
  statePgi: { title: 'U.S. Department of State: Special Presidential Coordinator for PGI', url: 'https://state.gov' },
  crsDfc: { title: 'Congressional Research Service, report R45461 (EveryCRSReport.com)', url: 'https://everycrsreport.com/reports/R45461.html' },
  exim: { title: 'Export-Import Bank of the United States', url: 'https://exim.gov' },
  usaidConnectivityMinisterial: {
    title: 'USAID: joint statement on the C5+1 Connectivity Ministerial, 30 October 2023',
    url: 'https://usaid.gov',
  },
  bneEbrd: { title: 'bne IntelliNews (see also European Commission document COM(2024)42)', url: 'https://bne.eu' },
  asianPower: { title: 'Asian Power', url: 'https://asian-power.com' },
  orientMinerals: { title: 'Orient (orient.tm), post 74250', url: 'https://orient.tm/en/post/74250' },
  usaidCentralAsiaFactSheets: {
    title: 'USAID Central Asia regional fact sheets',
    url: 'https://usaid.gov/central-asia-regional/fact-sheets',
  },
} satisfies Record<string, Source>;
