// The one writer of the address bar: carries out the reducer's address requests (a new selection is
// a history entry, so Back and Forward walk through selections), writes the map's view as it moves
// (replacing the entry), and tells the reducer when Back or Forward changed the address.
import { useCallback, useEffect, type Dispatch } from 'react';
import type { AddressRequest, AppAction } from './app';
import { writeHash } from './history';
import type { MapView as View } from './url';

export function useUrlSync(address: AddressRequest | null, dispatch: Dispatch<AppAction>): (view: View) => void {
  useEffect(() => {
    if (address) writeHash(address.patch, address.mode);
  }, [address]);

  useEffect(() => {
    const onPop = () => dispatch({ type: 'history changed', hash: window.location.hash });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);

  return useCallback((view: View) => writeHash({ map: view }, 'replace'), []);
}
