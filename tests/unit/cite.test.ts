// "Cite this view": the permalink of exactly what is on screen, and the APA, Chicago and BibTeX
// citations built on it, in the reader's language, with the atlas's version, the evidence date and
// the access date; and BibTeX's escaping.
import { afterEach, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { EVIDENCE_MONTH } from '../../data/evidence';
import { activate, SOURCE_LOCALE } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/langs';
import { bibtexKey, bibtexText, bibtexUrl, citeDate, citeView, localDay, permalink, viewTitleOf } from '../../src/export/cite';
import { parseHash } from '../../src/state/url';

afterEach(() => activate(SOURCE_LOCALE));

const APP = 'https://atlas.example/corridor/';
const kaz = parseHash('#sel=KAZ&asof=2024-06-01').state;

describe('the permalink', () => {
  it('holds the map, the selection, the date and the language, always naming the language', () => {
    const state = parseHash('#map=5/41.2/69.3&sel=KAZ&asof=2024-06-01').state;
    expect(permalink({ appUrl: APP, state, lang: 'ru' })).toBe(`${APP}?lang=ru#map=5/41.2/69.3&sel=KAZ&asof=2024-06-01`);
    expect(permalink({ appUrl: APP, state: {}, lang: 'en' })).toBe(`${APP}?lang=en`);
  });
});

describe('the view’s title', () => {
  it('is the selection’s, with the map’s date when it is not the summit’s', () => {
    expect(viewTitleOf('Kazakhstan', {}, 'en')).toBe('Kazakhstan');
    expect(viewTitleOf('Kazakhstan', { asof: '2023' }, 'en')).toBe('Kazakhstan');
    expect(viewTitleOf('Kazakhstan', kaz, 'en')).toBe('Kazakhstan, as of June 1, 2024');
    expect(viewTitleOf(null, kaz, 'en')).toBe('The map as of June 1, 2024');
    expect(viewTitleOf(null, { asof: 'latest' }, 'en')).toBe('The map as of March 31, 2026');
    expect(viewTitleOf(null, {}, 'en')).toBeNull();
  });

  it('writes dates as each style’s language does', () => {
    expect(citeDate('2026-12-07', 'en')).toBe('December 7, 2026');
    expect(citeDate('2026-03', 'en')).toBe('March 2026');
    expect(citeDate('2026-12-07', 'ru')).toBe('7 декабря 2026 г.');
    expect(localDay(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });
});

describe('the three styles in English', () => {
  const c = citeView({ appUrl: APP, state: kaz, lang: 'en', viewTitle: 'Kazakhstan', accessed: '2026-12-07' });
  const link = `${APP}?lang=en#sel=KAZ&asof=2024-06-01`;

  it('APA: group author, n.d., the view in the atlas with its version, retrieved on the access date', () => {
    expect(c.permalink).toBe(link);
    expect(c.apa).toBe(
      'Corridor Atlas contributors. (n.d.). Kazakhstan, as of June 1, 2024 [Interactive map]. ' +
        `In Corridor Atlas: the C5+1 New York Declaration on a map (Version ${version}; evidence up to March 2026). ` +
        `Retrieved December 7, 2026, from ${link}`,
    );
  });

  it('Chicago: the view in quotation marks, the site, its version, the access date, the URL', () => {
    expect(c.chicago).toBe(
      'Corridor Atlas contributors. “Kazakhstan, as of June 1, 2024.” Corridor Atlas: the C5+1 New York Declaration on a map. ' +
        `Version ${version}; evidence up to March 2026. Accessed December 7, 2026. ${link}.`,
    );
  });

  it('BibTeX: @misc with a stable key, \\url with # escaped, the version and evidence in the note, urldate', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{corridor-atlas-KAZ-2024-06-01,',
        '  author = {{Corridor Atlas contributors}},',
        '  title = {{Corridor Atlas: the C5+1 New York Declaration on a map — Kazakhstan, as of June 1, 2024}},',
        `  howpublished = {\\url{${APP}?lang=en\\#sel=KAZ&asof=2024-06-01}},`,
        `  note = {Version ${version}; evidence up to March 2026},`,
        '  urldate = {2026-12-07},',
        '  langid = {english},',
        '}',
      ].join('\n'),
    );
    // The key is the view's: the same on another day, in another language.
    expect(citeView({ appUrl: APP, state: kaz, lang: 'en', viewTitle: 'Kazakhstan', accessed: '2027-01-02' }).bibtex.split('\n')[0]).toBe('@misc{corridor-atlas-KAZ-2024-06-01,');
  });

  it('cites the default view as the atlas itself, and uses package.json’s version and the evidence month', () => {
    const d = citeView({ appUrl: APP, state: {}, lang: 'en', viewTitle: null, accessed: '2026-12-07' });
    expect(d.apa).toBe(
      `Corridor Atlas contributors. (n.d.). Corridor Atlas: the C5+1 New York Declaration on a map (Version ${version}; evidence up to March 2026) [Interactive map]. Retrieved December 7, 2026, from ${APP}?lang=en`,
    );
    expect(d.chicago).toBe(`Corridor Atlas contributors. Corridor Atlas: the C5+1 New York Declaration on a map. Version ${version}; evidence up to March 2026. Accessed December 7, 2026. ${APP}?lang=en.`);
    expect(d.bibtex).toMatch(/^@misc\{corridor-atlas,\n/);
    expect(EVIDENCE_MONTH).toBe('2026-03');
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the three styles in Russian', () => {
  it('speak Russian, with Russian dates, and link to the Russian view', async () => {
    await loadLanguage('ru');
    const state = parseHash('#map=4/42/63&sel=KAZ&asof=2024-06-01').state;
    const c = citeView({ appUrl: APP, state, lang: 'ru', viewTitle: 'Казахстан', accessed: '2026-12-07', version: '1.2.3', evidenceMonth: '2026-03' });
    const link = `${APP}?lang=ru#map=4/42/63&sel=KAZ&asof=2024-06-01`;
    expect(c.apa).toBe(
      'Участники проекта «Атлас коридоров». (б. г.). Казахстан, на 1 июня 2024 г. [Интерактивная карта]. ' +
        'В: Атлас коридоров: Нью-Йоркская декларация C5+1 на карте (Версия 1.2.3; сведения на март 2026 г.). ' +
        `Дата обращения: 7 декабря 2026 г. ${link}`,
    );
    expect(c.chicago).toBe(
      'Участники проекта «Атлас коридоров». «Казахстан, на 1 июня 2024 г.». Атлас коридоров: Нью-Йоркская декларация C5+1 на карте. ' +
        `Версия 1.2.3; сведения на март 2026 г. Дата обращения: 7 декабря 2026 г. ${link}.`,
    );
    expect(c.bibtex).toContain('@misc{corridor-atlas-KAZ-2024-06-01,');
    expect(c.bibtex).toContain('  title = {{Атлас коридоров: Нью-Йоркская декларация C5+1 на карте — Казахстан, на 1 июня 2024 г.}},');
    expect(c.bibtex).toContain(`  howpublished = {\\url{${APP}?lang=ru\\#map=4/42/63&sel=KAZ&asof=2024-06-01}},`);
    expect(c.bibtex).toContain('  note = {Версия 1.2.3; сведения на март 2026 г.},');
    expect(c.bibtex).toContain('  langid = {russian},');
    // No doubled full stop after «г.».
    for (const text of [c.apa, c.chicago]) expect(text).not.toMatch(/\.\./);
  });
});

describe('BibTeX escaping', () => {
  it('escapes LaTeX’s special characters once each', () => {
    expect(bibtexText('R&D: 50% of #1_{a}$ ~x^2 \\ end')).toBe('R\\&D: 50\\% of \\#1\\_\\{a\\}\\$ \\~{}x\\^{}2 \\textbackslash{} end');
    expect(bibtexText('Kazakhstan')).toBe('Kazakhstan');
  });

  it('keeps a URL whole inside \\url{…}: % and # escaped, braces, backslashes, spaces and non-ASCII encoded', () => {
    expect(bibtexUrl('https://a.example/x?y=1&z=%20#sel=a_b~c')).toBe('https://a.example/x?y=1&z=\\%20\\#sel=a_b~c');
    expect(bibtexUrl('https://a.example/{x}\\y z/атлас')).toBe('https://a.example/%7Bx%7D%5Cy%20z/%D0%B0%D1%82%D0%BB%D0%B0%D1%81');
  });

  it('escapes a title with special characters and makes a key of letters, digits and - _ . : only', () => {
    const c = citeView({ appUrl: APP, state: parseHash('#sel=route:a_b').state, lang: 'en', viewTitle: 'Rail & road: 100% {new}', accessed: '2026-12-07' });
    expect(c.bibtex).toContain('title = {{Corridor Atlas: the C5+1 New York Declaration on a map — Rail \\& road: 100\\% \\{new\\}}},');
    expect(bibtexKey({ sel: 'route:a b,c{d}' })).toBe('corridor-atlas-route:a-b-c-d-');
    expect(bibtexKey({ sel: 'KAZ', asof: 'latest' })).toBe('corridor-atlas-KAZ-2026-03-31');
    // Braces stay balanced in every field.
    const depth = [...c.bibtex.replace(/\\[{}]/g, '')].reduce((d, ch) => (d < 0 ? d : ch === '{' ? d + 1 : ch === '}' ? d - 1 : d), 0);
    expect(depth).toBe(0);
  });
});
