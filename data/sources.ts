// The sources the route and line data cite, each an article (a URL with a path), defined once so a
// route and the line it runs over cite the same page by the same title.
import type { Source } from './types';

export const WORLD_BANK_MC: Source = {
  title: 'World Bank (2023), Middle Trade and Transport Corridor',
  url: 'https://openknowledge.worldbank.org/entities/publication/4d781a1f-ace4-420d-9192-964bbc98b0d1',
};
export const ADY_EAST_WEST: Source = {
  title: 'Azerbaijan Railways (ADY) freight: East–West transport corridor',
  url: 'https://freight.ady.az/en/international-corridors/east-west-transport-corridor',
};
export const WIKI_TITR: Source = {
  title: 'Wikipedia: Trans-Caspian International Transport Route',
  url: 'https://en.wikipedia.org/wiki/Trans-Caspian_International_Transport_Route',
};
export const TREND_AKTAU_POTI: Source = {
  title: 'Trend (en.trend.az), Central Asia / Kazakhstan, article 3654897',
  url: 'https://en.trend.az/casia/kazakhstan/3654897.html',
};
export const ASTANA_TIMES_KURYK: Source = {
  title: 'The Astana Times (Aug 2021): Kuryk seaport plans to increase shipment capacity',
  url: 'https://astanatimes.com/2021/08/kuryk-seaport-plans-to-increase-shipment-capacity/',
};
export const KHORGOS_RAIL: Source = {
  title: 'Tengrinews: Zhetygen–Korgas railroad to start operating (293 km)',
  url: 'https://en.tengrinews.kz/industry_infrastructure/zhetygen-korgas-railroad-to-start-operating-on-december-9-5981',
};
export const KTZ_DOSTYK_MOIYNTY: Source = {
  title: 'Kazakhstan Temir Zholy: the second track on the Dostyk – Moiynty section (836 km) will be completed in 2025',
  url: 'https://railways.kz/en/news/the-construction-of-the-second-track-on-the-dostyk-moiynty-site/',
};
export const RAILNEWS_DOSTYK_MOIYNTY: Source = {
  title: 'Rail-news.kz: a journey along the second tracks, from Nurly Zhol to Dostyk (via Balkhash, Sayak, Aktogay)',
  url: 'https://rail-news.kz/ru/news/21909-putesestvie-po-vtorym-putiam-ot-nurly-zol-do-dostyka.html',
};
export const FIELD_VOICE_BESKOL: Source = {
  title: 'Kapital.kz via field-voice.com (Mar 2025): second track opened between Beskol and Dostyk',
  url: 'https://field-voice.com/politika/item/15069-dostyk-moyynty-otkryto-dvizhenie-poezdov-esche-na-odnom-uchastke',
};
export const UIC_ZHEZKAZGAN_BEYNEU: Source = {
  title: 'UIC e-news 414 (Sep 2014), from KTZ: the Zhezkazgan – Beyneu (988 km) and Arkalyk – Shubarkol lines',
  url: 'https://uic.org/com/enews/nr/414/article/ktz-kazakhstan-information-about',
};
export const RAILJOURNAL_DOSTYK: Source = {
  title: 'International Railway Journal: new China – Kazakhstan freight terminal opens (gauge transfer at Dostyk)',
  url: 'https://www.railjournal.com/freight/new-china-kazakhstan-freight-terminal-opens/',
};
export const UIC_ALTYNKOL: Source = {
  title: 'UIC e-news 660 (Sep 2019): railwaymen of Altynkol station exchange experience with Chinese colleagues',
  url: 'https://www.uic.org/com/enews/nr/660/article/kazakhstan-railwaymen-of-altynkol-station-exchange-experience-with-chinese',
};
export const RAILWAY_GAZETTE_AFGHAN_GAUGE: Source = {
  title: 'Railway Gazette International: gauge selected for Trans-Afghanistan Railway (the gauges of Afghanistan’s neighbours)',
  url: 'https://www.railwaygazette.com/infrastructure/gauge-selected-for-trans-afghanistan-railway/69806.article',
};
export const RAILWAY_MAGAZINE_BTK: Source = {
  title: 'The Railway Magazine: New Silk Road – Tbilisi to Kars line now open (gauge changer at Akhalkalaki)',
  url: 'https://railwaymagazine.co.uk/4179/new-silk-road-tbilisi-to-kars-line-now-open',
};
export const WIKI_BTK: Source = {
  title: 'Wikipedia: Baku–Tbilisi–Kars railway (line length 826 km)',
  url: 'https://en.wikipedia.org/wiki/Baku%E2%80%93Tbilisi%E2%80%93Kars_railway',
};
export const NCA_2024: Source = {
  title: 'nCa (16 May 2024): Turkmenistan explores a transport corridor from the Asia-Pacific to Europe',
  url: 'https://www.newscentralasia.net/2024/05/16/turkmenistan-explores-the-possibilities-of-a-transport-corridor-from-the-asia-pacific-region-to-europe/',
};
export const NCA_2025: Source = {
  title: 'nCa (24 Jan 2025): Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan–EU corridor fully operational',
  url: 'https://www.newscentralasia.net/2025/01/24/the-kyrgyzstan-uzbekistan-turkmenistan-azerbaijan-eu-transport-corridor-is-fully-operational-the-kyrgyz-ministry-of-transport-says/',
};
export const NCA_2025_TRIAL: Source = {
  title: 'nCa (15 Oct 2025): trial launch of the China – Kyrgyzstan – Uzbekistan – Turkmenistan multimodal corridor',
  url: 'https://www.newscentralasia.net/2025/10/15/central-asia-and-china-open-new-logistics-routes-trial-launch-of-multimodal-corridor-to-turkmenistan/',
};
export const KUN_CKU: Source = {
  title: 'Kun.uz (5 Jul 2023): container train departs from China to Uzbekistan on a new multimodal route',
  url: 'https://m.kun.uz/en/news/2023/07/05/container-train-departs-from-china-to-uzbekistan-on-a-new-multimodal-route',
};
export const WIKI_HAIRATAN: Source = { title: 'Wikipedia: Hairatan', url: 'https://en.wikipedia.org/wiki/Hairatan' };
export const ORIENT_UAP: Source = {
  title: 'Orient (19 Jul 2023): Pakistan, Afghanistan and Uzbekistan intend to build Trans-Afghan Railway',
  url: 'https://orient.tm/en/old/post/57231/pakistan-afghanistan-and-uzbekistan-intend-build-trans-afghan-railway',
};
export const THE_NEWS_UAP: Source = {
  title: 'The News (19 Jul 2023): Protocol signed to connect Uzbek rail network with Pakistan through Afghanistan',
  url: 'https://www.thenews.com.pk/print/1091981-protocol-signed-to-connect-uzbek-rail-network-with-pakistan-through-afghanistan',
};
export const WORLD_BANK_CASA: Source = {
  title: 'World Bank statement (23 Feb 2024): CASA-1000 resumption in Afghanistan',
  url: 'https://www.worldbank.org/en/news/statement/2024/02/23/casa1000resumptionafghanistan',
};
export const TKG_CASA_2024: Source = {
  title: 'TKG (9 Mar 2024, in Dari): CASA-1000 work in Afghanistan to begin in April',
  url: 'https://tkg.af/2024/03/09/%da%a9%d8%a7%d8%b1-%d9%be%d8%b1%d9%88%da%98%d9%87%db%8c-%da%a9%d8%a7%d8%b3%d8%a7-%db%8c%da%a9-%d9%87%d8%b2%d8%a7%d8%b1-%d8%af%d8%b1-%d8%a7%d9%81%d8%ba%d8%a7%d9%86%d8%b3%d8%aa%d8%a7%d9%86/',
};
export const BR_CASA_MISSION_2025: Source = {
  title: 'Business Recorder (Apr 2025, copy on Daily8): Pakistan: World Bank likely to extend CD for CASA-1000',
  url: 'https://www.daily8.com/en/article/42ae53603bbab1825a84ef1c84106212',
};
export const KG24_CASA_2026: Source = {
  title: '24.kg (13 Mar 2026): Coordinator about CASA-1000 project’s current status',
  url: 'https://24.kg/english/365921_Coordinator_about_CASA-1000_projects_current_status/',
};
export const NGW_TAPI: Source = {
  title: 'Natural Gas World: TAPI project makes progress in Pakistan',
  url: 'https://www.naturalgasworld.com/tapi-project-makes-progress-in-pakistan-66783',
};
export const TREND_LAPIS: Source = {
  title: 'Trend (27 Nov 2017): Turkmenistan to take part in the Lapis Lazuli corridor',
  url: 'https://en.trend.az/casia/turkmenistan/3518467.html',
};
export const TODAY_AZ_LAPIS: Source = {
  title: 'Today.az / Trend (26 Feb 2019): Lapis Lazuli transport ministers to meet in Ashgabat',
  url: 'http://www.today.az/news/regions/179631.html',
};
export const TASS_KTI: Source = {
  title: 'TASS (3 Dec 2014): railway line linking Kazakhstan and Turkmenistan to Iran opened',
  url: 'https://tass.com/world/764933',
};


// --- Track and service history (issue 19): the dates lines opened and services began ---
export const GSE_KAZ_RAIL: Source = {
  title: 'Great Soviet Encyclopedia (3rd ed., 1970–79), “Kazakh Railroad” (read through The Free Dictionary)',
  url: 'http://encyclopedia2.thefreedictionary.com/Kazakh+Railroad',
};
export const EURAILPRESS_2014: Source = {
  title: 'Eurailpress (22 Aug 2014): Kasachstan – zwei wichtige Magistralen eröffnet (Zhezkazgan – Beyneu, Arkalyk – Shubarkol)',
  url: 'https://eurailpress.de/nachrichten/fahrzeuge-komponenten/detail/news/kasachstan-zwei-wichtige-magistralen-eroeffnet.html',
};
export const TURKPA_2014: Source = {
  title: 'TURKPA (Aug 2014): Kazakhstan commissions two national railways',
  url: 'https://turkpa.org/news/1091-kazakhstan-commissions-two-national-railways',
};
export const QAZINFORM_DM_2025: Source = {
  title: 'Qazinform (Sep 2025): President inaugurates second line of Dostyk – Moiynty railway',
  url: 'https://qazinform.com/news/president-inaugurates-second-line-of-dostyk-moiynty-railway-8f4907',
};
export const UIC_FEEDER_2019: Source = {
  title: 'UIC e-news 644 (Apr 2019): Kazakhstan – a regular feeder service on the Trans-Caspian route is launched',
  url: 'https://uic.org/com/enews/nr/644/article/kazakhstan-a-regular-feeder-service-on-the-trans-caspian-route-is-launched',
};
export const SEA_NEWS_KURYK: Source = {
  title: 'Sea-news.az (29 Mar 2017): the first cargo from Kazakhstan’s Kuryk port arrived in Azerbaijan',
  url: 'https://sea-news.az/2017/03/29/the-first-cargo-from-kazakhstans-kuryk-port-arrived-in-azerbaijan/',
};
export const INFORM_KHORGOS_KURYK: Source = {
  title: 'Kazinform (Aug 2018): Nursultan Nazarbayev launches Khorgos – Kuryk regular container train',
  url: 'https://en.inform.kz/amp/nursultan-nazarbayev-launches-khorgos-kuryk-regular-container-train_a3351462/',
};
export const TREND_SHUTTLE_2023: Source = {
  title: 'Trend (Aug 2023): a scheduled container shuttle from Altynkol to Poti and Batumi since December 2022',
  url: 'https://en.trend.az/casia/kazakhstan/3781786.html',
};
export const WIKI_GEORGIAN_RAILWAY: Source = {
  title: 'Wikipedia: Georgian Railway, history (Poti – Tbilisi 1872; Baku – Tbilisi and Samtredia – Batumi 1883; read through liquisearch.com)',
  url: 'https://en.wikipedia.org/wiki/Georgian_Railway',
};
export const WIKI_TRANS_CASPIAN_RAILWAY: Source = {
  title: 'Wikipedia: Trans-Caspian railway (built from the Caspian from 1880; Ashgabat 1885, Merv and Chardzhou 1886, Samarkand 1888)',
  url: 'https://en.wikipedia.org/wiki/Trans-Caspian_railway',
};
export const UZVAGONTAMIR_HISTORY: Source = {
  title: 'Uzvagontamir: history of the railroads in Uzbekistan (Samarkand – Tashkent and the Fergana branch to Andijan, 1899)',
  url: 'https://uzvagontamir.uz/en/history-of-the-railroads-in-uzbekistan/',
};
export const KUN_ANGREN_POP: Source = {
  title: 'Kun.uz (4 Jun 2016): first train runs via the Angren – Pap railroad',
  url: 'https://kun.uz/en/news/2016/06/04/first-train-runs-via-angren-pap-railroad',
};
export const NEWSILK_CKU_2020: Source = {
  title: 'New Silk Road Discovery (Jun 2020): China – Kyrgyzstan – Uzbek train route opens',
  url: 'https://newsilkroaddiscovery.com/china-kyrgyzstan-uzbek-train-route-opens/',
};
export const REPORT_SOUTHERN_2025: Source = {
  title: 'Report.az (Oct 2025): first multimodal route opens from China’s Kashgar to Azerbaijan',
  url: 'https://report.az/en/infrastructure/first-multimodal-route-opens-from-china-s-kashgar-to-azerbaijan',
};
export const WIKI_ANKARA_KARS: Source = {
  title: 'Wikipedia: Ankara–Kars railway (completed 20 October 1939)',
  url: 'https://en.wikipedia.org/wiki/Ankara%E2%80%93Kars_railway',
};
export const NCA_DATKA_2025: Source = {
  title: 'nCa (1 Apr 2025): Kyrgyzstan and Tajikistan launch the 500 kV Datka – Sugd power line under CASA-1000',
  url: 'https://www.newscentralasia.net/2025/04/01/kyrgyzstan-and-tajikistan-launch-500-kv-datka-sugd-power-line-under-casa-1000-project/',
};
export const PAJHWOK_TAPI_2024: Source = {
  title: 'Pajhwok (11 Sep 2024): Afghanistan begins practical work on TAPI gas pipeline',
  url: 'https://pajhwok.com/2024/09/11/afghanistan-begins-practical-work-on-tapi-gas-pipeline',
};
export const NCA_TAPI_HERAT_2025: Source = {
  title: 'nCa (22 Oct 2025): TAPI in Herat – Turkmen gas for 500 industrial enterprises',
  url: 'https://www.newscentralasia.net/2025/10/22/tapi-in-herat-turkmen-gas-for-500-industrial-enterprises-and-a-catalyst-for-economic-growth-in-afghanistan/',
};
export const ASTANA_TIMES_UAP_2025: Source = {
  title: 'The Astana Times (Jul 2025): Uzbekistan, Pakistan and Afghanistan sign agreement on Trans-Afghan railway',
  url: 'https://astanatimes.com/2025/07/uzbekistan-pakistan-and-afghanistan-sign-agreement-on-trans-afghan-railway/',
};
export const TREND_BTK_2024: Source = {
  title: 'Trend (6 May 2024): Baku–Tbilisi–Kars railway to increase capacity fivefold after modernization',
  url: 'https://en.trend.az/business/transport/3895822.html',
};

// --- Issue 19, part 3: every route checked leg by leg ---
// The Khorgos / Altynkol branch and the Almaty junction
export const WIKI_KHORGAS: Source = {
  title: 'Wikipedia: Khorgas (the Zhetygen – Khorgos line completed Dec 2011; first regular trains across the border 22 Dec 2012; the Kazakh station is Altynkol)',
  url: 'https://en.wikipedia.org/wiki/Khorgas',
};
export const RAILFREIGHT_ALTYNKOL_2018: Source = {
  title: 'RailFreight.com (2 Aug 2018): faster and more trains through Kazakhstan this year (Dostyk handles 760 TEU a day, Altynkol more than 5,000)',
  url: 'https://www.railfreight.com/business/2018/08/02/faster-and-more-trains-through-kazakhstan-this-year/',
};
export const QOGAM_ALTYNKOL_2023: Source = {
  title: 'Vecherniy Bishkek (Mar 2023): from 1 April 2023 Kazakhstan reroutes transit from China to Central Asia through Altynkol – Khorgos while Dostyk – Moiynty is double-tracked (500 km shorter)',
  url: 'https://vb.kg/doc/428340_kazahstan_perenapravit_tranzit_gryzov_iz_knr_v_ca_na_stanciu_altynkol.html',
};
export const KTZ_ALTYNKOL_2023: Source = {
  title: 'Kazakhstan Temir Zholy (2023): traffic through the Altynkol – Khorgos crossing up 30% (over 7 Mt in seven months of 2023)',
  url: 'https://railways.kz/en/news/volume-traffic-through-altynkol-khorgos-border-crossing-increase/',
};
export const ASTANA_TIMES_ALMATY_BYPASS: Source = {
  title: 'The Astana Times (14 Nov 2023): Kazakhstan launches construction of key railway bypass in Almaty (the Almaty junction serves Shu, Aktogay, Altynkol and Almaty-2)',
  url: 'https://astanatimes.com/2023/11/kazakhstan-launches-construction-of-key-railway-bypass-in-almaty-to-enhance-transit-efficiency/',
};
export const RAILWAYPRO_ALMATY_BYPASS: Source = {
  title: 'Railway PRO (Nov 2023): Almaty rail bypass construction launched (Zhetygen – Kazybek Bek, to “connect the transit route from Altynkol” to Europe, Central Asia and the Caspian ports)',
  url: 'https://railwaypro.com/wp/almaty-rail-bypass-construction-launched',
};
export const MECN_ALMATY_BYPASS: Source = {
  title: 'Middle East Construction News (Nov 2023): KTZ begins work on new rail bypass (the line through Almaty one of two main lines of Kazakhstan’s part of the TITR)',
  url: 'https://meconstructionnews.com/58647/ktz-begins-work-on-new-rail-bypass',
};
export const TREND_KTZ_PROJECTS_2025: Source = {
  title: 'Trend (17 Sep 2025): Kazakhstan Railways to launch major infrastructure projects by 2027 (Almaty bypass 75 km, 2024–2025)',
  url: 'https://www.trend.az/business/transport/4091560.html',
};
export const RUWIKI_KHORGOS_VILLAGE: Source = {
  title: 'Wikipedia (ru): Хоргос (село) — the Kazakh village at the crossing, 44°13′20″N 80°22′48″E; Altynkol station lies south-west of it',
  url: 'https://ru.wikipedia.org/wiki/%D0%A5%D0%BE%D1%80%D0%B3%D0%BE%D1%81_(%D1%81%D0%B5%D0%BB%D0%BE)',
};
export const RUWIKI_ORTAKUDYK: Source = {
  title: 'Wikipedia (ru): Ортакудык — passing loop on Zhetygen – Altynkol, opened 2011, km 149.7 from Zhetygen (43°45′00″N 78°52′33″E)',
  url: 'https://ru.wikipedia.org/wiki/%D0%9E%D1%80%D1%82%D0%B0%D0%BA%D1%83%D0%B4%D1%8B%D0%BA',
};
export const RUWIKI_OTAR: Source = {
  title: 'Wikipedia (ru): Отар (станция) — Turksib station opened 1931, 155.4 km from Almaty-1 (43°32′24″N 75°12′47″E)',
  url: 'https://ru.wikipedia.org/wiki/%D0%9E%D1%82%D0%B0%D1%80_(%D1%81%D1%82%D0%B0%D0%BD%D1%86%D0%B8%D1%8F)',
};

// The China – Kyrgyzstan – Uzbekistan railway
export const AZERNEWS_CKU_2022: Source = {
  title: 'AzerNews / Trend (15 Sep 2022): China, Kyrgyzstan and Uzbekistan sign agreement on the railway (feasibility study along Torugart – Arpa – Makmal – Jalal-Abad by 1 June 2023)',
  url: 'https://www.azernews.az/region/199444.html',
};
export const RAILWAY_GAZETTE_CKU_2024: Source = {
  title: 'Railway Gazette International (Jun 2024): China – Kyrgyzstan – Uzbekistan railway agreement signed (523 km: China 213, Kyrgyzstan 260, Uzbekistan 50; break of gauge at Makmal)',
  url: 'https://www.railwaygazette.com/infrastructure/china-kyrgyzstan-uzbekistan-railway-agreement-signed/66739.article',
};
export const TREND_CKU_FS_2023: Source = {
  title: 'Trend (28 Dec 2023): construction of the China – Kyrgyzstan – Uzbekistan railway expected in 2024 (a 454 km line; feasibility study approved in June 2023)',
  url: 'https://en.trend.az/casia/kyrgyzstan/3843140.html',
};
export const TREND_CKU_486_2024: Source = {
  title: 'Trend (6 Dec 2024): the 486 km China – Kyrgyzstan – Uzbekistan railroad, Kashgar – Torugart – Makmal – Jalal-Abad – Andijan, to start this month',
  url: 'https://en.trend.az/casia/uzbekistan/3979350.html',
};
export const KG24_CKU_START_2024: Source = {
  title: '24.kg (27 Dec 2024): China – Kyrgyzstan – Uzbekistan railway launched; heads of state send addresses',
  url: 'https://24.kg/english/315640_China-Kyrgyzstan-Uzbekistan_railway_Heads_of_State_send_addresses/',
};
export const TREND_CKU_START_2024: Source = {
  title: 'Trend (27 Dec 2024): the China – Kyrgyzstan – Uzbekistan railway project commences in the Jalal-Abad region',
  url: 'https://en.trend.az/casia/kyrgyzstan/3987346.html',
};
export const TREND_CKU_532_2025: Source = {
  title: 'Trend (2025): China – Kyrgyzstan – Uzbekistan railway project races ahead with key tunnel work (Suzak district; the line spans 532.53 km)',
  url: 'https://en.trend.az/business/4037288.html',
};
export const TREND_CKU_KG_2025: Source = {
  title: 'Trend (5 Dec 2025): 18 of 29 tunnels under way on the China – Kyrgyzstan – Uzbekistan railway (Kyrgyz section about 305 km: 1,435 mm Torugart – Makmal, 1,520 mm Makmal – Jalal-Abad)',
  url: 'https://www.trend.az/business/4126316.html',
};
export const WIKI_TORUGART: Source = {
  title: 'Wikipedia: Torugart Pass (40°35′33″N 75°25′38″E)',
  url: 'https://en.wikipedia.org/wiki/Torugart_Pass',
};
export const EO_MINERS_MAKMAL: Source = {
  title: 'EO-MINERS test site 3: Makmal (the gold deposit in Toguz-Toro district, Jalal-Abad region, 170 km from Jalal-Abad station)',
  url: 'http://www.eo-miners.eu/test_sites/ts_testsite3_makmal.htm',
};
export const REPOST_CKU_TUNNELS_2025: Source = {
  title: 'Repost.uz, from Uzbekistan’s transport ministry (2025): three tunnels over 10 km, among them Koshtoba (Kazarman), 13.2 km',
  url: 'https://repost.uz/tri-tonnelya-sdelayut',
};

// TAPI through Afghanistan
export const TOLO_TAPI_2018: Source = {
  title: 'TOLOnews (Feb 2018): enhanced security measures for the TAPI pipeline (districts on the route, alongside the Kandahar – Herat highway; 816 km in Afghanistan)',
  url: 'https://tolonews.com/afghanistan/enhanced-security-measures-effect-tapi-pipeline',
};
export const SHAMSHAD_TAPI_2026: Source = {
  title: 'Shamshad News (28 Jan 2026): TAPI gas pipeline expected to reach Herat by end of 2026 (91 km of the route prepared)',
  url: 'https://shamshadnews.com/en/2026/01/28/tapi-gas-pipeline-expected-to-reach-herat-by-end-of-2026',
};
export const WIKI_SHINDAND: Source = {
  title: 'Wikipedia: Shindand (the town, 33°18′13″N 62°08′24″E; the Kandahar – Herat highway passes by)',
  url: 'https://en.wikipedia.org/wiki/Shindand',
};
export const WIKI_DELARAM: Source = {
  title: 'Wikipedia: Delaram (32°09′50″N 63°25′51″E; read through a copy of the article)',
  url: 'https://en.wikipedia.org/wiki/Delaram',
};

// Lapis Lazuli beyond Kars
export const NCA_LAPIS_TRIAL_2018: Source = {
  title: 'nCa (16 Dec 2018): Lapis Lazuli corridor test freight convoy leaves Afghanistan for Turkmenistan (13 Dec 2018, from Herat via Torghundi)',
  url: 'https://newscentralasia.net/2018/12/16/lapis-lazuli-corridor-test-freight-convoy-leaves-afghanistan-for-turkmenistan',
};
export const BUSINESS_TM_LAPIS_2024: Source = {
  title: 'Business Turkmenistan (Feb 2024): Ashgabat to host meeting of Lapis Lazuli corridor member countries',
  url: 'https://www.business.com.tm/post/11473/ashgabat-to-host-meeting-of-lapis-lazuli-corridor-member-countries',
};
export const WIKI_TRANS_ANATOLIAN: Source = {
  title: 'Wikipedia: Trans-Anatolian railway (Ankara reached 1892; Kayseri 1927, Sivas 1930, Çetinkaya 1936, Erzincan 1938, Erzurum 1939; Erzurum – Kars standard gauge from 1962)',
  url: 'https://en.wikipedia.org/wiki/Trans-Anatolian_railway',
};
export const WIKI_ISTANBUL_ANKARA: Source = {
  title: 'Wikipedia: Istanbul–Ankara railway (576.6 km; first section 22 Sep 1872, final section 31 Dec 1892)',
  url: 'https://en.wikipedia.org/wiki/Istanbul%E2%80%93Ankara_railway',
};
export const WIKI_EASTERN_EXPRESS: Source = {
  title: 'Wikipedia: Eastern Express (its route diagram lists the stations from Haydarpaşa through Ankara to Kars)',
  url: 'https://en.wikipedia.org/wiki/Eastern_Express',
};
export const RAILJOURNAL_ANKARA_2019: Source = {
  title: 'International Railway Journal (Nov 2019): first China – Turkey – Europe freight train reaches Ankara (via Baku – Tbilisi – Kars and the Marmaray tunnel, to Prague)',
  url: 'https://www.railjournal.com/freight/first-china-turkey-europe-freight-train-reaches-ankara/',
};

// The China – Kyrgyzstan – Uzbekistan road–rail service
export const QAZINFORM_CKUT_2026: Source = {
  title: 'Qazinform (20 Feb 2026): first freight train departs on the China – Kyrgyzstan – Uzbekistan – Tajikistan route (Lanzhou to Dushanbe-2, pilot)',
  url: 'https://qazinform.com/news/first-freight-train-departs-on-china-kyrgyzstan-uzbekistan-tajikistan-route-1aba73',
};
export const TREND_CKU_2023: Source = {
  title: 'Trend (Jul 2023): China – Kyrgyzstan – Uzbekistan multimodal corridor (first freight train of the new series on 13 June 2023; the planned railway 523 km)',
  url: 'https://en.trend.az/casia/uzbekistan/3767680.html',
};

// The Kashgar – Irkeshtam – Osh road
export const ENDLESSROADS_IRKESHTAM: Source = {
  title: 'Endless Roads Travel: adventure at the Irkeshtam / Sary-Tash border (Kashgar to the border 234 km; China’s exit post at Ulugqat, about 175 km before the border)',
  url: 'https://endlessroadstravel.com/adventure-at-the-irkeshtam-sary-tash-border',
};
export const WIKI_ULUGQAT: Source = {
  title: 'Wikipedia: Ulugqat County (seat at Wuqia, 39°43′09″N 75°15′33″E)',
  url: 'https://en.wikipedia.org/wiki/Ulugqat_County',
};
export const WIKI_SARY_TASH: Source = {
  title: 'Wikipedia: Sary-Tash (39°43′48″N 73°15′00″E; where the road from Irkeshtam meets the Osh – Khorog road)',
  url: 'https://en.wikipedia.org/wiki/Sary-Tash',
};

// Opening dates and events of older lines (issue 19, part 3)
export const WIKI_SERHETABAT: Source = {
  title: 'Wikipedia: Serhetabat (the branch from Merv on the Central Asian railway opened 1 March 1901; the line to Torghundi restored in 2007)',
  url: 'https://en.wikipedia.org/wiki/Serhetabat',
};
export const RAILNEWS_MANGYSHLAK_1964: Source = {
  title: 'Rail-news.kz (9 May 2024, in Kazakh): a memorial where the Makat – Aktau railway was joined in 1964, when the first train reached Mangyshlak',
  url: 'https://rail-news.kz/kz/railways-history/17446-maqat-aqtau-temirzolynyn-tuiisken-tusyna-eskertkis-qoiyldy.html',
};
export const KAZPRAVDA_DM_2025: Source = {
  title: 'Kazakhstanskaya Pravda (12 Sep 2025): routes, stations, bridges — works on Dostyk – Moiynty began early 2023; second track Moiynty – Balkhash (127 km) opened 29 Jan 2025',
  url: 'https://kazpravda.kz/n/marshruty-stantsii-mosty-kak-v-kazahstane-razvivayut-zheleznodorozhnuyu-infrastrukturu-9f/',
};
export const BAQ_DOSTYK_2025: Source = {
  title: 'BAQ.kz (30 Sep 2025): the second Dostyk – Moiynty line, a new chapter in transit (Druzhba, now Dostyk, has linked Kazakhstan and China since 1990)',
  url: 'https://rus.baq.kz/vtoraya-liniya-dostyk-moyynty-novaya-glava-v-istorii-tranzita_300023506/',
};
export const NCA_KTI_2024: Source = {
  title: 'nCa (30 Jul 2024): China, Kazakhstan, Turkmenistan and Iran develop new transport route (pilot container trains via Altynkol, Bolashak and Etrek; gauge change at Etrek)',
  url: 'https://www.newscentralasia.net/2024/07/30/china-kazakhstan-turkmenistan-and-iran-develop-new-transport-route/',
};
export const RAILNEWS_KYZYLZHAR_2025: Source = {
  title: 'Rail-news.kz (28 Nov 2025): construction of the Kyzylzhar – Moiynty line (323 km) to be completed by December 2026',
  url: 'https://rail-news.kz/ru/regions/22375-stroitelstvo-linii-kyzylzar-moiynty-zaversat-k-dekabriu-2026-goda.html',
};
export const TREND_RU_SOUTHERN_2025: Source = {
  title: 'Trend (17 Oct 2025, in Russian): first international multimodal container run Kashgar – Osh – Turkmen port – Baku left on 15 October (the southern branch of the Middle Corridor)',
  url: 'https://ru.trend.az/azerbaijan/business/4105452.html',
};
