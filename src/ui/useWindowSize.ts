// The window's size, followed on resize (and on rotation), for layout decisions made in script.
import { useEffect, useState } from 'react';

export function useWindowSize(): { width: number; height: number } {
  const get = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(get);
  useEffect(() => {
    const on = () => setSize(get());
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return size;
}
