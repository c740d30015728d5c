// A river or lake: what it is, the states it crosses or borders (computed with Turf by the
// pipeline), where it flows, and the declaration's sentences about water, each with its reason.
import { useEffect, useState } from 'react';
import { C5, type WaterEntry } from '../../../data/types';
import type { Content } from '../../content/build';
import { listWords } from '../../content/prose';
import { waterSentences } from '../../content/water';
import type { GeoLoad } from '../../data/geo';
import { useWaterTable } from '../waterTable';
import { PassageQuote, SelectLink, type OnSelect } from './common';

const BASIN_NAME = { 'amu-darya': 'Amu Darya', 'syr-darya': 'Syr Darya' } as const;
const KIND = { river: 'River', lake: 'Lake', reservoir: 'Reservoir' } as const;

export function WaterPanel({ id, geo, content, onSelect }: { id: string; geo: GeoLoad; content: Content; onSelect: OnSelect }) {
  const [entry, setEntry] = useState<WaterEntry | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const loadWater = useWaterTable();
  useEffect(() => {
    let live = true;
    loadWater().then(
      (w) => live && setEntry(w.water.find((e) => e.id === id) ?? null),
      (e: Error) => live && setError(`The rivers and lakes file (water.json) ${e.message}.`),
    );
    return () => {
      live = false;
    };
  }, [id, loadWater]);
  if (error) return <p role="alert">{error}</p>;
  if (entry === undefined) return <p className="muted">Loading…</p>;
  if (entry === null) return <p>This river or lake is not in the loaded data.</p>;

  const name = (c: string) => geo.index.countries.get(c)?.name ?? c;
  const verb = entry.kind === 'river' ? 'crosses' : 'borders';
  const sentences = waterSentences(content.declaration);
  const byParagraph = [...new Set(sentences.map((s) => s.paragraphId))];
  const reason = (glacier: boolean) => {
    const where = `The ${entry.name} ${verb} ${listWords(entry.states.map(name))}`;
    if (glacier) return `${where}; the sentence concerns preserving the region's glaciers.`;
    if (entry.basin) return `${where} and belongs to the ${BASIN_NAME[entry.basin]} basin, one of the two the passage's water cooperation concerns.`;
    return `${where}; the passage concerns water across Central Asia.`;
  };
  return (
    <>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{KIND[entry.kind]}</dd>
        <dt>{entry.kind === 'river' ? 'States it crosses' : 'States on its shores'}</dt>
        <dd>
          {entry.states.map((c, i) => (
            <span key={c}>
              {i > 0 && (entry.statesOrder === 'downstream' ? ' → ' : ', ')}
              {(C5 as readonly string[]).includes(c) ? (
                <SelectLink id={c} onSelect={onSelect}>
                  {name(c)}
                </SelectLink>
              ) : (
                name(c)
              )}
            </span>
          ))}
          {entry.statesOrder === 'downstream' && <span className="muted"> (downstream)</span>}
        </dd>
        {entry.flowsInto && (
          <>
            <dt>Flows into</dt>
            <dd>
              {entry.flowsInto.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())}
              {entry.flowsIntoSource && (
                <>
                  {' '}
                  (
                  <a href={entry.flowsIntoSource} target="_blank" rel="noopener noreferrer">
                    source
                  </a>
                  )
                </>
              )}
            </dd>
          </>
        )}
        {entry.basin && (
          <>
            <dt>Basin</dt>
            <dd>{BASIN_NAME[entry.basin]}</dd>
          </>
        )}
      </dl>
      <h3>What the declaration says of water ({sentences.length})</h3>
      {byParagraph.map((pid) => {
        const here = sentences.filter((s) => s.paragraphId === pid);
        return (
          <PassageQuote
            key={pid}
            content={content}
            passageId={pid}
            highlight={here.map((s) => s.sentenceId)}
            reasons={[{ kind: 'named', text: reason(here.every((s) => s.glacier)), sentenceIds: here.map((s) => s.sentenceId) }]}
            onSelect={onSelect}
          />
        );
      })}
      <p className="muted">Outline and name from Natural Earth (1:10m); the states are computed from the drawn line.</p>
    </>
  );
}
