// The app's words as the browser tests expect them: each language's whole catalog (first view and
// later messages) and the Russian names table, read from the files the build compiles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const json = (path: string) => JSON.parse(readFileSync(resolve(__dirname, '../../src/i18n', path), 'utf8'));
const catalog = (lang: string): Record<string, string> => ({ ...json(`locales/${lang}.json`), ...json(`locales/${lang}.later.json`) });

export const EN = catalog('en');
export const RU = catalog('ru');
export const NAMES_RU = json('names/ru.json') as { countries: Record<string, string> };
