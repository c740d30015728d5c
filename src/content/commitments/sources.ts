// The articles the follow-through cites, each once, named by title and full URL. Found with a search of
// stored public pages; what they say is summarised in the data files, in our own words.
import type { EventSource } from './types';

export const S = {
  usaidSamarkand: {
    title: 'USAID: Joint statement on the C5+1 Regional Connectivity Ministerial in Samarkand',
    url: 'https://www.usaid.gov/news-information/press-releases/oct-30-2023-joint-statement-c5-1-regional-connectivity-ministerial-samarkand',
    published: '2023-10-30',
  },
  tashkentTimesSamarkand: {
    title: 'Tashkent Times: Administrator Samantha Power announces additional investments in Central Asia at the C5+1 ministerial',
    url: 'https://mail.tashkenttimes.uz/national/11904-administrator-samantha-power-announces-additional-investments-in-central-asia-at-the-c5-1-regional-development-ministerial-in-uzbekistan',
  },
  diplomatSamarkand: {
    title: 'The Diplomat (copy): USAID head Power announces new funds for Central Asia in Samarkand',
    url: 'https://www.dlatestscoop.org/2023/10/26/usaid-head-power-announces-new-funds-for-central-asia-in-samarkand-the-diplomat/',
    published: '2023-10-26',
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
    title: 'Caspian Post: US–Central Asian business forum gives boost to formation of resilient supply chains',
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
  orientCmdRoadmap: {
    title: 'Orient (orient.tm), post 74250: C5+1 Critical Minerals Dialogue roadmap',
    url: 'https://orient.tm/en/post/74250',
    published: '2024-07',
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
  daryoUzbScholarships: {
    title: 'Daryo: Uzbekistan offers 50 scholarships to Afghan students',
    url: 'https://daryo.uz/en/2024/06/10/uzbekistan-offers-50-acholarships-to-afghan-students',
    published: '2024-06-10',
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
  ncaSummit2025Outcomes: {
    title: 'nCa: C5+1 Washington summit — the buttons align with the buttonholes',
    url: 'https://www.newscentralasia.net/2025/11/07/c51-washington-summit-the-buttons-align-with-the-buttonholes',
    published: '2025-11-07',
  },
  ncaSummit2025Statement: {
    title: 'nCa: US and Central Asian nations adopt C5+1 joint statement for economic cooperation',
    url: 'https://www.newscentralasia.net/2025/11/08/us-and-central-asian-nations-adopted-c51-joint-statement-for-economic-cooperation-critical-minerals-ai-integration-and-trans-caspian-connectivity-under-the-spotlight/',
    published: '2025-11-08',
  },
  anewzKazMinerals: {
    title: 'AnewZ: Kazakhstan President Tokayev signs minerals deal in Washington',
    url: 'https://anewz.tv/world/world-news/15060/kazakhstan-us-sign-minerals-deal/news',
    published: '2025-11-06',
  },
  spglobalMous: {
    title: 'S&P Global: US signs MoUs on Central Asian critical minerals, secures stake in strategic deposit',
    url: 'https://www.spglobal.com/energy/en/news-research/latest-news/metals/110725-us-signs-mous-on-central-asian-critical-minerals-secures-stake-in-strategic-deposit',
    published: '2025-11-07',
  },
  millerPntr: {
    title: 'Office of Rep. Carol Miller: Miller, colleagues introduce legislation to restore normal trade relations with key countries',
    url: 'http://miller.house.gov/media/press-releases/miller-colleagues-introduce-legislation-restore-normal-trade-relations-key',
    published: '2025-11-06',
  },
  astanaTimesPntr: {
    title: 'The Astana Times: US Congress moves to repeal Jackson-Vanik, expand trade with Central Asia',
    url: 'https://astanatimes.com/2025/11/us-congress-moves-to-repeal-jackson-vanik-expand-trade-with-central-asia',
    published: '2025-11',
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
  worldBankCasa: {
    title: 'World Bank statement: Q&A — CASA-1000 resumption in Afghanistan',
    url: 'https://www.worldbank.org/en/news/statement/2024/02/23/casa1000resumptionafghanistan',
    published: '2024-02-23',
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
  wikiCasa: {
    title: 'Wikipedia: CASA-1000',
    url: 'https://en.wikipedia.org/wiki/CASA-1000',
  },
  economyPkTapi: {
    title: 'Economy.pk: Construction begins on Afghan section of TAPI pipeline',
    url: 'https://economy.pk/construction-begins-on-afghan-section-of-tapi-pipeline',
    published: '2024-09',
  },
  pajhwokTapi: {
    title: 'Pajhwok Afghan News (via MENAFN): Afghanistan begins practical work on TAPI gas pipeline',
    url: 'https://menafn.com/1108660787/Afghanistan-Begins-Practical-Work-On-TAPI-Gas-Pipeline',
    published: '2024-09-11',
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
  methanePledge: {
    title: 'EIN Presswire (Turkmen Foreign Ministry release): Turkmenistan joined the Global Methane Pledge',
    url: 'https://www.einpresswire.com/article/672349814/turkmenistan-joined-the-global-methane-pledge',
    published: '2023-12-01',
  },
  asianPowerPca: {
    title: 'Asian Power: USAID provides over $1.4m energy equipment to Central Asia',
    url: 'https://asian-power.com/project/news/usaid-provides-over-14m-energy-equipment-central-asia',
  },
  pravdaPca: {
    title: 'Pravda EN: USAID transfers energy-sector management equipment to the dispatch centre in Tashkent',
    url: 'https://pravda-en.com/world/2024/01/15/264208.html',
    published: '2024-01-15',
  },
  euroasiaUsaidCuts: {
    title: 'Euroasia24: USAID cuts devastating to Central Asia programs',
    url: 'https://euroasia24.com/usaid-cuts-devastating-to-central-asia-programs',
    published: '2025-03',
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
  usEmbassySyriaKgz: {
    title: 'U.S. Embassy in Syria: U.S. applauds the Kyrgyz Republic’s repatriation of its nationals from northeast Syria',
    url: 'https://sy.usembassy.gov/u-s-applauds-the-kyrgyz-republics-repatriation-of-its-nationals-from-northeast-syria/',
  },
  centralChronicleKgz: {
    title: 'Central Chronicle (UNI): US welcomes Kyrgyzstan repatriating 83 people from Syria’s al-Hol',
    url: 'https://www.centralchronicle.com/us-welcomes-kyrgyzstan-repatriating-83-people-from-syrias-al-hol/',
    published: '2023-10-25',
  },
  rferlKgzRepatriation: {
    title: 'RFE/RL: 8 Kyrgyz women, 14 children return home from Syrian camps with U.S. help',
    url: 'https://rferl.org/amp/kyrgyz-women-children-repatriation-syria/33042747.html',
    published: '2024-07-19',
  },
  qazinformNuclear: {
    title: 'Kazinform: Kazakhstan and US sign joint statement at the 69th IAEA General Conference',
    url: 'https://qazinform.com/news/69th-session-of-iaea-general-conference-kazakhstan-us-sign-joint-statement-57b070',
    published: '2025-09-16',
  },
} satisfies Record<string, EventSource>;
