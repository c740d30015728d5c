// Tags each passage with the themes it carries, by keyword rules whose matched words become the reason.
// Rules rather than hand-tagging so that a change to the text re-tags itself and every tag says why.
import { prose } from '../../data/lang';
import type { Declaration, Paragraph, PassageId, Theme, ThemeId, ThemeTag } from './types';
import { listWords } from './prose';
import { t } from '../i18n';

export const THEMES: Theme[] = [
  { id: 'security', label: { en: 'Security', ru: 'Безопасность' }, description: { en: 'Defence, law enforcement, counterterrorism, borders and regional security.', ru: 'Оборона, правоохранительная деятельность, борьба с терроризмом, границы и региональная безопасность.' } },
  { id: 'trade-transport', label: { en: 'Trade and transport', ru: 'Торговля и транспорт' }, description: { en: 'Trade routes, transport networks, investment and the business environment.', ru: 'Торговые маршруты, транспортные сети, инвестиции и деловая среда.' } },
  { id: 'energy', label: { en: 'Energy', ru: 'Энергетика' }, description: { en: 'Energy systems, exports, clean energy, hydropower and nuclear fuel.', ru: 'Энергосистемы, экспорт, чистая энергетика, гидроэнергетика и ядерное топливо.' } },
  { id: 'climate-water', label: { en: 'Climate and water', ru: 'Климат и вода' }, description: { en: 'Climate change, water, glaciers and the environment.', ru: 'Изменение климата, водные ресурсы, ледники и окружающая среда.' } },
  { id: 'critical-minerals', label: { en: 'Critical minerals', ru: 'Критически важные минералы' }, description: { en: 'Critical minerals, their supply chains and mineral wealth.', ru: 'Критически важные минералы, цепочки их поставок и минеральные богатства.' } },
  { id: 'people-education', label: { en: 'People and education', ru: 'Люди и образование' }, description: { en: 'Education, training, youth, exchanges and people-to-people ties.', ru: 'Образование, профессиональная подготовка, молодежь, обмены и связи между людьми.' } },
  { id: 'governance-partnership', label: { en: 'Governance and the partnership', ru: 'Управление и партнерство' }, description: { en: 'The C5+1 format and its bodies, dialogue, sovereignty, rule of law and human rights.', ru: 'Формат C5+1 и его органы, диалог, суверенитет, верховенство права и права человека.' } },
];

/**
 * Case-sensitive on purpose: lower-case "security" is the theme, while "Security" in "Working Groups on
 * Economy, Energy and the Environment, and Security" is a name. "energy security", "water security"
 * and the like belong to their own themes, not to security.
 */
export const THEME_RULES: Record<ThemeId, RegExp[]> = {
  security: [
    /(?<!(?:energy|water|food|minerals) )\bsecurity\b/g,
    /\bdefense\b/g,
    /\blaw enforcement\b/g,
    /\bcounterterrorism\b/g,
    /\bterrorism\b/g,
    /\bradicalization\b/g,
    /\bsafe migration\b/g,
    /\bzone of peace\b/g,
  ],
  'trade-transport': [
    /\btrade\b/g,
    /\btransport(?:ation)?\b/g,
    /\bTrans-Caspian Trade Route\b/g,
    /\bMiddle Corridor\b/g,
    /\binvestments?\b/g,
    /\bbusiness(?:es)?\b/g,
    /\binfrastructure\b/g,
    /\bglobal markets\b/g,
  ],
  energy: [/\benergy\b/g, /\bhydropower\b/g, /\bnuclear fuel\b/g, /\bmethane\b/g, /\bpower\b/g],
  'climate-water': [
    /\bclimate\b/g,
    /\bwater\b/g,
    /\bglaciers?\b/g,
    /\benvironmental\b/g,
    /\becological\b/g,
    /\becosystems\b/g,
    /\bgreen economy\b/g,
    /\badaptation\b/g,
  ],
  'critical-minerals': [/\bcritical minerals\b/g, /\bmineral wealth\b/g, /\braw materials\b/g],
  'people-education': [
    /\beducation(?:al)?\b/g,
    /\btraining\b/g,
    /\bscholarships\b/g,
    /\bstudents\b/g,
    /\byouth\b/g,
    /\byoung professionals\b/g,
    /\bEnglish language\b/g,
    /\bexchange opportunities\b/g,
    /\bpeople-to-people\b/g,
    /\bhuman dimension\b/g,
  ],
  'governance-partnership': [
    /\bpartnerships?\b/g,
    /\bC5\+1 (?:platform|mechanism|framework)\b/g,
    /\bdiplomatic platform\b/g,
    /\bformat\b/g,
    /\bSecretariat\b/g,
    /\bWorking Groups\b/g,
    /\bSummit\b/g,
    /\b[Mm]inisterial\b/g,
    /\bdialogue\b/g,
    /\brule of law\b/g,
    /\bdemocratic governance\b/g,
    /\bhuman rights\b/g,
    /\bsovereign(?:ty)?\b/g,
    /\bUnited Nations\b/g,
    /\bprinciples\b/g,
  ],
};

const quoteList = (words: string[]): string => {
  const shown = words.slice(0, 5).map((w) => `“${w}”`);
  const more = words.length - shown.length;
  if (more > 0) return t('themes.andMore', { list: shown.join(', '), count: more });
  return listWords(shown);
};

export function tagParagraph(paragraph: Paragraph, rules: Record<ThemeId, RegExp[]> = THEME_RULES): ThemeTag[] {
  const tags: ThemeTag[] = [];
  for (const theme of THEMES) {
    const hits: { at: number; text: string; sentenceId: string }[] = [];
    for (const sentence of paragraph.sentences) {
      for (const rule of rules[theme.id]) {
        for (const m of sentence.text.matchAll(rule)) hits.push({ at: sentence.index * 1e6 + m.index, text: m[0], sentenceId: sentence.id });
      }
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.at - b.at);
    const matched = [...new Set(hits.map((h) => h.text))];
    tags.push({
      theme: theme.id,
      reason: themeReason({ theme: theme.id, matched }),
      matched,
      sentenceIds: [...new Set(hits.map((h) => h.sentenceId))].sort(
        (a, b) => Number(a.split('.s')[1]) - Number(b.split('.s')[1]),
      ),
    });
  }
  return tags;
}

/** Theme tags for every passage, keyed by passage id. */
export function tagThemes(declaration: Declaration): Record<PassageId, ThemeTag[]> {
  return Object.fromEntries(declaration.paragraphs.map((p) => [p.id, tagParagraph(p)]));
}

export function themeById(id: ThemeId): Theme {
  return THEMES.find((t) => t.id === id)!;
}

/**
 * Why a passage carries a theme, in the reader's language: the panels call it when they show a tag
 * (the tag's `reason` is the same sentence in the language the themes were tagged in).
 */
export function themeReason(tag: Pick<ThemeTag, 'theme' | 'matched'>): string {
  return t('themes.reason', { theme: prose(themeById(tag.theme).label), phrases: quoteList(tag.matched) });
}
