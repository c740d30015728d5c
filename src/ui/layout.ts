// Layout rules decided in script, pure so the sizes are tested without a browser: where the legend
// folds behind its button, and how much room the opening view leaves it. (The camera's framing of a
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

/**
 * An embed no bigger than a 16:9 slide's frame (no wider than 960 px or no taller than 540) starts
 * with its legend folded behind a button: open, the legend would cover a fifth to a third of it.
 * Phones fold it too, by their own media query.
 */
export function legendFolds({ width, height, embedded }: LayoutInput): boolean {
  return embedded && (width <= 960 || height <= 540);
}

/** Px kept free on the left for an open legend when the opening view frames the region. */
export function openingLegendRoom(i: LayoutInput & { legend: boolean }): number {
  if (!i.legend || isNarrow(i) || legendFolds(i)) return 0;
  return i.embedded ? 215 : 260;
}
