// The two dates every status in the atlas stands on, kept apart: the newest source the follow-through
// and the histories rest on (the map's date slider ends there), and when the sources were searched.
// A test recomputes both from the data, so neither can drift from what the records cite.

/** 'YYYY-MM': the month of the newest source any record cites. */
export const EVIDENCE_MONTH = '2026-03';

/** 'YYYY-MM-DD': when the follow-through was last searched (the newest `checked` of any record). */
export const SEARCHED_DAY = '2026-12-07';

/** The last day of the evidence month: the last day the map can be shown at. */
export const EVIDENCE_DAY = lastDayOfMonth(EVIDENCE_MONTH);

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
