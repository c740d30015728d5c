// A river or lake: what it is, the states it crosses or borders (computed with Turf by the
// pipeline), where it flows, and the declaration's sentences about water, each with its reason.
import { useEffect, useState } from 'react';
import { C5, type WaterEntry } from '../../../data/types';
import type { Content } from '../../content/build';
import { waterSentences } from '../../content/water';
import type { GeoLoad } from '../../data/geo';
import { useWaterTable } from '../waterTable';
import { PassageQuote, SelectLink, type OnSelect } from './common';
import { formatList, t } from '../../i18n/later';
import { labelTable } from '../../i18n';

const BASIN_NAME = labelTable('basin', ['amu-darya', 'syr-darya'] as const);

export function WaterPanel({ id, geo, content, onSelect }: { id: string; geo: GeoLoad; content: Content; onSelect: OnSelect }) {
  const [entry, setEntry] = useState<WaterEntry | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const loadWater = useWaterTable();
  useEffect(() => {
    let live = true;
    loadWater().then(
      (w) => live && setEntry(w.water.find((e) => e.id === id) ?? null),
      (e: Error) => live && setError(t('water.loadError', { problem: e.message })),
    );
    return () => {
      live = false;
    };
  }, [id, loadWater]);
  if (error) return <p role="alert">{error}</p>;
  if (entry === undefined) return <p className="muted">{t('panel.loading')}</p>;
  if (entry === null) return <p>{t('water.missing')}</p>;

  const name = (c: string) => geo.index.countries.get(c)?.name ?? c;
  const sentences = waterSentences(content.declaration);
  const byParagraph = [...new Set(sentences.map((s) => s.paragraphId))];
  const reason = (glacier: boolean) => {
    const values = { kind: entry.kind, name: entry.name, states: formatList(entry.states.map(name)) };
    if (glacier) return t('water.reasonGlacier', values);
    if (entry.basin) return t('water.reasonBasin', { ...values, basin: BASIN_NAME[entry.basin] });
    return t('water.reason', values);
  };
  return (
    <>
      <dl className="facts">
        <dt>{t('panel.kind')}</dt>
        <dd>{t('water.kind', { kind: entry.kind })}</dd>
        <dt>{entry.kind === 'river' ? t('water.statesCrossed') : t('water.statesShores')}</dt>
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
          {entry.statesOrder === 'downstream' && <span className="muted">{t('water.downstream')}</span>}
        </dd>
        {entry.flowsInto && (
          <>
            <dt>{t('water.flowsInto')}</dt>
            <dd>
              {entry.flowsInto.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())}
              {entry.flowsIntoSource && (
                <>
                  {' ('}
                  <a href={entry.flowsIntoSource} target="_blank" rel="noopener noreferrer">
                    {t('water.source')}
                  </a>
                  {')'}
                </>
              )}
            </dd>
          </>
        )}
        {entry.basin && (
          <>
            <dt>{t('water.basin')}</dt>
            <dd>{BASIN_NAME[entry.basin]}</dd>
          </>
        )}
      </dl>
      <h3>{t('water.passages', { count: sentences.length })}</h3>
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
      <p className="muted">{t('water.credit')}</p>
    </>
  );
}
