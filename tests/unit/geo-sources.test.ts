// Every source the atlas cites names an article, not a home page: across the routes, the places'
// coordinates and the programmes' facts. A bare domain ("https://state.gov") fails here.
import { describe, expect, it } from 'vitest';
import { places } from '../../data/places';
import { routes } from '../../data/routes';
import { routeSources, urlHasPath } from '../../scripts/geo/validate';
import { PROGRAMME_DEFS } from '../../src/content/programmes';
import { SOURCES } from '../../src/content/sources';

const withoutPath = (list: { where: string; url: string }[]) => list.filter((s) => !urlHasPath(s.url)).map((s) => `${s.where}: ${s.url}`);

describe('source URLs', () => {
  it('every route source, fact, published length, transfer and section cites an article', () => {
    const all = routes.flatMap((r) => routeSources(r).map(({ where, source }) => ({ where: `${r.id} ${where}`, url: source.url })));
    expect(all.length).toBeGreaterThan(routes.length);
    expect(withoutPath(all)).toEqual([]);
  });

  it('every place coordinate that is not a drawn waypoint cites an article', () => {
    const all = places.flatMap((p) => (p.coordSource && p.kind !== 'waypoint' ? [{ where: p.id, url: p.coordSource.url }] : []));
    expect(withoutPath(all)).toEqual([]);
  });

  it('every programme fact cites an article or the declaration', () => {
    const all = [
      ...Object.entries(SOURCES).map(([k, s]) => ({ where: `SOURCES.${k}`, url: s.url })),
      ...PROGRAMME_DEFS.flatMap((p) => p.facts.flatMap((f) => f.sources.flatMap((s) => (s === 'declaration' ? [] : [{ where: p.id, url: s.url }])))),
    ];
    expect(withoutPath(all)).toEqual([]);
  });

  it('names none of the bare domains the review found', () => {
    const urls = [
      ...routes.flatMap((r) => routeSources(r).map((s) => s.source.url)),
      ...Object.values(SOURCES).map((s) => s.url),
    ];
    for (const bare of ['state.gov', 'usaid.gov', 'exim.gov', 'bne.eu', 'asian-power.com', 'commonspace.eu']) {
      expect(urls.filter((u) => new URL(u).hostname.replace(/^www\./, '') === bare && !urlHasPath(u))).toEqual([]);
    }
  });
});
