// Where the style's `glyphs` URL points: the prebuilt SDF ranges in public/glyphs (npm run glyphs),
// beside the app wherever it is deployed. MapLibre fetches them from its worker, which has no
// document base to resolve against, so the template must be absolute; and it substitutes the
// literal `{fontstack}` and `{range}`, which `new URL` would percent-encode (%7B…%7D) if they went
// through it: only the folder is resolved, the placeholders are appended after.

/** The glyph folder relative to the app's page, as Vite copies public/ to the build's root. */
export const GLYPHS_DIR = 'glyphs/';
export const GLYPHS_TEMPLATE = '{fontstack}/{range}.pbf';

/** The font stacks public/glyphs holds; a layer's `text-font` must name one of them. */
export const GLYPH_FONTS = { regular: 'Noto Sans Regular', italic: 'Noto Sans Italic' } as const;

/**
 * The absolute `glyphs` URL template for a page at `base` (default: this document's base URL, which
 * follows a sub-path, a <base> element or an iframe's own address). Query and fragment of the page
 * are dropped. Throws a TypeError on a base that has no folder to resolve against
 * (a data: or about: URL).
 */
export function glyphsUrl(base: string = document.baseURI): string {
  // The single-file build has no server and a CSP that allows no file:// fetch: its glyphs come
  // through the `inline:` protocol (see worker.ts), answered from the copies inlined in the page.
  if (import.meta.env.VITE_SINGLE) return `${INLINE_PROTOCOL}://${GLYPHS_DIR}${GLYPHS_TEMPLATE}`;
  return `${new URL(GLYPHS_DIR, base).href}${GLYPHS_TEMPLATE}`;
}

export const INLINE_PROTOCOL = 'inline';

/**
 * The URL MapLibre's worker loads one of the app's files from (`geo/…`): absolute, since the worker
 * has no document to resolve against; in the single-file build, through the `inline:` protocol.
 */
export function mapFileUrl(path: string, base: string = document.baseURI): string {
  if (import.meta.env.VITE_SINGLE) return `${INLINE_PROTOCOL}://${path}`;
  return new URL(path, base).href;
}
