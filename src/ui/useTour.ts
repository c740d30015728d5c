// The tour's steps, built from content and geography in a chunk loaded only when the tour starts.
import { useEffect, useState } from 'react';
import { useLang } from './language';
import type { TourStep } from '../content/tour';
import type { GeoLoad } from '../data/geo';
import type { Content } from '../content/build';

export function useTourSteps(active: boolean, content: Content | null, geo: GeoLoad | null): TourStep[] | null {
  // Built again in a new language: the steps built from templates carry the languages loaded then.
  const lang = useLang();
  const [built, setBuilt] = useState<{ steps: TourStep[]; lang: string } | null>(null);
  useEffect(() => {
    if (!active || !content || !geo || built?.lang === lang) return;
    let live = true;
    import('../content/tour').then(({ buildTour }) => {
      const since = { commitments: content.commitments, routesNow: [...content.routesNow] };
      if (live) setBuilt({ steps: buildTour(content.declaration, content.links, geo.data.routeMeta ?? [], since), lang });
    });
    return () => {
      live = false;
    };
  }, [active, content, geo, built, lang]);
  return built?.steps ?? null;
}
