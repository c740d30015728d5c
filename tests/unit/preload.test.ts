// The page preloads exactly the files the first view loads, each of which exists, with the
// credentials mode of the app's own fetch (so the response is reused, not fetched twice).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preloadFirstView, preloadTags } from '../../scripts/build/preload';
import { FIRST_VIEW, GEO_FILES } from '../../src/data/geo';

describe('preloading the first view', () => {
  it('names every first-view file and no other', () => {
    const hrefs = [...preloadTags().matchAll(/href="\.\/(geo\/[^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(FIRST_VIEW.map((k) => `geo/${GEO_FILES[k]}`));
    expect(hrefs).not.toContain('geo/routes.json');
    for (const h of hrefs) expect(existsSync(`public/${h}`), h).toBe(true);
    expect(preloadTags().match(/as="fetch" crossorigin="anonymous"/g)).toHaveLength(hrefs.length);
  });

  it('goes into the head, before the title', () => {
    const html = preloadFirstView().transformIndexHtml('<head><title>x</title></head>');
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('<title>'));
  });
});
