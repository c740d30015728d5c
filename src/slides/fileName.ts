// The deck's file name, in a module with no imports: the app can name the download without
// loading the slides code before the click.

/** File name for the deck, safe on every file system: "corridor-atlas-tour-2026-11-28.pptx". */
export function slidesFileName(name: string, date: Date): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'slides';
  return `corridor-atlas-${slug}-${date.toISOString().slice(0, 10)}.pptx`;
}
