// The tour's steps, built from content and geography in a chunk loaded only when the tour starts.
import { useEffect, useState } from 'react';
import type { TourStep } from '../content/tour';
import type { GeoLoad } from '../data/geo';
import type { Content } from '../content/build';

export function useTourSteps(active: boolean, content: Content | null, geo: GeoLoad | null): TourStep[] | null {
  const [steps, setSteps] = useState<TourStep[] | null>(null);
  useEffect(() => {
    if (!active || !content || !geo || steps) return;
    let live = true;
    import('../content/tour').then(({ buildTour }) => {
      const since = { commitments: content.commitments, routesNow: [...content.routesNow] };
      if (live) setSteps(buildTour(content.declaration, content.links, geo.data.routeMeta ?? [], since));
    });
    return () => {
      live = false;
    };
  }, [active, content, geo, steps]);
  return steps;
}
