// MapLibre's stylesheet without the rules for the parts of MapLibre the atlas never creates: popups,
// markers, the compass, geolocation, fullscreen, terrain, globe, scale and logo controls, and the
// compact attribution. Those rules carry most of its bytes (their icons are inline SVG), and the
// stylesheet is in the first load. Applied by a Vite plugin (vite.config.ts) to the package's own
// file at build time, so it follows MapLibre's upgrades; a rule that also styles a part we do use
// keeps that part's selectors.

/** Class names (after `.maplibregl-`) of parts the atlas does not create. */
export const UNUSED_PARTS = [
  'popup',
  'marker',
  'user-location',
  'ctrl-geolocate',
  'ctrl-compass',
  'ctrl-fullscreen',
  'ctrl-shrink',
  'pseudo-fullscreen',
  'ctrl-terrain',
  'ctrl-globe',
  'ctrl-logo',
  'ctrl-scale',
  'compact',
  'ctrl-attrib-button',
  'track-pointer',
] as const;

const unusedClass = new RegExp(`\\.maplibregl-(?:${UNUSED_PARTS.join('|')})(?![\\w])|\\.maplibregl-(?:${UNUSED_PARTS.join('|')})-[\\w-]+`);
const unusedKeyframes = /^@keyframes\s+maplibregl-(?:spin|user-location-dot-pulse)\b/;

/** Splits a stylesheet (or an at-rule's body) into its top-level rules and statements, braces balanced, strings kept whole. */
export function topLevelRules(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if ((ch === '}' && --depth === 0) || (ch === ';' && depth === 0)) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Splits a selector list at its top-level commas (not those inside `:is(…)` and the like). */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

function trimRule(rule: string): string {
  const open = rule.indexOf('{');
  if (open < 0) return rule;
  const head = rule.slice(0, open).trim();
  if (unusedKeyframes.test(head)) return '';
  if (head.startsWith('@keyframes') || head.startsWith('@font-face')) return rule;
  const body = rule.slice(open + 1, rule.lastIndexOf('}'));
  if (head.startsWith('@')) {
    const inner = trimMapLibreCss(body);
    return inner ? `${head}{${inner}}` : '';
  }
  const kept = selectors(head).filter((s) => !unusedClass.test(s));
  return kept.length ? `${kept.join(',')}{${body}}` : '';
}

/** The stylesheet without the unused parts' rules and selectors. */
export function trimMapLibreCss(css: string): string {
  return topLevelRules(css).map(trimRule).join('');
}

/** The Vite plugin: MapLibre's stylesheet, trimmed, wherever the app imports it. */
export function trimMapLibreCssPlugin(): { name: string; enforce: 'pre'; transform: (code: string, id: string) => string | null } {
  return {
    name: 'corridor-atlas-maplibre-css',
    enforce: 'pre',
    transform: (code, id) => (/maplibre-gl\/dist\/maplibre-gl\.css(?:\?|$)/.test(id) ? trimMapLibreCss(code) : null),
  };
}
