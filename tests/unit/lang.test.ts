// The shape of our own texts and how the reader's language is picked.
import { describe, expect, it } from 'vitest';
import { concatProse, countProse, DEFAULT_LANG, isProse, LANGS, prose, proseOrNull, untranslated, type Lang, type Prose } from '../../data/lang';

const RU: Lang = 'ru';

describe('a text in the reader’s language', () => {
  it('has English first in the registry, and English as the default', () => {
    expect(LANGS[0]).toBe('en');
    expect(DEFAULT_LANG).toBe('en');
  });

  it('gives the reader’s language where the text has it, and English where it has not or has it empty', () => {
    const both = { en: 'Operating.', ru: 'Действует.' } as Prose;
    expect(prose(both)).toBe('Operating.');
    expect(prose(both, RU)).toBe('Действует.');
    expect(prose({ en: 'Operating.' }, RU)).toBe('Operating.');
    expect(prose({ en: 'Operating.', ru: '' } as Prose, RU)).toBe('Operating.');
  });

  it('keeps an absent optional text absent', () => {
    expect(proseOrNull(null)).toBeNull();
    expect(proseOrNull(undefined)).toBeNull();
    expect(proseOrNull({ en: 'A note.' })).toBe('A note.');
  });

  it('recognises the shape in parsed JSON, and nothing else', () => {
    expect(isProse(JSON.parse('{"en":"A note."}'))).toBe(true);
    for (const v of ['A note.', null, ['A note.'], { ru: 'Заметка.' }, { en: 3 }]) expect(isProse(v), JSON.stringify(v)).toBe(false);
  });

  it('joins a common sentence and a detail in the languages both have', () => {
    expect(concatProse({ en: 'Drawn straight.' }, { en: ' The line opened in 2014.' })).toEqual({ en: 'Drawn straight. The line opened in 2014.' });
    expect(concatProse({ en: 'A.', ru: 'А.' }, { en: ' B.', ru: ' Б.' })).toEqual({ en: 'A. B.', ru: 'А. Б.' });
  });
});

describe('finding texts that lack a language', () => {
  const data = {
    routes: [
      { id: 'a', name: { en: 'Route A' }, facts: [{ text: { en: 'About 760 km' } }], note: null },
      { id: 'b', name: { en: '' }, facts: [] },
    ],
  };

  it('names each text by its path, with its English', () => {
    expect(untranslated(data, ['en'])).toEqual([{ path: 'routes[1].name', lang: 'en', en: '' }]);
    expect(countProse(data)).toBe(3);
  });

  it('lists every text once a second language is asked for', () => {
    expect(untranslated(data, ['en', RU]).map((u) => `${u.path} ${u.lang}`)).toEqual([
      'routes[0].name ru',
      'routes[0].facts[0].text ru',
      'routes[1].name en',
      'routes[1].name ru',
    ]);
    expect(untranslated({ name: { en: 'Route A', ru: 'Маршрут А' } }, ['en', RU])).toEqual([]);
  });
});
