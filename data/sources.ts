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
