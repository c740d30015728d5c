// The evidence date and the search date the app shows are constants (the first view needs them before
// the content loads): this recomputes both from the records, so a new source or search moves them.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_DAY, EVIDENCE_MONTH, SEARCHED_DAY } from '../../data/evidence';
import { lines } from '../../data/lines';
import { routes } from '../../data/routes';
import { dayOf } from '../../data/history';
import { COMMITMENT_DEFS } from '../../src/content/commitments';
import { PROGRAMME_STATUS, ROUTE_STATUS_NOW, STATUS_NOW_CHECKED } from '../../src/content/status-now';

const month = (d: string) => d.slice(0, 7);
const max = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a), '');

describe('the evidence and search dates', () => {
  it('say the month of the newest source any record cites', () => {
    const published = [
      ...COMMITMENT_DEFS.flatMap((c) => c.events.flatMap((e) => e.sources.map((s) => s.published ?? e.date))),
      ...Object.values(PROGRAMME_STATUS).flatMap((r) => r.steps.flatMap((s) => s.sources.map((x) => x.published ?? s.date))),
      ...Object.values(ROUTE_STATUS_NOW).flatMap((r) => [r.asOf, ...r.sources.map((s) => ('published' in s && typeof s.published === 'string' ? s.published : r.asOf))]),
    ];
    expect(EVIDENCE_MONTH).toBe(month(max(published)));
  });

  it('end the map no earlier than any dated track or service change', () => {
    const changes = [...lines.flatMap((l) => l.history.map((h) => h.date)), ...routes.flatMap((r) => r.service.map((h) => h.date))];
    expect(dayOf(max(changes)) <= EVIDENCE_DAY, max(changes)).toBe(true);
  });

  it('say the newest search of any record', () => {
    const checked = [...COMMITMENT_DEFS.map((c) => c.checked), ...Object.values(PROGRAMME_STATUS).map((r) => r.checked), STATUS_NOW_CHECKED];
    expect(SEARCHED_DAY).toBe(max(checked));
  });
});
