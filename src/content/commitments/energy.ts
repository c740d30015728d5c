// Follow-through of the energy commitments (section "Enhancing Energy Security and Combating the Effects of Climate Change").
import { S } from './sources';
import { step } from './types';
import type { CommitmentDef } from './types';

const checked = '2026-12-07';

export const ENERGY: CommitmentDef[] = [
  {
    id: 'energy-climate-1.s1',
    sentenceId: 'energy-climate-1.s1',
    title: { en: 'Integrate regional energy systems and open new export routes', ru: 'Интегрировать региональные энергосистемы и открыть новые экспортные маршруты' },
    by: 'all',
    theme: 'energy',
    concerns: { routes: ['casa-1000', 'tapi-pipeline'], states: ['KGZ', 'TJK', 'TKM'] },
    statuses: [
      step('2024-02-15', 'in-progress', { en: 'The World Bank decided to resume CASA-1000 in Afghanistan; that was a decision, and works there had not yet restarted.', ru: 'Всемирный банк принял решение возобновить CASA-1000 в Афганистане; речь шла о решении, работы там еще не возобновились.' }),
      step('2024-09-11', 'in-progress', { en: 'Construction of TAPI’s Afghan section was launched; CASA-1000’s Afghan works were still awaited.', ru: 'Начато строительство афганского участка газопровода ТАПИ; работы на афганском участке CASA-1000 все еще ожидались.' }),
      step('2025-07', 'in-progress', { en: 'CASA-1000 is built in Kyrgyzstan, Tajikistan and (nearly) Pakistan; in Afghanistan works are under way again, dated December 2024 by a World Bank mission and July 2025 by a Kyrgyz official. TAPI’s Afghan section is under construction toward Herat. Neither line carries power or gas yet.', ru: 'CASA-1000 построена в Кыргызстане, Таджикистане и (почти) в Пакистане; в Афганистане работы снова ведутся: миссия Всемирного банка датирует их возобновление декабрем 2024 года, а кыргызский чиновник — июлем 2025 года. Афганский участок газопровода ТАПИ строится в направлении Герата. Пока ни ЛЭП не передает электроэнергию, ни газопровод не транспортирует газ.' }),
    ],
    events: [
      {
        date: '2024-02-15',
        summary: { en: 'The World Bank’s board approved resuming CASA-1000 in Afghanistan, ring-fenced from the Taliban authorities, at the request of Kyrgyzstan, Tajikistan and Pakistan.', ru: 'Совет директоров Всемирного банка по просьбе Кыргызстана, Таджикистана и Пакистана одобрил возобновление CASA-1000 в Афганистане с изоляцией средств от властей талибов.' },
        sources: [S.kabulnowWbCasa, S.dawnWbCasa],
      },
      {
        date: '2024-03-01',
        summary: { en: 'Pakistan joined Kyrgyzstan and Tajikistan in a joint declaration backing the World Bank’s ring-fenced resumption.', ru: 'Пакистан вместе с Кыргызстаном и Таджикистаном выступил с совместной декларацией в поддержку возобновления проекта Всемирным банком с изоляцией средств.' },
        sources: [S.urdupointCasa],
      },
      {
        date: '2024-03-08',
        summary: { en: 'The Taliban spokesman said a CASA-1000 agreement among the four countries had been signed that Friday and that work in Afghanistan would start in late April.', ru: 'Представитель талибов заявил, что соглашение по CASA-1000 между четырьмя странами было подписано в пятницу и что работы в Афганистане начнутся в конце апреля.' },
        sources: [S.tkgCasa],
      },
      {
        date: '2024-09-11',
        summary: { en: 'Construction of TAPI’s Afghan section, from the Turkmen border toward Herat, was launched at a ceremony attended by Turkmenistan’s leaders and the Afghan prime minister.', ru: 'На церемонии с участием руководства Туркменистана и премьер-министра Афганистана начато строительство афганского участка газопровода ТАПИ (Туркменистан – Афганистан – Пакистан – Индия) от туркменской границы в направлении Герата.' },
        sources: [S.economyPkTapi, S.apTapi],
      },
      {
        date: '2024-12',
        summary: { en: 'According to a World Bank mission reported by Business Recorder in April 2025, construction of CASA-1000 in Afghanistan resumed in December 2024, with over 100 towers erected since.', ru: 'По данным миссии Всемирного банка, о которых в апреле 2025 года сообщила Business Recorder, строительство CASA-1000 в Афганистане возобновилось в декабре 2024 года, и с тех пор возведено более 100 опор.' },
        sources: [S.brecorderCasaMission],
      },
      {
        date: '2025-03',
        summary: { en: 'The presidents of Tajikistan and Kyrgyzstan inaugurated CASA-1000’s 500 kV Datka–Sughd line in Khujand.', ru: 'Президенты Таджикистана и Кыргызстана открыли в Худжанде линию CASA-1000 «Датка – Согд» напряжением 500 кВ.' },
        sources: [S.afintlCasa],
      },
      {
        date: '2025-04',
        summary: { en: 'Afghanistan’s Taliban energy minister was reported as saying the Afghan part was 70% complete but that work awaited $100 million from the World Bank to restart, an account at odds with the mission’s.', ru: 'Министр энергетики Афганистана в правительстве талибов, по сообщениям, заявил, что афганская часть готова на 70%, но для возобновления работ ожидается 100 млн долларов от Всемирного банка; эти слова расходятся с данными миссии.' },
        sources: [S.intellinewsCasa],
      },
      {
        date: '2025-04-24',
        summary: { en: 'TAPI’s Afghan project head said 14 km of pipe had been completed inside Afghanistan.', ru: 'Руководитель проекта ТАПИ с афганской стороны сообщил, что на территории Афганистана завершено 14 км трубопровода.' },
        sources: [S.afintlTapi14km],
      },
      {
        date: '2025-07',
        summary: { en: 'Kyrgyzstan’s CASA-1000 coordinator said in March 2026 that works in Afghanistan resumed in July 2025 and were under way, with Indian contractors; Kyrgyzstan and Tajikistan were waiting on the Afghan section.', ru: 'Координатор CASA-1000 от Кыргызстана заявил в марте 2026 года, что работы в Афганистане возобновились в июле 2025 года и ведутся с участием индийских подрядчиков; Кыргызстан и Таджикистан ждут готовности афганского участка.' },
        sources: [S.kg24Casa],
      },
      {
        date: '2025-10-22',
        summary: { en: 'A further phase of TAPI’s Serhetabat–Herat section was launched in Herat.', ru: 'В Герате дан старт очередному этапу работ на участке газопровода ТАПИ Серхетабад – Герат.' },
        sources: [S.ncaTapiHerat],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-1.s2',
    sentenceId: 'energy-climate-1.s2',
    title: { en: 'Redouble efforts on clean energy, methane, hydropower and efficiency', ru: 'Удвоить усилия в области чистой энергетики, сокращения выбросов метана, гидроэнергетики и энергоэффективности' },
    by: 'all',
    theme: 'energy',
    concerns: { states: ['TKM'] },
    statuses: [step('2023-12-01', 'in-progress', { en: 'One signatory, Turkmenistan, joined the Global Methane Pledge; no joint C5+1 step on clean energy, methane or hydropower financing was found.', ru: 'Туркменистан, одна из подписавших сторон, присоединился к Глобальному обязательству по метану; совместных шагов C5+1 в области чистой энергетики, метана или финансирования гидроэнергетики не найдено.' })],
    events: [
      {
        date: '2023-11-24',
        summary: { en: 'Turkmenistan’s foreign minister told the government it would announce joining the Global Methane Pledge at COP28, and noted its work with USAID on cutting methane.', ru: 'Министр иностранных дел Туркменистана сообщил правительству, что страна объявит о присоединении к Глобальному обязательству по метану на COP28, и отметил ее работу с USAID (Агентством США по международному развитию) по сокращению выбросов метана.' },
        sources: [S.ncaMethane],
        announced: true,
      },
      {
        date: '2023-12-01',
        summary: { en: 'At COP28 Turkmenistan’s president declared the country’s accession to the Global Methane Pledge.', ru: 'На COP28 президент Туркменистана объявил о присоединении страны к Глобальному обязательству по метану.' },
        sources: [S.businessTmMethane],
      },
    ],
    checked,
  },
  {
    id: 'energy-climate-1.s3',
    sentenceId: 'energy-climate-1.s3',
    title: { en: 'Clean energy trade through USAID Power Central Asia', ru: 'Торговля чистой энергией в рамках программы USAID Power Central Asia' },
    by: 'all',
    theme: 'energy',
    concerns: { programmes: ['usaid-power-central-asia', 'usaid'] },
    statuses: [
      step('2024-01-10', 'in-progress', { en: 'USAID’s Power Central Asia delivered grid equipment to the regional dispatch centre.', ru: 'В рамках программы Power Central Asia USAID (Агентство США по международному развитию) передало региональному диспетчерскому центру оборудование для энергосетей.' }),
      step('2025-07-01', 'stalled', { en: 'USAID, which ran Power Central Asia, stopped implementing aid on 1 July 2025, after its aid was frozen and wound down earlier in 2025. No source names the programme’s own end, and none shows it continuing.', ru: 'USAID (Агентство США по международному развитию), которое вело программу Power Central Asia, прекратило реализацию помощи 1 июля 2025 года, после того как ранее в 2025 году его помощь была заморожена и свернута. Ни один источник не сообщает о завершении самой программы, но ни один не свидетельствует и о ее продолжении.' }),
    ],
    events: [
      {
        date: '2024-01-10',
        summary: { en: 'Under Power Central Asia, a five-year $39 million programme, USAID handed $1.4 million of grid-management equipment and software to the regional dispatch centre in Tashkent.', ru: 'В рамках Power Central Asia — пятилетней программы стоимостью 39 млн долларов — USAID (Агентство США по международному развитию) передало региональному диспетчерскому центру в Ташкенте оборудование и программное обеспечение для управления энергосетью на 1,4 млн долларов.' },
        sources: [S.timescaPca, S.daryoPca],
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
    ],
    checked,
  },
  {
    id: 'energy-climate-1.s4',
    sentenceId: 'energy-climate-1.s4',
    title: { en: 'Deepen cooperation on clean energy, possibly nuclear fuel supply', ru: 'Углублять сотрудничество в области чистой энергетики, возможно, включая поставки ядерного топлива' },
    by: 'all',
    theme: 'energy',
    concerns: { states: ['KAZ'] },
    statuses: [step('2025-11-06', 'in-progress', { en: 'Only words so far: the 2025 summit statement committed the six to energy diversification and civil nuclear cooperation. No nuclear fuel supply arrangement or joint clean-energy project under this sentence was found.', ru: 'Пока только слова: в заявлении саммита 2025 года шесть стран обязались развивать диверсификацию энергетики и сотрудничество в области гражданской атомной энергетики. Договоренностей о поставках ядерного топлива или совместных проектов в области чистой энергетики в рамках этого предложения не найдено.' })],
    events: [
      {
        date: '2025-11-06',
        summary: { en: 'The C5+1 joint statement of the Washington summit committed the six to cooperation on energy diversification and civil nuclear development.', ru: 'В совместном заявлении C5+1 по итогам саммита в Вашингтоне шесть стран обязались сотрудничать в области диверсификации энергетики и развития гражданской атомной энергетики.' },
        sources: [S.ncaSummit2025Statement],
        announced: true,
      },
    ],
    checked,
  },
];
