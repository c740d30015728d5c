// How much of the map the overlays cover, so the camera frames a selection in the part left visible.
// Pure: the rules for phone, desktop and embed sizes are tested without a browser.

export interface LayoutInput {
  width: number;
  height: number;
  embedded: boolean;
  legend: boolean;
  /** A side panel or the tour card is open. */
  card: boolean;
}

export interface Padding {
  left: number;
  right: number;
  bottom: number;
}

/** Phones, and embeds too small for a side column, show cards as bottom sheets. */
function isNarrow({ width, height, embedded }: Pick<LayoutInput, 'width' | 'height' | 'embedded'>): boolean {
  return width <= 700 || (embedded && (width <= 900 || height <= 500));
}

export function overlayPadding(i: LayoutInput): Padding {
  const narrow = isNarrow(i);
  return {
    left: i.legend && !narrow ? (i.embedded ? 215 : 260) : 0,
    right: i.card && !narrow ? (i.embedded ? 380 : 420) : 0,
    bottom: i.card && narrow ? Math.round(i.height * 0.45) : 0,
  };
}
