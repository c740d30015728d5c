// A dated series (data/series.ts) as a small SVG bar chart: each bar with its value and period, a
// part of a year hatched and a forecast outlined (and both said in words), the scope, unit and
// reporter in the heading, the sources as links beside it, and every figure again in a plain table
// for a screen reader. Loaded only with the side panel and the tour, so d3-scale stays out of the
// first load.
import { useId } from 'react';
import { prose } from '../../../data/lang';
import { periodSpan, pointsOn, seriesForRoute, SERIES_REPORTERS, SERIES_SCOPES, SERIES_UNITS, type Series, type SeriesPoint } from '../../../data/series';
import { labelTable } from '../../i18n';
import { formatDate, formatList, formatNumber, t } from '../../i18n/later';
import { basemap } from '../../map/palette';
import { barGeometry, CHART_BOX } from './seriesGeometry';

const UNIT = labelTable('series.unit', SERIES_UNITS);
const UNIT_SYMBOL = labelTable('series.unitSymbol', SERIES_UNITS);
const SCOPE = labelTable('series.scope', SERIES_SCOPES);
const REPORTER = labelTable('series.reporter', SERIES_REPORTERS);

const MONTH = labelTable('series.month', ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const);
/** A month's short name from 'YYYY-MM' (or a day in it), from the catalog. */
const monthOf = (ym: string) => MONTH[ym.slice(5, 7) as keyof typeof MONTH] ?? ym;

/** A period in words: "2023", "Jan – Jun 2024", "26 January 2025". */
export function periodText(period: string): string {
  const span = periodSpan(period);
  if (!span || span.kind === 'year') return period;
  if (span.kind === 'day') return formatDate(period);
  const [from, to] = period.split('/');
  if (from === to) return formatDate(from);
  const [fromYear, toYear] = [from.slice(0, 4), to.slice(0, 4)];
  return fromYear === toYear
    ? t('series.months', { from: monthOf(from), to: monthOf(to), year: fromYear })
    : t('series.monthsAcross', { from: monthOf(from), fromYear, to: monthOf(to), toYear });
}

/** The period under a bar, in one or two short lines. */
function periodLines(p: SeriesPoint): string[] {
  const span = periodSpan(p.period);
  const lines: string[] = [];
  if (!span || span.kind === 'year') lines.push(p.period);
  else if (span.kind === 'day') lines.push(p.period.slice(0, 4), t('series.dayMonth', { day: Number(p.period.slice(8, 10)), month: monthOf(p.period) }));
  else {
    const [from, to] = p.period.split('/');
    lines.push(from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}–${to.slice(0, 4)}`);
    lines.push(from === to ? monthOf(from) : `${monthOf(from)}–${monthOf(to)}`);
  }
  if (p.forecast) lines.push(t('series.forecastShort'));
  return lines;
}

/** What a figure is not: a whole year, a result. */
function flags(p: SeriesPoint): string[] {
  const out: string[] = [];
  if (periodSpan(p.period)?.kind === 'months') out.push(t('series.partial'));
  if (p.forecast) out.push(t('series.forecast'));
  return out;
}

const valueText = (s: Series, p: SeriesPoint) => t('series.value', { value: formatNumber(p.value), unit: UNIT_SYMBOL[s.unit] });

interface Props {
  series: Series;
  /** The map's date ('YYYY-MM-DD'): points whose period starts after it are left out. */
  day?: string;
  /** Only the chart, its heading and its sources; the table is kept for screen readers. */
  compact?: boolean;
}

export function SeriesChart({ series, day, compact = false }: Props) {
  const hatch = `series-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const points = pointsOn(series, day);
  if (points.length === 0) return null;
  const title = prose(series.title);
  const { bars, baseline } = barGeometry(points.map((p) => ({ key: p.period, value: p.value })));
  const figures = points.map((p) => {
    const f = flags(p);
    return t('series.figure', { period: f.length ? `${periodText(p.period)} (${f.join(', ')})` : periodText(p.period), value: valueText(series, p) });
  });
  const partial = points.some((p) => periodSpan(p.period)?.kind === 'months');
  const forecast = points.some((p) => p.forecast);
  // One line a source, naming the periods it backs.
  const sources = new Map<string, { source: SeriesPoint['source']; periods: string[] }>();
  for (const p of points) {
    const entry = sources.get(p.source.url) ?? { source: p.source, periods: [] };
    entry.periods.push(periodText(p.period));
    sources.set(p.source.url, entry);
  }
  return (
    <figure className="series" data-series={series.id}>
      <h4>
        {title}
        <small>{t('series.meta', { scope: SCOPE[series.scope], unit: UNIT[series.unit], reporter: REPORTER[series.reporter] })}</small>
      </h4>
      <svg
        className="series-chart"
        role="img"
        aria-label={t('series.chartLabel', { title, unit: UNIT[series.unit], figures: formatList(figures) })}
        viewBox={`0 0 ${CHART_BOX.width} ${CHART_BOX.height}`}
      >
        <defs>
          <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill={basemap.halo} />
            <line x1="0" y1="0" x2="0" y2="5" stroke={basemap.c5Border} strokeWidth="1.6" />
          </pattern>
        </defs>
        <line x1={CHART_BOX.side} x2={CHART_BOX.width - CHART_BOX.side} y1={baseline} y2={baseline} stroke={basemap.c5Border} />
        {bars.map((b, i) => {
          const p = points[i];
          const isPartial = periodSpan(p.period)?.kind === 'months';
          return (
            <g key={b.key} data-kind={p.forecast ? 'forecast' : isPartial ? 'partial' : 'whole'}>
              <rect
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                fill={p.forecast ? 'none' : isPartial ? `url(#${hatch})` : basemap.c5FillSelected}
                stroke={basemap.c5Border}
                strokeWidth={1.5}
                strokeDasharray={p.forecast ? '4 3' : undefined}
              />
              <text x={b.cx} y={b.y - 4} textAnchor="middle" fontSize="10.5" fontWeight="bold" fill={basemap.label}>
                {formatNumber(p.value)}
              </text>
              {periodLines(p).map((line, n) => (
                <text key={n} x={b.cx} y={baseline + 12 + n * 10.5} textAnchor="middle" fontSize="9.5" fill={basemap.label}>
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      {(partial || forecast || series.cumulative) && (
        <p className="series-key">
          <small>{[partial && t('series.keyPartial'), forecast && t('series.keyForecast'), series.cumulative && t('series.keyCumulative')].filter(Boolean).join(' ')}</small>
        </p>
      )}
      {!compact && series.note && (
        <p>
          <small>{prose(series.note)}</small>
        </p>
      )}
      <table className={compact ? 'sr-only' : undefined}>
        <caption className="sr-only">{t('series.tableCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('series.period')}</th>
            <th scope="col">{t('series.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.period}>
              <th scope="row">
                {periodText(p.period)}
                {flags(p).map((f) => (
                  <small key={f}>{f}</small>
                ))}
              </th>
              <td>
                {valueText(series, p)}
                {!compact && p.note && <small>{prose(p.note)}</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <small>{t('series.sources')}</small>
      </p>
      <ul className="sources">
        {[...sources.values()].map(({ source, periods }) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>{' '}
            <span className="muted">{t('series.sourceFor', { periods: formatList(periods), date: formatDate(source.published) })}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * A route's series under one heading, or nothing for a route without any (or none published by `day`).
 * `limit` keeps the first few and `compact` leaves out the heading and the notes, for the tour's card.
 */
export function RouteSeries({ routeId, day, limit, compact }: { routeId: string; day?: string; limit?: number; compact?: boolean }) {
  const list = seriesForRoute(routeId)
    .filter((s) => pointsOn(s, day).length > 0)
    .slice(0, limit);
  if (list.length === 0) return null;
  return (
    <section className="route-series">
      {!compact && <h3>{list.every((s) => s.cumulative) ? t('series.headingOther') : t('series.heading')}</h3>}
      {list.map((s) => (
        <SeriesChart key={s.id} series={s} day={day} compact={compact} />
      ))}
    </section>
  );
}
