// The sources cited for programme facts: each an article (a URL with a path), never a home page.
import type { Source } from '../../data/types';

export const SOURCES = {
  tashkentTimesC5plus1: {
    title: 'Tashkent Times: US Secretary of State and Central Asian foreign ministers to meet (the C5+1 format was established in 2015)',
    url: 'https://tashkenttimes.uz/world/250-us-state-secretary-and-central-asian-foreign-ministers-to-meet-in-hamburg',
  },
  govconexecSummit: {
    title: 'GovCon Executive, September 2023: C5+1 leaders hold inaugural presidential summit',
    url: 'https://govconexec.com/2023/09/c51-leaders-hold-inaugural-presidential-summit',
  },
  gazetaB5plus1: {
    title: 'Gazeta.uz (16 Nov 2023): US and Central Asian countries launch B5+1 business platform',
    url: 'https://www.gazeta.uz/en/2023/11/16/us-and-central-asian-countries-launch-b5-plus-1-business-platform/',
  },
  caspianPolicyB5plus1: {
    title: 'Caspian Policy Center (27 Mar 2024): B5+1 Forum held in Almaty',
    url: 'https://www.caspianpolicy.org/research/central-asia/b51-forum-held-in-almaty-cpc-board-member-reports-back-on-the-milestone-event',
  },
  statePgi: {
    title: 'U.S. Department of State: about the Office of the Special Presidential Coordinator for PGI',
    url: 'https://www.state.gov/about-us-office-of-the-u-s-special-presidential-coordinator-for-the-partnership-for-global-infrastructure-and-investment/',
  },
  crsDfc: { title: 'Congressional Research Service, report R45461 (EveryCRSReport.com)', url: 'https://everycrsreport.com/reports/R45461.html' },
  wikiExim: {
    title: 'Wikipedia: Export–Import Bank of the United States',
    url: 'https://en.wikipedia.org/wiki/Export%E2%80%93Import_Bank_of_the_United_States',
  },
  usaidConnectivityMinisterial: {
    title: 'USAID: joint statement on the C5+1 Regional Connectivity Ministerial in Samarkand, 30 October 2023',
    url: 'https://www.usaid.gov/news-information/press-releases/oct-30-2023-joint-statement-c5-1-regional-connectivity-ministerial-samarkand',
  },
  asiaPlusConnectivityMinisterial: {
    title: 'Asia-Plus (25 Oct 2023): the first C5+1 ministerial meeting on regional connectivity held in Samarkand',
    url: 'https://asiaplustj.info/en/news/centralasia/20231025/the-first-c51-ministerial-meeting-on-regional-connectivity-in-central-asia-held-in-samarkand',
  },
  bneEbrd: {
    title: 'bne IntelliNews (15 Nov 2023): EBRD plans €4bn capital increase to hike Ukraine funding',
    url: 'https://bne.eu/ebrd-plans-4bn-capital-increase-to-hike-ukraine-funding-301386',
  },
  euMonitorEbrd: {
    title: 'EU Monitor: considerations on COM(2024)42 (the EBRD governors’ capital increase of 15 December 2023)',
    url: 'https://www.eumonitor.eu/9353000/1/j4nvhdlglbmvdzx_j9vvik7m1c3gyxp/vma3gbgih4zm',
  },
  asianPower: {
    title: 'Asian Power: USAID provides over $1.4m energy equipment to Central Asia (Power Central Asia, $39m over five years)',
    url: 'https://asian-power.com/project/news/usaid-provides-over-14m-energy-equipment-central-asia',
  },
  orientMinerals: { title: 'Orient (orient.tm), post 74250', url: 'https://orient.tm/en/post/74250' },
  usaidRegionalWaterFactSheet: {
    title: 'USAID fact sheet: Regional Water and Vulnerable Environment Activity (2020–2025, $21.5 million)',
    url: 'https://www.usaid.gov/central-asia-regional/fact-sheets/usaid-regional-water-and-vulnerable-environment-activity',
  },
  ncaRegionalWater: {
    title: 'nCa (5 Oct 2020): USAID launches new water program for Central Asia ($24.5 million)',
    url: 'https://newscentralasia.net/2020/10/05/usaid-launches-new-water-program-for-central-asia',
  },
} satisfies Record<string, Source>;
