// Links from the five states and the routes to passages: computed from the geography, each with a reason.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { C5 } from '../../data/types';
import { GEO_FIXTURE } from '../support/geo-fixture';
import { buildLinks, declaration, geoInputFrom, programmes, type GeoInput, type LinkIndex } from '../../src/content';

const allPassages = declaration.paragraphs.map((p) => p.id);
const specificIds = (index: LinkIndex, id: string) => index.forFeature(id)!.specific.map((l) => l.passageId);
const reasonsFor = (index: LinkIndex, id: string, passageId: string) =>
  index.forFeature(id)!.specific.find((l) => l.passageId === passageId)?.reasons.map((r) => r.text) ?? [];

/** Checks every property that must hold whatever the geography; used on the fixture and on the real files. */
function invariants(index: LinkIndex, geo: GeoInput) {
  it('gives every link a plain-English reason whose quotations are verbatim from the passage', () => {
    for (const link of index.links) {
      const paragraph = declaration.paragraphs.find((p) => p.id === link.passageId)!;
      expect(link.reason).toMatch(/^[A-Z].*\.$/);
      for (const [, quote] of link.reason.matchAll(/“([^”]+)”/g)) expect(paragraph.text, link.reason).toContain(quote);
      for (const sid of link.sentenceIds) expect(paragraph.sentences.some((s) => s.id === sid)).toBe(true);
      if (link.kind !== 'joint') expect(link.sentenceIds.length).toBeGreaterThan(0);
    }
  });

  it('gives each of the five states and each route at least one specific passage', () => {
    for (const id of C5) expect(index.forState(id)!.specific.length, id).toBeGreaterThan(0);
    for (const r of geo.routes) expect(index.forRoute(r.id)!.specific.length, r.id).toBeGreaterThan(0);
  });

  it('keeps joint passages apart from specific ones; together they are the whole declaration for each state', () => {
    for (const id of C5) {
      const { specific, joint } = index.forState(id)!;
      const s = specific.map((l) => l.passageId);
      const j = joint.map((l) => l.passageId);
      expect(s.filter((p) => j.includes(p))).toEqual([]);
      expect([...s, ...j].sort()).toEqual([...allPassages].sort());
      expect(joint.every((l) => l.kind === 'joint')).toBe(true);
      expect(specific.every((l) => l.kind !== 'joint')).toBe(true);
    }
    for (const r of geo.routes) expect(index.forRoute(r.id)!.joint).toEqual([]);
  });

  it('reaches every paragraph from some state or route', () => {
    const reached = new Set(index.links.map((l) => l.passageId));
    expect(allPassages.filter((p) => !reached.has(p))).toEqual([]);
  });

  it('lists named passages before theme-by-place ones, each group in reading order', () => {
    for (const f of index.features) {
      const { specific } = index.forFeature(f.id)!;
      const rank = specific.map((l) => (l.kind === 'named' ? 0 : 1));
      expect(rank).toEqual([...rank].sort());
      for (const kind of ['named', 'theme-by-place']) {
        const order = specific.filter((l) => l.kind === kind).map((l) => allPassages.indexOf(l.passageId));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it('links the Afghanistan passages to exactly the five states that border Afghanistan in the geography', () => {
    const bordering = geo.states.find((s) => s.id === 'AFG')!.neighbours.filter((n) => (C5 as readonly string[]).includes(n));
    expect(bordering.length).toBeGreaterThan(0);
    for (const id of C5) {
      const reasons = reasonsFor(index, id, 'security-1').filter((r) => r.includes('Afghanistan'));
      if (bordering.includes(id)) expect(reasons, id).toEqual([`Names Afghanistan, which borders ${index.forState(id)!.feature.name}.`]);
      else expect(reasons, id).toEqual([]);
    }
  });

  it('links the Trans-Caspian / Middle Corridor passage to every Middle Corridor route, and the South Asia passage to every South Asia route', () => {
    for (const r of geo.routes) {
      const reasons = reasonsFor(index, r.id, 'economic-energy-corridor-2');
      const groups = [r.group, ...(r.alsoGroups ?? [])];
      const corridor = reasons.includes('Names the Trans-Caspian Trade Route, the “Middle Corridor”, which this route is part of.');
      const southAsia = reasons.some((x) => x.startsWith('Calls for “energy infrastructure and extension of transportation networks connecting Central Asia to South Asia”'));
      // A context route the declaration does not name is linked by neither phrase.
      expect(corridor, r.id).toBe(r.named !== false && groups.includes('middle-corridor'));
      expect(southAsia, r.id).toBe(r.named !== false && groups.includes('south-asia'));
    }
  });

  it('leads a South Asia route’s panel with connectivity toward South Asia, not with the security passage', () => {
    for (const r of geo.routes.filter((x) => x.group === 'south-asia')) {
      expect(index.forRoute(r.id)!.specific[0]?.passageId, r.id).toBe('economic-energy-corridor-2');
      expect(specificIds(index, r.id), r.id).not.toContain('security-1');
    }
  });

  it('links no state through Afghanistan in the universities sentence, which names no host state', () => {
    for (const id of C5) {
      expect(reasonsFor(index, id, 'people-1').filter((x) => x.includes('Afghanistan')), id).toEqual([]);
    }
  });

  it('links routes by theme only where the theme meets what the route is', () => {
    for (const r of geo.routes) {
      const energy = reasonsFor(index, r.id, 'energy-climate-1');
      const trade = reasonsFor(index, r.id, 'economic-energy-corridor-1');
      const isEnergy = r.modes.includes('power-line') || r.modes.includes('gas-pipeline');
      const isTransport = r.modes.some((m) => m === 'rail' || m === 'road' || m === 'sea');
      expect(energy.length > 0, r.id).toBe(isEnergy);
      expect(trade.length > 0, r.id).toBe(isTransport);
      if (r.modes.includes('gas-pipeline')) expect(energy[0]).toMatch(/“new energy export routes”.*gas pipeline\.$/);
      if (r.modes.includes('power-line')) expect(energy[0]).toMatch(/“integrating regional energy systems”.*power line\.$/);
    }
  });

  it('lets programmes inherit links through the passages that name them', () => {
    for (const f of index.features) {
      const passages = new Set(specificIds(index, f.id));
      for (const pl of index.programmesForFeature(f.id)) {
        const programme = programmes.find((p) => p.id === pl.programmeId)!;
        expect(pl.passageIds.every((pid) => passages.has(pid) && programme.passageIds.includes(pid))).toBe(true);
        expect(index.featuresForProgramme(pl.programmeId).map((x) => x.id)).toContain(f.id);
      }
    }
    for (const r of geo.routes.filter((x) => x.group === 'middle-corridor')) {
      expect(index.programmesForFeature(r.id).find((p) => p.programmeId === 'pgi')).toMatchObject({ inLinkedSentence: true });
    }
  });

  it('answers featuresForPassage consistently with the per-feature lists', () => {
    for (const pid of allPassages) {
      const features = index.featuresForPassage(pid).map((f) => f.feature.id).sort();
      const expected = index.features.filter((f) => specificIds(index, f.id).includes(pid)).map((f) => f.id).sort();
      expect(features).toEqual(expected);
    }
    expect(index.featuresForPassage('economic-energy-corridor-2').map((f) => f.feature.id)).toEqual(expect.arrayContaining(geo.routes.map((r) => r.id)));
  });
}

describe('buildLinks on a hand-made geography', () => {
  const index = buildLinks(declaration, programmes, GEO_FIXTURE);
  invariants(index, GEO_FIXTURE);

  it('names each of the five states in the opening paragraph, as the text writes it', () => {
    expect(reasonsFor(index, 'KAZ', 'preamble-1')).toEqual(['Names Kazakhstan, as “Republic of Kazakhstan”.']);
    expect(reasonsFor(index, 'KGZ', 'preamble-1')).toEqual(['Names Kyrgyzstan, as “Kyrgyz Republic”.']);
    expect(reasonsFor(index, 'TKM', 'preamble-1')).toEqual(['Names Turkmenistan.']);
  });

  it('reads Afghanistan’s neighbours from the geography, not from a list', () => {
    const withoutTajikBorder: GeoInput = {
      ...GEO_FIXTURE,
      states: GEO_FIXTURE.states.map((s) => (s.id === 'AFG' ? { ...s, neighbours: s.neighbours.filter((n) => n !== 'TJK') } : s)),
    };
    const other = buildLinks(declaration, programmes, withoutTajikBorder);
    expect(specificIds(index, 'TJK')).toContain('security-1');
    expect(specificIds(other, 'TJK')).not.toContain('security-1');
    expect(specificIds(other, 'UZB')).toContain('security-1');
  });

  it('links a state to a corridor passage through the routes that cross it', () => {
    expect(reasonsFor(index, 'KAZ', 'economic-energy-corridor-2')[0]).toBe(
      'Names the Trans-Caspian Trade Route, the “Middle Corridor”; on the map, Middle Corridor (core) crosses Kazakhstan.',
    );
    expect(reasonsFor(index, 'TKM', 'energy-climate-1')).toEqual([
      'Energy: the passage speaks of “new energy export routes”; on the map, TAPI gas pipeline crosses Turkmenistan.',
    ]);
    // Kazakhstan has no power line or pipeline in the fixture, so no energy-export link.
    expect(specificIds(index, 'KAZ')).not.toContain('energy-climate-1');
  });

  it('does not link routes to a passage just because it names Afghanistan', () => {
    expect(reasonsFor(index, 'tapi-pipeline', 'security-1')).toEqual([]);
    expect(reasonsFor(index, 'middle-corridor-core', 'security-1')).toEqual([]);
  });

  it('links a route in two groups to both groups’ passages, and a context route to neither', () => {
    const geo: GeoInput = {
      ...GEO_FIXTURE,
      routes: [
        ...GEO_FIXTURE.routes,
        { id: 'lapis', name: { en: 'Lapis Lazuli corridor' }, group: 'middle-corridor', alsoGroups: ['south-asia'], modes: ['rail', 'sea'], countries: ['AFG', 'TKM', 'AZE', 'GEO', 'TUR'] },
        { id: 'kti', name: { en: 'KTI' }, group: 'middle-corridor', named: false, modes: ['rail'], countries: ['KAZ', 'TKM', 'IRN'] },
      ],
    };
    const other = buildLinks(declaration, programmes, geo);
    const lapis = reasonsFor(other, 'lapis', 'economic-energy-corridor-2');
    expect(lapis).toContain('Names the Trans-Caspian Trade Route, the “Middle Corridor”, which this route is part of.');
    expect(lapis.some((x) => x.startsWith('Calls for “energy infrastructure'))).toBe(true);
    expect(reasonsFor(other, 'kti', 'economic-energy-corridor-2').filter((x) => x.startsWith('Names') || x.startsWith('Calls'))).toEqual([]);
    expect(reasonsFor(other, 'TKM', 'economic-energy-corridor-2').join(' ')).not.toContain('KTI');
  });

  it('marks joint links with the president who signed for the state', () => {
    const joint = index.forState('UZB')!.joint[0];
    expect(joint.reasons[0].text).toBe('A joint commitment: President Shavkat Mirziyoyev signed the whole declaration for Uzbekistan, with the other five presidents.');
    expect(index.forState('AFG')!.joint).toEqual([]);
  });

  it('lists for a power line the programme its linked sentence names first', () => {
    const casa = index.programmesForFeature('casa-1000');
    expect(casa[0]).toMatchObject({ programmeId: 'usaid', inLinkedSentence: true });
    expect(casa.find((p) => p.programmeId === 'usaid-power-central-asia')).toMatchObject({ inLinkedSentence: true, passageIds: ['energy-climate-1'] });
    expect(index.featuresForProgramme('usaid-power-central-asia').map((f) => f.id)).toEqual(expect.arrayContaining(['casa-1000', 'KGZ', 'TJK']));
  });

  it('tells states and routes apart and rejects a geography without the five states', () => {
    expect(index.forState('casa-1000')).toBeUndefined();
    expect(index.forRoute('KAZ')).toBeUndefined();
    expect(index.forRoute('no-such-route')).toBeUndefined();
    expect(() => buildLinks(declaration, programmes, { ...GEO_FIXTURE, states: GEO_FIXTURE.states.filter((s) => s.id !== 'KGZ') })).toThrow(/lacks KGZ/);
  });
});

const COUNTRIES = fileURLToPath(new URL('../../public/geo/countries.geojson', import.meta.url));
const ROUTES = fileURLToPath(new URL('../../public/geo/routes.json', import.meta.url));

// The generated files are committed: they must be there, and the same invariants must hold on them.
describe('buildLinks on the generated public/geo files', () => {
  const geo = geoInputFrom(JSON.parse(readFileSync(COUNTRIES, 'utf8')), JSON.parse(readFileSync(ROUTES, 'utf8')));
  const index = buildLinks(declaration, programmes, geo);
  invariants(index, geo);

  it('includes every route the geo pipeline draws', () => {
    expect(index.features.filter((f) => f.kind === 'route').map((f) => f.id)).toEqual(geo.routes.map((r) => r.id));
  });
});
