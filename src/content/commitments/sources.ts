// The articles the follow-through cites, each once, named by title and full URL. Found with a search of
// stored public pages; what they say is summarised in the data files, in our own words.
import type { EventSource } from './types';

export const S = {
  usaidSamarkand: {
    title: 'USAID: Joint statement on the C5+1 Regional Connectivity Ministerial in Samarkand',
    url: 'https://www.usaid.gov/news-information/press-releases/oct-30-2023-joint-statement-c5-1-regional-connectivity-ministerial-samarkand',
    published: '2023-10-30',
  },
  diplomatSamarkand: {
    title: 'The Diplomat: In Samarkand, USAID head Power announces new funds for Central Asia',
    url: 'https://thediplomat.com/2023/10/in-samarkand-usaid-head-power-announces-new-funds-for-central-asia',
    published: '2023-10',
  },
  usaidUzbEducation: {
    title: 'USAID: Administrator Samantha Power announces new initiative to support education in Uzbekistan',
    url: 'https://www.usaid.gov/news-information/press-releases/oct-23-2023-administrator-samantha-power-announces-new-initiative-support-education-uzbekistan',
    published: '2023-10-23',
  },
  gazetaB5: {
    title: 'Gazeta.uz: US and Central Asian countries launch B5+1 business platform',
    url: 'https://www.gazeta.uz/en/2023/11/16/us-and-central-asian-countries-launch-b5-plus-1-business-platform/',
    published: '2023-11-16',
  },
  cpcB5Almaty: {
    title: 'Caspian Policy Center: B5+1 Forum held in Almaty',
    url: 'https://www.caspianpolicy.org/research/central-asia/b51-forum-held-in-almaty-cpc-board-member-reports-back-on-the-milestone-event',
    published: '2024-03-27',
  },
  avimB5: {
    title: 'AVIM: The B5+1 Forum and the greater Central Asia',
    url: 'https://www.avim.org.tr/en/Yorum/THE-B5-1-FORUM-AND-THE-GREATER-CENTRAL-ASIA',
    published: '2024',
  },
  rferlB5Bishkek: {
    title: 'RFE/RL: Bishkek hosts B5+1 Forum as Central Asia eyes stronger economic ties with US',
    url: 'https://www.rferl.org/a/bishkek-hosts-b5-1-forum-as-central-asia-eyes-stronger-economic-ties-with-us/33669433.html',
    published: '2026-02',
  },
  caspianPostB5Bishkek: {
    title: 'Caspian Post (republishing Eurasianet): US–Central Asian business forum gives boost to formation of resilient supply chains',
    url: 'https://caspianpost.com/analytics/us-central-asian-business-forum-gives-boost-to-formation-of-resilient-supply-chains',
    published: '2026-02',
  },
  timescaCmd: {
    title: 'The Times of Central Asia: US and Central Asian countries launch C5+1 Critical Minerals Dialog',
    url: 'https://timesca.com/us-and-central-asian-countries-launch-c51-critical-minerals-dialog',
    published: '2024-02',
  },
  businessTmCmd: {
    title: 'Business Turkmenistan: C5+1 launches inaugural Critical Minerals Dialogue',
    url: 'https://business.com.tm/post/11395/c51-launches-inaugural-critical-minerals-dialogue',
    published: '2024-02',
  },
  unga79: {
    title: 'Azon Global (from Uzbekistan’s foreign ministry): A meeting in the C5+1 format was held between the Central Asian countries and the USA',
    url: 'https://azon.global/en/posts/Turkish-World/a-meeting-in-the-c51-format-was-held-between-the-central-asian-countries-and-the-usa',
    published: '2024-09',
  },
  ncaWaveAshgabat: {
    title: 'nCa: Ashgabat hosted Central Asian conference on water issues',
    url: 'https://newscentralasia.net/2024/05/01/ashgabat-hosted-central-asian-conference-on-water-issues',
    published: '2024-05-01',
  },
  astanaTimesC5One: {
    title: 'The Astana Times: US program boosts English proficiency for economy professionals across Central Asia',
    url: 'https://astanatimes.com/2025/09/us-program-boosts-english-proficiency-for-economy-professionals-across-central-asia/',
    published: '2025-09-19',
  },
  trendSecretariat2025: {
    title: 'Trend: Central Asian nations discuss cooperation with US in Tajikistan’s Dushanbe',
    url: 'https://www.trend.az/casia/tajikistan/4087299.html',
    published: '2025-09-05',
  },
  ncaSummit2025Statement: {
    title: 'nCa: US and Central Asian nations adopt C5+1 joint statement for economic cooperation',
    url: 'https://www.newscentralasia.net/2025/11/08/us-and-central-asian-nations-adopted-c51-joint-statement-for-economic-cooperation-critical-minerals-ai-integration-and-trans-caspian-connectivity-under-the-spotlight/',
    published: '2025-11-08',
  },
  millerPntr: {
    title: 'Office of Rep. Carol Miller: Miller, colleagues introduce legislation to restore normal trade relations with key countries',
    url: 'http://miller.house.gov/media/press-releases/miller-colleagues-introduce-legislation-restore-normal-trade-relations-key',
    published: '2025-11-06',
  },
  eumonitorEbrd: {
    title: 'EU Monitor: COM(2024)42 — EU subscription to the EBRD capital increase decided on 15 December 2023',
    url: 'https://www.eumonitor.eu/9353000/1/j4nvhdlglbmvdzx_j9vvik7m1c3gyxp/vma3gbgih4zm',
    published: '2024',
  },
  bneEbrd: {
    title: 'bne IntelliNews: EBRD plans €4bn capital increase to hike Ukraine funding',
    url: 'https://bne.eu/ebrd-plans-4bn-capital-increase-to-hike-ukraine-funding-301386',
    published: '2023-11-15',
  },
  urdupointCasa: {
    title: 'UrduPoint: Pakistan welcomes resumption of CASA-1000 activities in Afghanistan by WB',
    url: 'https://www.urdupoint.com/en/pakistan/pakistan-welcomes-resumption-of-casa-1000-act-1800524.html',
    published: '2024-03-01',
  },
  afintlCasa: {
    title: 'Afghanistan International: Tajikistan, Kyrgyzstan leaders launch CASA-1000 power line, eyes turn to Afghanistan',
    url: 'https://afintl.com/en/202503316585',
    published: '2025-03-31',
  },
  economyPkTapi: {
    title: 'Economy.pk: Construction begins on Afghan section of TAPI pipeline',
    url: 'https://economy.pk/construction-begins-on-afghan-section-of-tapi-pipeline',
    published: '2024-09',
  },
  ncaTapiHerat: {
    title: 'nCa: TAPI in Herat — Turkmen gas for 500 industrial enterprises',
    url: 'https://www.newscentralasia.net/2025/10/22/tapi-in-herat-turkmen-gas-for-500-industrial-enterprises-and-a-catalyst-for-economic-growth-in-afghanistan/',
    published: '2025-10-22',
  },
  astanaTimesUap: {
    title: 'The Astana Times: Uzbekistan, Pakistan and Afghanistan sign agreement on Trans-Afghan railway',
    url: 'https://astanatimes.com/2025/07/uzbekistan-pakistan-and-afghanistan-sign-agreement-on-trans-afghan-railway/',
    published: '2025-07-21',
  },
  aryUap: {
    title: 'ARY News: UAP railway corridor — Pakistan, Afghanistan and Uzbekistan sign framework agreement',
    url: 'https://arynews.tv/uap-railway-corridor-pakistan-afghanistan-uzbekistan-agreement/',
    published: '2025-07-17',
  },
  ncaSouthern2025: {
    title: 'nCa: Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan–EU transport corridor is fully operational, Kyrgyz transport ministry says',
    url: 'https://www.newscentralasia.net/2025/01/24/the-kyrgyzstan-uzbekistan-turkmenistan-azerbaijan-eu-transport-corridor-is-fully-operational-the-kyrgyz-ministry-of-transport-says/',
    published: '2025-01-24',
  },
  jamestownSouthern: {
    title: 'Jamestown Foundation: Middle Corridor expands through new multimodal routes',
    url: 'https://jamestown.org/middle-corridor-expands-through-new-multimodal-routes',
    published: '2025-10',
  },
  trendAdbMiddleCorridor: {
    title: 'Trend: ADB working on strategy for development of the Middle Corridor',
    url: 'https://en.trend.az/business/4040691.html',
    published: '2025-05-06',
  },
  bourseUsaidCuts: {
    title: 'Bourse & Bazaar: Central Asian leaders see a silver lining in USAID’s demise',
    url: 'https://www.bourseandbazaar.org/integrated-futures-initiative-articles/2025/5/19/central-asian-leaders-see-a-silver-lining-in-usaids-demise',
    published: '2025-05-19',
  },
  mfaTmZoneOfPeace: {
    title: 'Ministry of Foreign Affairs of Turkmenistan: UN General Assembly considers the resolution “Zone of Peace, Trust and Cooperation of Central Asia”',
    url: 'https://mfa.gov.tm/en/news/4864',
    published: '2024-10-24',
  },
  asiaPlusZoneOfPeace: {
    title: 'Asia-Plus: UN General Assembly recognizes Central Asia as a zone of peace, trust and cooperation',
    url: 'https://old.asiaplustj.info/en/news/centralasia/20241025/un-general-assembly-recognizes-central-asia-as-a-zone-of-peace-trust-and-cooperation',
    published: '2024-10-25',
  },
  wmoGlaciers: {
    title: 'WMO: Tajikistan hosts international conference on glaciers’ preservation',
    url: 'https://public.wmo.int/media/news/tajikistan-hosts-international-conference-glaciers-preservation',
    published: '2025-05',
  },
  centralChronicleKgz: {
    title: 'Central Chronicle (UNI): US welcomes Kyrgyzstan repatriating 83 people from Syria’s al-Hol',
    url: 'https://www.centralchronicle.com/us-welcomes-kyrgyzstan-repatriating-83-people-from-syrias-al-hol/',
    published: '2023-10-25',
  },
  // Added on the re-check of 7 December 2026 (issue 20); each read in its stored copy.
  ecaWatchExim: {
    title: 'ECA Watch (EXIM release of 22 September 2023): EXIM Board unanimously approves financing for 3 projects in Romania, Kazakhstan and Iraq',
    url: 'https://www.eca-watch.org/publications/newsletter-items/exim-board-unanimously-approves-financing-3-projects-romania',
    published: '2023-09-22',
  },
  cpcPgi: {
    title: 'Caspian Policy Center: PGI: The G7’s answer to Belt and Road?',
    url: 'https://caspianpolicy.com/research/uzbekistan/pgi-the-g7s-answer-to-belt-and-road',
    published: '2024-08-22',
  },
  astanaTimesPgi: {
    title: 'The Astana Times: G7 countries ready to invest $200 billion in Central Asian infrastructure',
    url: 'https://astanatimes.com/2024/07/g7-countries-ready-to-invest-200-billion-in-central-asian-infrastructure',
    published: '2024-07',
  },
  kabulnowWbCasa: {
    title: 'KabulNow: World Bank resumes major regional project in Afghanistan, announcing $300 million',
    url: 'https://kabulnow.com/2024/02/world-bank-resumes-major-regional-project-in-afghanistan-announcing-300-million/',
    published: '2024-02',
  },
  dawnWbCasa: {
    title: 'Dawn: WB okays plan to unlock $300 million for Kabul',
    url: 'https://dawn.com/news/1814865/wb-okays-plan-to-unlock-300-million-for-kabul',
    published: '2024-02-17',
  },
  tkgCasa: {
    title: 'TKG (in Dari): کار پروژهی کاسا یک هزار در افغانستان در ماه اپریل آغاز میشود',
    url: 'https://tkg.af/2024/03/09/%da%a9%d8%a7%d8%b1-%d9%be%d8%b1%d9%88%da%98%d9%87%db%8c-%da%a9%d8%a7%d8%b3%d8%a7-%db%8c%da%a9-%d9%87%d8%b2%d8%a7%d8%b1-%d8%af%d8%b1-%d8%a7%d9%81%d8%ba%d8%a7%d9%86%d8%b3%d8%aa%d8%a7%d9%86/',
    published: '2024-03-09',
  },
  brecorderCasaMission: {
    title: 'Business Recorder (copy on Daily8): Pakistan: World Bank likely to extend CD for CASA-1000',
    url: 'https://www.daily8.com/en/article/42ae53603bbab1825a84ef1c84106212',
    published: '2025-04',
  },
  intellinewsCasa: {
    title: 'bne IntelliNews: Taliban seek $100mn from World Bank to restart work on CASA-1000 electricity transmission project',
    url: 'https://intellinews.com/taliban-seek-100mn-from-world-bank-to-restart-work-on-casa-1000-electricity-transmission-project-374739/',
    published: '2025-04',
  },
  kg24Casa: {
    title: '24.kg: Coordinator about CASA-1000 project’s current status',
    url: 'https://24.kg/english/365921_Coordinator_about_CASA-1000_projects_current_status/',
    published: '2026-03-13',
  },
  apTapi: {
    title: 'KESQ (AP): Construction of Afghan section of Turkmenistan-to-India pipeline starts',
    url: 'https://kesq.com/news/2024/09/12/construction-of-afghan-section-of-turkmenistan-to-india-pipeline-starts/',
    published: '2024-09-12',
  },
  afintlTapi14km: {
    title: 'Afghanistan International: 14 kilometres of TAPI pipeline completed inside Afghanistan, says project head',
    url: 'https://www.afintl.com/en/202504248323',
    published: '2025-04-24',
  },
  businessTmMethane: {
    title: 'Business Turkmenistan: Turkmenistan joins Global Methane Pledge',
    url: 'https://business.com.tm/post/11108/turkmenistan-joins-global-methane-pledge',
    published: '2023-12',
  },
  ncaMethane: {
    title: 'nCa: Turkmenistan to announce joining Global Methane Pledge at COP28',
    url: 'https://www.newscentralasia.net/2023/11/25/turkmenistan-to-announce-joining-global-methane-pledge-at-cop28/',
    published: '2023-11-25',
  },
  timescaPca: {
    title: 'The Times of Central Asia: USAID provides $1.4 million to strengthen Central Asia’s power sector',
    url: 'https://timesca.com/usaid-provides-1-4-million-to-strengthen-central-asias-power-sector',
    published: '2024-01',
  },
  daryoPca: {
    title: 'Daryo: USAID invests $1.4mn in CDC Energia in Uzbekistan amid energy sector development',
    url: 'https://daryo.uz/en/2024/01/11/usaid-invests-14mn-in-cdc-energia-in-uzbekistan-amid-energy-sector-development',
    published: '2024-01-11',
  },
  ncaWave2023: {
    title: 'nCa: USAID-hosted meeting focuses on improving water resources management in Turkmenistan',
    url: 'https://www.newscentralasia.net/2023/09/07/usaid-hosted-meeting-focuses-on-improving-water-resources-management-in-turkmenistan/',
    published: '2023-09-07',
  },
  spotlightUsaidEnds: {
    title: 'Spotlight Nepal: USAID programs officially suspended',
    url: 'https://www.spotlightnepal.com/2025/07/03/usaid-programs-officially-suspended/',
    published: '2025-07-03',
  },
  kabulnowWse: {
    title: 'KabulNow: US ends scholarship funding for over 200 Afghan women, leaving students in limbo',
    url: 'https://kabulnow.com/2025/04/us-ends-scholarship-funding-for-over-200-afghan-women-leaving-students-in-limbo/',
    published: '2025-04',
  },
  nprWse: {
    title: 'Connecticut Public (NPR): U.S. college grants for 208 Afghan women are cut, then restored -- yet still in limbo',
    url: 'https://www.ctpublic.org/2025-04-08/u-s-college-grants-for-208-afghan-women-are-cut-then-restored-yet-still-in-limbo',
    published: '2025-04-08',
  },
  uwnWse: {
    title: 'University World News: US funding cuts, scholarship ban deal students a double blow',
    url: 'https://www.universityworldnews.com/post.php?story=20250430130443213',
    published: '2025-04-30',
  },
  gbfrEbrd: {
    title: 'Global Banking & Finance Review (Reuters): EBRD secures bulk of shareholder capital increase after US signs off',
    url: 'https://www.globalbankingandfinance.com/ebrd-economy-capital',
    published: '2025-12-17',
  },
  arianaUapFieldwork: {
    title: 'Ariana News: Uzbekistan, Pakistan advance Trans-Afghan railway project',
    url: 'https://www.ariananews.af/uzbekistan-pakistan-advance-trans-afghan-railway-project/',
    published: '2026-02-04',
  },
  ittPntr: {
    title: 'International Trade Today: Bipartisan, Bicameral Bill Would Grant PNTR to Central Asian Countries',
    url: 'http://stage.internationaltradetoday.com/article/2025/11/06/bipartisan-bicameral-bill-would-grant-pntr-to-central-asian-countries-2511060001',
    published: '2025-11-06',
  },
  kg24RubioJv: {
    title: '24.kg: White House to support lifting trade restrictions with Central Asia',
    url: 'https://24.kg/english/359874_White_House_to_support_lifting_trade_restrictions_with_Central_Asia/',
    published: '2026-01-30',
  },
  qazinformKzUsMou: {
    title: 'Qazinform: Kazakhstan, U.S. ink memorandum on critical minerals cooperation',
    url: 'https://qazinform.com/news/kazakhstan-us-ink-memorandum-on-critical-minerals-cooperation-d12fc9',
    published: '2025-11-06',
  },
  astanaTimesKzUsMou: {
    title: 'The Astana Times: Kazakhstan, US sign landmark memorandum on critical minerals cooperation',
    url: 'https://astanatimes.com/2025/11/kazakhstan-us-sign-landmark-memorandum-on-critical-minerals-cooperation/',
    published: '2025-11-06',
  },
  reutersCoveTungsten: {
    title: 'Energy News (Reuters): Cove Capital will mine Kazakhstan tungsten under a deal announced by Trump',
    url: 'https://energynews.oedigital.com/mining/2025/11/06/cove-capital-will-mine-kazakhstan-tungsten-under-a-deal-announced-by-trump',
    published: '2025-11-06',
  },
  astanaTimesDfcTungsten: {
    title: 'The Astana Times: US eyes up to $700 million for Kazakhstan tungsten project to bolster supply chains',
    url: 'https://astanatimes.com/2026/02/us-eyes-up-to-700-million-for-kazakhstan-tungsten-project-to-bolster-supply-chains/',
    published: '2026-02',
  },
  qazinformTungsten2026: {
    title: 'Qazinform: US investor to inject $1.1B into Karaganda region mining projects',
    url: 'https://qazinform.com/news/us-investor-to-inject-11b-into-karaganda-region-mining-projects-fa2ea8',
    published: '2026-03-12',
  },
  kunUzUsMinerals: {
    title: 'Kun.uz: Uzbekistan, US formalize cooperation on critical minerals supply chains',
    url: 'https://kun.uz/en/news/2026/02/05/uzbekistan-us-formalize-cooperation-on-critical-minerals-supply-chains',
    published: '2026-02-05',
  },
  gulfNewsBoeing: {
    title: 'Gulf News: Boeing announces deals with Central Asia carriers',
    url: 'https://gulfnews.com/business/aviation/boeing-announces-deals-with-central-asia-carriers-1.500337058',
    published: '2025-11-07',
  },
  seanewsKtzCiti: {
    title: 'SeaNews: KTZ to upgrade locomotive fleet',
    url: 'https://seanews.ru/en/2025/11/17/en-ktz-to-upgrade-locomotive-fleet/',
    published: '2025-11-17',
  },
  kg24B5Bishkek: {
    title: '24.kg: Sergio Gor: I arrived in Kyrgyzstan with simple, clear message from US President',
    url: 'https://24.kg/english/360612_Sergio_Gor_I_arrived_in_Kyrgyzstan_with_simple_clear_message_from_US_President/',
    published: '2026-02-04',
  },
  menafnAucaAfghans: {
    title: 'MENAFN: Mirwais Azizi to fund education of 95 Afghan students at AUCA in Kyrgyzstan',
    url: 'https://menafn.com/1109792675/Mirwais-Azizi-To-Fund-Education-Of-95-Afghan-Students-At-AUCA-In-Kyrgyzstan',
    published: '2025-07-12',
  },
  ncaTrialCorridor: {
    title: 'nCa: Central Asia and China open new logistics routes: trial launch of multimodal corridor to Turkmenistan',
    url: 'https://www.newscentralasia.net/2025/10/15/central-asia-and-china-open-new-logistics-routes-trial-launch-of-multimodal-corridor-to-turkmenistan/',
    published: '2025-10-15',
  },
  daryoKgzRepatriation: {
    title: 'Daryo: Kyrgyzstan repatriates 22 citizens from Syrian camps',
    url: 'https://daryo.uz/en/2024/07/19/kyrgyzstan-repatriates-22-citizens-from-syrian-camps',
    published: '2024-07-19',
  },
} satisfies Record<string, EventSource>;
