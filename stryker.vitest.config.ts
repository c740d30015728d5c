// The unit tests that guard the address, the selection ids and the embed's parameters and messages:
// what `npm run mutation` (stryker.config.mjs) runs against each mutant. Node only, no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/{url,selection,embed,hostile-urls,app-state}.test.ts'],
    environment: 'node',
  },
});
