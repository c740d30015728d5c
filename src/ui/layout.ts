// Layout rules decided in script, pure so the sizes are tested without a browser: how much room the
// opening view leaves the legend. (The camera's framing of a
// selection or a tour step reads the furniture's real rectangles instead: src/map/framing.ts.)

export interface LayoutInput {
  width: number;
  height: number;
  embedded: boolean;
}

/** Phones, and embeds too small for a side column, show cards as bottom sheets (as styles.css does). */
function isNarrow({ width, height, embedded }: LayoutInput): boolean {
  return width <= 700 || (embedded && (width <= 900 || height <= 500));
}

/** Px kept free on the left for an open legend when the opening view frames the region. */
export function openingLegendRoom(i: LayoutInput & { legend: boolean }): number {
  if (!i.legend || isNarrow(i)) return 0;
  return i.embedded ? 215 : 260;
}
