// The data package as one zip, built in the browser with fflate. Loaded only when the reader asks
// for data (src/ui/DataDialog.tsx imports it on click): neither fflate nor the builder is in the first load.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DataFile } from './datapackage';

/** A fixed date in every entry, so the same files give the same zip. */
const MTIME = new Date('2023-09-21T00:00:00Z');

export function zipPackage(files: readonly DataFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.path] = [strToU8(f.text), { mtime: MTIME }];
  return zipSync(entries, { level: 6 });
}
