// Build-time: each message catalog (src/i18n/locales/*.json, ICU MessageFormat) compiled to Lingui's
// compiled form, so the page carries Lingui's small runtime and no ICU parser. A message that does
// not parse fails the build (and the unit tests, which load the catalog through the same plugin).
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/** `en.json` (a locale's first view) and `en.later.json` (the rest), for any locale. */
const CATALOG = /[\\/]src[\\/]i18n[\\/]locales[\\/][a-z]{2}(?:-[A-Z]{2})?(?:\.[a-z]+)?\.json$/;

/** ICU messages by id → Lingui's compiled token lists by id. */
export function compileCatalog(messages: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      // Always the token list, even for a plain label: Lingui's runtime warns on a bare string.
      out[id] = compileMessageOrThrow(message);
    } catch (e) {
      throw new Error(`Message "${id}" is not valid ICU MessageFormat: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Which files the plugin compiles; exported for its test. */
export const isCatalog = (id: string): boolean => CATALOG.test(id.split('?')[0]);

export function compileCatalogsPlugin(): Plugin {
  return {
    name: 'corridor-atlas-catalogs',
    // Before Vite's JSON plugin: the output is still JSON, which that plugin then turns into a module.
    enforce: 'pre',
    transform(code, id) {
      if (!isCatalog(id)) return null;
      return { code: JSON.stringify(compileCatalog(JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}
