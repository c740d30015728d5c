// Every text we wrote (route names and notes, status notes, commitment titles and event summaries,
// programme descriptions, theme labels, the tour's captions) is in the Prose shape and has every
// language of the registry: adding a language to LANGS makes this fail once per text still to translate.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countProse, isProse, LANGS, untranslated } from '../../data/lang';
import type { PlaceDetails, RouteMeta } from '../../data/types';
import placeDetails from '../../src/data/place-details.json';
import { COMMITMENT_DEFS } from '../../src/content/commitments';
import { PROGRAMME_DEFS } from '../../src/content/programmes';
import { PROGRAMME_STATUS, ROUTE_STATUS_NOW, ROUTES_WITHOUT_NEWER_RECORD } from '../../src/content/status-now';
import { THEMES } from '../../src/content/themes';
import { TOUR_DEFS } from '../../src/content/tour';
import { proseSources } from '../../scripts/build/prose-sources';

const geo = (f: string) => readFileSync(resolve(__dirname, '../../public/geo', f), 'utf8');
const routeMeta = JSON.parse(geo('routes.json')) as RouteMeta[];
const placeNotes = Object.entries(placeDetails as Record<string, PlaceDetails>).flatMap(([id, d]) => (d.note ? [{ id, note: d.note as unknown }] : []));

/** Where our texts live (one list, shared with `npm run content:langs`), with how many each holds at least. */
const SOURCES = proseSources();

describe('our own texts, ready for a second language', () => {
  it.each(SOURCES)('$name: each text is found in the Prose shape', ({ value, atLeast }) => {
    expect(countProse(value)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each(SOURCES)('$name: each text has every language of the registry (' + LANGS.join(', ') + ')', ({ value }) => {
    const missing = untranslated(value).map((u) => `${u.path} has no ${u.lang}: “${u.en}”`);
    expect(missing).toEqual([]);
  });

  it('has each field the panels read as prose in the shape, not as a plain string', () => {
    const bad: string[] = [];
    const want = (ok: boolean, where: string) => ok || bad.push(where);
    for (const c of COMMITMENT_DEFS) {
      want(isProse(c.title) && c.statuses.every((s) => isProse(s.note)), `commitment ${c.id}`);
      c.events.forEach((e, i) => want(isProse(e.summary), `commitment ${c.id} event ${i}`));
    }
    for (const p of PROGRAMME_DEFS) want(isProse(p.summary) && (p.runBy === null || isProse(p.runBy)) && p.facts.every((f) => isProse(f.text)), `programme ${p.id}`);
    for (const [id, s] of Object.entries(ROUTE_STATUS_NOW)) want(isProse(s.note), `status now ${id}`);
    for (const [id, r] of Object.entries(PROGRAMME_STATUS)) r.steps.forEach((s, i) => want(isProse(s.note), `programme status ${id} ${i}`));
    for (const [id, note] of Object.entries(ROUTES_WITHOUT_NEWER_RECORD)) want(isProse(note), `no newer record ${id}`);
    for (const t of TOUR_DEFS) want(isProse(t.title) && isProse(t.caption), `tour ${t.id}`);
    for (const t of THEMES) want(isProse(t.label) && isProse(t.description), `theme ${t.id}`);
    for (const p of placeNotes) want(isProse(p.note), `place ${p.id}`);
    // The generated file, as the app reads it: each text the pipeline carries through is still Prose.
    for (const r of routeMeta) {
      const optional = (v: unknown) => v === null || v === undefined || isProse(v);
      want(isProse(r.name) && optional(r.statusNote) && optional(r.lengthReason), `routes.json ${r.id}`);
      want(r.facts.every((f) => isProse(f.text)) && (r.transfers ?? []).every((t) => isProse(t.text)), `routes.json ${r.id} facts and transfers`);
      want((r.sections ?? []).every((s) => isProse(s.name)) && (r.legs ?? []).every((l) => optional(l.section)), `routes.json ${r.id} sections`);
      want(!r.publishedLength || (isProse(r.publishedLength.text) && optional(r.publishedLength.covers)), `routes.json ${r.id} published length`);
    }
    expect(bad).toEqual([]);
  });
});
