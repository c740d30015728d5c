// Follow-through of the trade, transport and investment commitments (section "C5+1 Economic and Energy Corridor").
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';
import { DECLARATION_DATE } from '../../../data/types';

const checked = '2026-12-07';

export const TRADE_TRANSPORT: CommitmentDef[] = [
  {
    id: 'economic-energy-corridor-1.s3',
    sentenceId: 'economic-energy-corridor-1.s3',
    title: { en: 'Accelerate regional cooperation and connectivity', ru: 'Ускорить развитие регионального сотрудничества и взаимосвязанности' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['usaid-c5plus1-connectivity-ministerial'] },
    statuses: [
      step('2023-10-24', 'in-progress', { en: 'At the Samarkand ministerial the six said they would work together on customs and border management; the USAID work behind it is not traced further in the sources found.', ru: 'На министерской встрече в Самарканде шесть стран заявили, что будут вместе работать над таможенным администрированием и управлением границами; стоявшая за этим работа USAID (Агентство США по международному развитию) в найденных источниках дальше не прослеживается.' }),
      step('2025-11-06', 'in-progress', { en: 'Two years on, the six named trans-Caspian connectivity among the aims of their tenth-anniversary statement; concrete connectivity steps since are recorded under the routes.', ru: 'Два года спустя шесть стран включили транскаспийскую взаимосвязанность в число целей своего заявления к десятилетию формата; конкретные шаги по развитию взаимосвязанности с тех пор отражены в разделах маршрутов.' }),
    ],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'At the Samarkand ministerial the six governments said they intended to cooperate on transport and on stronger customs and border management.', ru: 'На министерской встрече в Самарканде правительства шести стран заявили о намерении сотрудничать в сфере транспорта и в укреплении таможенного администрирования и управления границами.' },
        sources: [S.usaidSamarkand],
      },
      {
        date: '2025-11-06',
        summary: { en: 'The joint statement of the Washington summit put trans-Caspian connectivity among the six governments’ aims.', ru: 'Совместное заявление вашингтонского саммита включило транскаспийскую взаимосвязанность в число целей правительств шести стран.' },
        sources: [S.ncaSummit2025Statement],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s3-b',
    sentenceId: 'economic-energy-corridor-1.s3',
    title: { en: 'Better business climate for U.S. trade; work toward permanent normal trade relations', ru: 'Более благоприятный деловой климат для американской торговли; работа над установлением постоянных нормальных торговых отношений' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { states: ['KAZ', 'UZB', 'TJK', 'TKM'] },
    statuses: [
      step('2025-11-05', 'in-progress', { en: 'Bills to lift Jackson-Vanik for the region were introduced in both chambers in November 2025; introduction is a first step, not a law.', ru: 'В ноябре 2025 года в обе палаты Конгресса были внесены законопроекты об отмене поправки Джексона – Вэника для региона; внесение законопроекта — лишь первый шаг, а не закон.' }),
      step('2026-01-28', 'in-progress', { en: 'The Secretary of State told the Senate in January 2026 that the administration backs repeal; no source up to February 2026 says either bill has passed.', ru: 'В январе 2026 года госсекретарь США заявил в Сенате, что администрация поддерживает отмену поправки; ни один источник по февраль 2026 года не сообщает о принятии какого-либо из законопроектов.' }),
    ],
    events: [
      {
        date: '2025-11-05',
        summary: { en: 'Bipartisan bills in both chambers (S. 3103, H.R. 5917) were introduced, the day before the Washington summit, to extend permanent normal trade relations to the Central Asian states still under Jackson-Vanik.', ru: 'Накануне вашингтонского саммита в обе палаты Конгресса были внесены двухпартийные законопроекты (S. 3103, H.R. 5917) о предоставлении постоянных нормальных торговых отношений тем государствам Центральной Азии, на которые все еще распространяется поправка Джексона – Вэника.' },
        sources: [S.ittPntr, S.millerPntr],
        announced: true,
      },
      {
        date: '2026-01-28',
        summary: { en: 'At a Senate Foreign Relations Committee hearing the Secretary of State said the administration supports repealing Jackson-Vanik for Central Asia; the bills were still before Congress.', ru: 'На слушаниях в комитете Сената по международным отношениям госсекретарь США заявил, что администрация поддерживает отмену поправки Джексона – Вэника для Центральной Азии; законопроекты по-прежнему находились на рассмотрении Конгресса.' },
        sources: [S.kg24RubioJv],
        announced: true,
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s4',
    sentenceId: 'economic-energy-corridor-1.s4',
    title: { en: 'Enhance alternative trade routes', ru: 'Развивать альтернативные торговые маршруты' },
    by: 'all',
    theme: 'trade-transport',
    concerns: {
      routes: ['middle-corridor-southern-branch', 'trans-afghan-railway', 'middle-corridor-core'],
      states: ['KGZ', 'UZB', 'TKM'],
    },
    statuses: [
      step('2025-01-24', 'in-progress', { en: 'Kyrgyzstan called the road–rail route across Uzbekistan and Turkmenistan to the Caspian fully operational.', ru: 'Кыргызстан заявил, что автомобильно-железнодорожный маршрут через Узбекистан и Туркменистан к Каспию полностью действует.' }),
      step('2026-02-04', 'in-progress', { en: 'A pilot shipment ran the southern branch in October 2025; the Trans-Afghan railway has a feasibility agreement (July 2025) and agreed fieldwork (February 2026), but no construction. See the routes’ status now.', ru: 'В октябре 2025 года по южной ветке прошла пробная партия груза; по Трансафганской железной дороге есть соглашение о технико-экономическом обосновании (июль 2025 года) и договоренность о полевых работах (февраль 2026 года), но строительства нет. См. текущее состояние маршрутов.' }),
    ],
    events: [
      {
        date: '2025-01-24',
        summary: { en: 'Kyrgyzstan’s transport ministry said the Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan route to Europe was fully operational.', ru: 'Министерство транспорта Кыргызстана заявило, что маршрут в Европу Кыргызстан – Узбекистан – Туркменистан – Азербайджан полностью действует.' },
        sources: [S.ncaSouthern2025],
      },
      {
        date: '2025-07-17',
        summary: { en: 'Uzbekistan, Afghanistan and Pakistan signed in Kabul a framework agreement on a joint feasibility study of the Trans-Afghan railway.', ru: 'Узбекистан, Афганистан и Пакистан подписали в Кабуле рамочное соглашение о совместной разработке технико-экономического обоснования Трансафганской железной дороги.' },
        sources: [S.astanaTimesUap, S.aryUap],
      },
      {
        date: '2025-10-15',
        summary: { en: 'A trial multimodal shipment left Kashgar through Kyrgyzstan and Uzbekistan, reaching Turkmenistan for the Caspian crossing on 24 October.', ru: 'Пробная мультимодальная партия груза отправилась из Кашгара через Кыргызстан и Узбекистан и 24 октября прибыла в Туркменистан для переправы через Каспий.' },
        sources: [S.ncaTrialCorridor, S.jamestownSouthern],
      },
      {
        date: '2026-02-04',
        summary: { en: 'Uzbekistan and Pakistan agreed, at their intergovernmental commission, to begin fieldwork on the Trans-Afghan railway, now given as about 647 km.', ru: 'На заседании межправительственной комиссии Узбекистан и Пакистан договорились начать полевые работы на Трансафганской железной дороге, протяженность которой теперь указывается как около 647 км.' },
        sources: [S.arianaUapFieldwork],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s4-b',
    sentenceId: 'economic-energy-corridor-1.s4',
    title: { en: 'New connections between U.S. and Central Asian businesses', ru: 'Новые связи между деловыми кругами США и Центральной Азии' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['private-sector-business-platform'] },
    statuses: [
      step('2024-03-13', 'in-progress', { en: 'The first B5+1 business forum met in Almaty.', ru: 'В Алматы прошел первый деловой форум B5+1.' }),
      step('2025-11-06', 'in-progress', { en: 'Aircraft orders (given as maximum numbers) and a tungsten venture were announced at the Washington summit; most are commitments to buy or invest later, not completed deals.', ru: 'На вашингтонском саммите были объявлены заказы на самолеты (с указанием максимального количества) и совместное вольфрамовое предприятие; в большинстве своем это обязательства купить или инвестировать в будущем, а не завершенные сделки.' }),
      step('2026-02-04', 'in-progress', { en: 'The second B5+1 forum met in Bishkek, with memoranda signed on its sidelines; the connections are being made, and are open-ended by nature.', ru: 'Второй форум B5+1 прошел в Бишкеке, на его полях были подписаны меморандумы; связи налаживаются, и эта работа по своей природе не ограничена сроком.' }),
    ],
    events: [
      {
        date: '2024-03-13',
        summary: { en: 'The first B5+1 Forum in Almaty brought together officials and more than 400 businesses from the region and the United States.', ru: 'Первый форум B5+1 в Алматы собрал официальных лиц и более 400 компаний из стран региона и Соединенных Штатов.' },
        sources: [S.cpcB5Almaty],
      },
      {
        date: '2025-11-06',
        summary: { en: 'At the Washington summit Boeing announced orders from Air Astana (up to 15 787-9s) and Somon Air (up to 14 jets); these are maximum numbers, not all firm orders.', ru: 'На вашингтонском саммите компания Boeing объявила о заказах от Air Astana (до 15 самолетов 787-9) и Somon Air (до 14 самолетов); это максимальные количества, и не все из них — твердые заказы.' },
        sources: [S.gulfNewsBoeing],
        announced: true,
      },
      {
        date: '2025-11-06',
        summary: { en: 'A U.S. investor, Cove Capital, and Kazakhstan’s state miner Tau-Ken Samruk announced a joint venture for two tungsten deposits, costed at about $1.1 billion.', ru: 'Американский инвестор Cove Capital и казахстанская государственная горнодобывающая компания «Тау-Кен Самрук» объявили о совместном предприятии по освоению двух месторождений вольфрама; его стоимость оценивается примерно в 1,1 млрд долларов.' },
        sources: [S.reutersCoveTungsten],
        announced: true,
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek; the U.S. ambassador reported at least 12 memoranda signed on its sidelines, and its communiqué made the forum yearly, hosted in turn by the Central Asian states.', ru: 'В Бишкеке прошел второй форум B5+1; по словам посла США, на его полях было подписано не менее 12 меморандумов, а согласно коммюнике форум стал ежегодным: принимать его будут поочередно государства Центральной Азии.' },
        sources: [S.rferlB5Bishkek, S.kg24B5Bishkek, S.caspianPostB5Bishkek],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-1.s5',
    sentenceId: 'economic-energy-corridor-1.s5',
    title: { en: 'Establish a private-sector business platform (B5+1)', ru: 'Создать деловую платформу частного сектора (B5+1)' },
    by: ['USA'],
    theme: 'trade-transport',
    concerns: { programmes: ['private-sector-business-platform', 'cipe', 'us-department-of-state'] },
    statuses: [
      step('2023-11-16', 'in-progress', { en: 'The State Department announced the platform, to be called B5+1.', ru: 'Госдепартамент объявил о платформе, которая получит название B5+1.' }),
      step('2024-03-13', 'done', { en: 'The platform was established: its first forum met in Almaty in March 2024.', ru: 'Платформа создана: ее первый форум прошел в Алматы в марте 2024 года.' }),
      step('2026-02-04', 'done', { en: 'The platform was established in 2024 and its second forum met in Bishkek in February 2026, which made it yearly.', ru: 'Платформа создана в 2024 году, а в феврале 2026 года в Бишкеке прошел ее второй форум, который сделал форум ежегодным.' }),
    ],
    events: [
      {
        date: '2023-11-16',
        summary: { en: 'The State Department announced the B5+1 business platform, with a first meeting planned in Almaty.', ru: 'Госдепартамент объявил о деловой платформе B5+1; первую встречу планировалось провести в Алматы.' },
        sources: [S.gazetaB5],
        announced: true,
      },
      {
        date: '2024-03-13',
        summary: { en: 'The first B5+1 Forum, run by CIPE with State Department support, met in Almaty from 13 to 15 March.', ru: 'Первый форум B5+1, организованный Центром международного частного предпринимательства (CIPE) при поддержке Госдепартамента, прошел в Алматы с 13 по 15 марта.' },
        sources: [S.avimB5, S.cpcB5Almaty],
      },
      {
        date: '2026-02-04',
        summary: { en: 'The second B5+1 Forum met in Bishkek; its communiqué made the forum yearly, hosted in turn by the Central Asian states.', ru: 'В Бишкеке прошел второй форум B5+1; согласно его коммюнике форум стал ежегодным: принимать его будут поочередно государства Центральной Азии.' },
        sources: [S.rferlB5Bishkek, S.caspianPostB5Bishkek],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s2',
    sentenceId: 'economic-energy-corridor-2.s2',
    title: { en: 'PGI to evaluate scaling infrastructure investment in the Middle Corridor', ru: 'Партнерству по глобальной инфраструктуре и инвестициям (PGI) — оценить возможности наращивания инфраструктурных инвестиций в Среднем коридоре' },
    by: ['USA'],
    theme: 'trade-transport',
    concerns: { programmes: ['pgi'], routes: ['middle-corridor-core'] },
    statuses: [
      step('2024-06', 'in-progress', { en: 'In June 2024 the White House counted an EXIM loan guarantee for Kazakhstan’s railway as a PGI investment; it was approved by EXIM in September 2023, before it was called PGI.', ru: 'В июне 2024 года Белый дом отнес гарантию по кредиту Экспортно-импортного банка США (EXIM) для казахстанской железной дороги к инвестициям PGI; EXIM одобрил ее в сентябре 2023 года, еще до того, как ее стали относить к PGI.' }),
      step('2024-07-19', 'in-progress', { en: 'PGI’s acting coordinator discussed transport, port and mineral investments in Astana and Tashkent in July 2024. No published PGI evaluation of the Middle Corridor was found.', ru: 'В июле 2024 года исполняющий обязанности координатора PGI обсуждал в Астане и Ташкенте инвестиции в транспорт, порты и полезные ископаемые. Опубликованной оценки Среднего коридора в рамках PGI найти не удалось.' }),
    ],
    events: [
      {
        date: '2024-06',
        summary: { en: 'The White House presented the $594 million EXIM loan guarantee to Kazakhstan’s railway, KTZ, for Wabtec locomotives as a PGI investment (reported by the Caspian Policy Center; the fact sheet itself was not found).', ru: 'Белый дом представил как инвестицию PGI гарантию Экспортно-импортного банка США (EXIM) на 594 млн долларов по кредиту казахстанской железной дороге «Казахстан темир жолы» (КТЖ) на локомотивы Wabtec (по данным Caspian Policy Center; саму информационную справку найти не удалось).' },
        sources: [S.cpcPgi],
        announced: true,
      },
      {
        date: '2024-07-19',
        summary: { en: 'PGI’s acting special coordinator met Kazakhstan’s deputy foreign minister in Astana on investment in transport, including the Aktau and Kuryk ports, clean energy and critical minerals; the delegation went on to Tashkent.', ru: 'Исполняющий обязанности специального координатора PGI встретился в Астане с заместителем министра иностранных дел Казахстана, чтобы обсудить инвестиции в транспорт, в том числе в порты Актау и Курык, в чистую энергетику и критически важные минералы; затем делегация отправилась в Ташкент.' },
        sources: [S.astanaTimesPgi, S.cpcPgi],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s3',
    sentenceId: 'economic-energy-corridor-2.s3',
    title: { en: 'Use State, DFC, EXIM and USAID tools for infrastructure', ru: 'Использовать для инфраструктуры инструменты Госдепартамента, DFC, EXIM и USAID' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['us-department-of-state', 'dfc', 'exim', 'usaid', 'pgi'] },
    statuses: [
      step('2023-09-22', 'in-progress', { en: 'EXIM approved a $594 million loan guarantee for Kazakhstan’s railway days after the summit.', ru: 'Через несколько дней после саммита Экспортно-импортный банк США (EXIM) одобрил гарантию по кредиту на 594 млн долларов для казахстанской железной дороги.' }),
      step('2025-07-01', 'in-progress', { en: 'Of the four tools named, USAID stopped implementing aid on 1 July 2025, after its aid was frozen and wound down earlier in 2025; EXIM and DFC stayed in use.', ru: 'Из четырех названных инструментов USAID (Агентство США по международному развитию) прекратило реализацию помощи 1 июля 2025 года, после того как ранее в 2025 году его помощь была заморожена и свернута; EXIM и Корпорация финансирования международного развития США (DFC) продолжали использоваться.' }),
      step('2026-02', 'in-progress', { en: 'EXIM and DFC issued letters of interest (November 2025, February 2026) for a tungsten mine and EXIM backs a locomotive financing for KTZ; letters of interest are not loans. USAID is closed.', ru: 'EXIM и DFC выдали письма о заинтересованности (ноябрь 2025 года, февраль 2026 года) по вольфрамовому руднику, а EXIM поддерживает финансирование закупки локомотивов для КТЖ; письма о заинтересованности — не кредиты. USAID закрыто.' }),
    ],
    events: [
      {
        date: '2023-09-22',
        summary: { en: 'EXIM’s board approved a $594 million loan guarantee to Kazakhstan’s national railway, KTZ, for Wabtec locomotives and shunter kits.', ru: 'Совет директоров EXIM одобрил гарантию по кредиту на 594 млн долларов национальной железной дороге Казахстана «Казахстан темир жолы» (КТЖ) на локомотивы Wabtec и комплекты для маневровых локомотивов.' },
        sources: [S.ecaWatchExim],
      },
      {
        date: '2025-05-19',
        summary: { en: 'The winding-down of USAID was reported to leave gaps in Central Asia, above all in Kyrgyzstan and Tajikistan, where it had long funded education and health work.', ru: 'Сообщалось, что сворачивание USAID (Агентства США по международному развитию) оставляет пробелы в Центральной Азии, прежде всего в Кыргызстане и Таджикистане, где агентство долгие годы финансировало работу в сфере образования и здравоохранения.' },
        sources: [S.bourseUsaidCuts],
      },
      {
        date: '2025-07-01',
        summary: { en: 'USAID formally stopped implementing foreign assistance; the programmes kept were moved to the State Department.', ru: 'USAID (Агентство США по международному развитию) официально прекратило реализацию иностранной помощи; сохраненные программы переданы Государственному департаменту.' },
        sources: [S.spotlightUsaidEnds],
      },
      {
        date: '2025-11',
        summary: { en: 'During the Kazakh president’s visit, KTZ signed a mandate agreement with Citibank to raise $1.6 billion over ten years for Wabtec locomotives, with EXIM as guarantor; a mandate, not yet the loan.', ru: 'Во время визита президента Казахстана КТЖ подписала с Citibank мандатное соглашение о привлечении 1,6 млрд долларов на десять лет на локомотивы Wabtec под гарантию EXIM; это мандат, а еще не сам кредит.' },
        sources: [S.seanewsKtzCiti],
        announced: true,
      },
      {
        date: '2025-11-06',
        summary: { en: 'EXIM issued a letter of interest for up to $900 million toward the U.S.–Kazakh tungsten venture announced at the summit.', ru: 'EXIM выдал письмо о заинтересованности на сумму до 900 млн долларов для объявленного на саммите американо-казахстанского вольфрамового совместного предприятия.' },
        sources: [S.reutersCoveTungsten],
        announced: true,
      },
      {
        date: '2026-02',
        summary: { en: 'The DFC issued letters of interest for up to $700 million in financing for the same tungsten project, the U.S. embassy said on 11 February.', ru: 'DFC выдала письма о заинтересованности в финансировании того же вольфрамового проекта на сумму до 700 млн долларов, сообщило 11 февраля посольство США.' },
        sources: [S.astanaTimesDfcTungsten],
        announced: true,
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-2.s4',
    sentenceId: 'economic-energy-corridor-2.s4',
    title: { en: 'Continue the dialogue at the USAID C5+1 Connectivity Ministerial in October', ru: 'Продолжить диалог в октябре на министерской встрече USAID по взаимосвязанности в формате C5+1' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['usaid-c5plus1-connectivity-ministerial', 'usaid'], states: ['UZB'] },
    statuses: [step('2023-10-24', 'done', { en: 'The ministerial met in Samarkand on 24 October 2023.', ru: 'Министерская встреча прошла в Самарканде 24 октября 2023 года.' })],
    events: [
      {
        date: '2023-10-24',
        summary: { en: 'The USAID Administrator and ministers of the five states met in Samarkand; USAID announced $14.3 million of new regional programmes.', ru: 'Администратор USAID (Агентство США по международному развитию) и министры пяти государств встретились в Самарканде; USAID объявило о новых региональных программах на 14,3 млн долларов.' },
        sources: [S.usaidSamarkand, S.diplomatSamarkand],
      },
    ],
    checked,
  },
  {
    id: 'economic-energy-corridor-3.s1',
    sentenceId: 'economic-energy-corridor-3.s1',
    title: { en: 'Work with the international financial institutions, including new World Bank and ADB mechanisms', ru: 'Работать с международными финансовыми институтами, в том числе с новыми механизмами Всемирного банка и Азиатского банка развития (АБР)' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['world-bank', 'asian-development-bank'] },
    statuses: [step(DECLARATION_DATE, 'no-public-record', { en: 'The search found no new World Bank or ADB financing mechanism tied to this sentence or to the C5+1 since the summit; the World Bank’s 2024 decision on CASA-1000 is recorded under energy.', ru: 'Поиск не выявил появившихся после саммита новых механизмов финансирования Всемирного банка или Азиатского банка развития (АБР), связанных с этим предложением декларации или с C5+1; решение Всемирного банка по CASA-1000 от 2024 года отражено среди обязательств в сфере энергетики.' })],
    events: [],
    checked,
  },
  {
    id: 'economic-energy-corridor-3.s2',
    sentenceId: 'economic-energy-corridor-3.s2',
    title: { en: 'Support a capital increase for the EBRD', ru: 'Поддержать увеличение капитала ЕБРР' },
    by: 'all',
    theme: 'trade-transport',
    concerns: { programmes: ['ebrd-capital-increase'] },
    statuses: [
      step('2023-12-15', 'done', { en: 'The increase was decided in December 2023; the sources found do not say how each signatory voted.', ru: 'Решение об увеличении было принято в декабре 2023 года; в найденных источниках не сказано, как голосовала каждая из подписавших сторон.' }),
      step('2025-12-17', 'done', { en: 'Decided in December 2023; by December 2025 the United States had authorised its subscription and the bank expected over 90% take-up. How the five Central Asian states subscribed is not in the sources found.', ru: 'Решение принято в декабре 2023 года; к декабрю 2025 года Соединенные Штаты одобрили свою подписку, а банк ожидал, что подписка превысит 90%. Как участвовали в подписке пять государств Центральной Азии, в найденных источниках не говорится.' }),
    ],
    events: [
      {
        date: '2023-11-15',
        summary: { en: 'The EBRD’s board of directors recommended a €4 billion paid-in capital increase to the bank’s governors.', ru: 'Совет директоров ЕБРР рекомендовал управляющим банка увеличить оплаченный капитал на 4 млрд евро.' },
        sources: [S.bneEbrd],
      },
      {
        date: '2023-12-15',
        summary: { en: 'The EBRD’s Board of Governors decided the €4 billion capital increase.', ru: 'Совет управляющих ЕБРР принял решение об увеличении капитала на 4 млрд евро.' },
        sources: [S.eumonitorEbrd],
      },
      {
        date: '2025-12-17',
        summary: { en: 'The EBRD said all its largest shareholders, the United States included, had subscribed or said they would; a U.S. appropriations law of November 2025 authorised $437.5 million for it. The deadline had been extended to the end of 2025.', ru: 'ЕБРР сообщил, что все его крупнейшие акционеры, включая Соединенные Штаты, подписались на увеличение капитала или заявили о намерении это сделать; закон США об ассигнованиях от ноября 2025 года санкционировал выделение на эти цели 437,5 млн долларов. Срок ранее был продлен до конца 2025 года.' },
        sources: [S.gbfrEbrd],
      },
    ],
    checked,
  },
];
