// Runs in Chromium, served by the Vite dev server for `check-slides.ts --browser`: makes the tour
// deck from the app's own modules, the pictures drawn by the PNG export, as the app would.
import { asOfDay } from '../src/state/url';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { loadGeo } from '../src/data/geo';
import { fontUrls } from '../src/map/fonts';
import { glyphsUrl } from '../src/map/glyphs';
import { INITIAL_BOUNDS } from '../src/map/camera';
import { ALL_VISIBLE } from '../src/map/style';
import { legendModel } from '../src/map/legend';
import { t } from '../src/i18n/later';
import { buildContent } from '../src/content/build';
import { buildSlides } from '../src/slides/build';
import { exportPictureRenderer, SLIDE_PICTURE } from '../src/slides/picture';
import type { Lang } from '../data/lang';
import { loadLanguage } from '../src/i18n/langs';
import { labelLanguage } from '../src/i18n/names';

/** `limit`: only the first so many tour steps, for a quicker look on a slow machine; `lang`: the deck's language. */
export async function run(attribution: string, png: boolean, limit: number | null, lang: Lang = 'en'): Promise<{ base64: string; steps: string[] }> {
  setWorkerUrl(workerUrl);
  await loadLanguage(lang);
  const geo = await loadGeo(new URL('/geo/', location.href).href);
  const content = buildContent(geo);
  const picture = {
    data: geo.data,
    visibility: ALL_VISIBLE,
    fonts: fontUrls(),
    glyphs: glyphsUrl(),
    day: asOfDay('2023'),
    legend: legendModel({ visibility: ALL_VISIBLE, day: asOfDay('2023') }),
    title: t('export.title'),
    attribution,
    labels: labelLanguage(),
    lang,
    fallbackBounds: INITIAL_BOUNDS,
  };
  const steps: string[] = [];
  const started = performance.now();
  const blob = await buildSlides(
    {
      what: limit ? { kind: 'tour', limit } : { kind: 'tour' },
      content: { declaration: content.declaration, links: content.links, routes: geo.data.routeMeta ?? [], programmes: content.programmes },
      meta: { attribution },
      picture,
    },
    (p) => {
      steps.push(`${p.stage} ${p.slide}/${p.total} at ${Math.round(performance.now() - started)} ms`);
      console.log(`slides: ${steps[steps.length - 1]}`);
    },
    new AbortController().signal,
    exportPictureRenderer(picture, png ? { type: 'image/png' } : SLIDE_PICTURE),
  );
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(bin), steps };
}
