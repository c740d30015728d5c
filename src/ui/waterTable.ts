// The rivers-and-lakes table a water panel reads: handed down from the app's loader
// (src/data/loader.ts), which owns when it loads, rather than fetched by the panel itself.
import { createContext, useContext } from 'react';
import type { WaterFile } from '../../data/types';

export const WaterTable = createContext<(() => Promise<WaterFile>) | null>(null);

/** The table's loader; a water panel is only ever drawn inside the app's WaterTable. */
export function useWaterTable(): () => Promise<WaterFile> {
  const load = useContext(WaterTable);
  if (!load) throw new Error('A water panel needs the rivers-and-lakes table: render it inside <WaterTable value={…}>.');
  return load;
}
