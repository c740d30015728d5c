// The bundled label font (Noto Sans, OFL): Latin, Latin Extended and Cyrillic files from the build,
// as absolute URLs because MapLibre loads them from its own context.
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import type { FontUrls } from './style';

export function fontUrls(base: string = document.baseURI): FontUrls {
  const abs = (u: string) => new URL(u, base).href;
  return { latin: abs(latin), latinExt: abs(latinExt), cyrillic: abs(cyrillic) };
}
