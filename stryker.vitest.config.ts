// The unit tests that guard the address, the selection ids and the embed's parameters and messages:
// what `npm run mutation` (stryker.config.mjs) runs against each mutant. Node only, no browser.
import { defineConfig } from 'vitest/config';
import { compileCatalogsPlugin } from './scripts/build/catalog.ts';

export default defineConfig({
  // The message catalogs are compiled at import, as in the app's build: the notices these tests read are messages.
  plugins: [compileCatalogsPlugin()],
  test: {
    include: ['tests/unit/{url,selection,embed,hostile-urls,app-state}.test.ts'],
    environment: 'node',
  },
});
