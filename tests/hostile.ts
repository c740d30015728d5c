// Hostile URL parts for the robustness tests, generated deterministically from a seed.

/** mulberry32: a tiny seeded PRNG, so every run tries the same inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'javascript%3Aalert(1)',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%E0%A4%A',
  '%',
  '%%%',
  '%ZZ',
  '%C0%AF',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '99999999999999999999',
  '-0',
  '0x1F',
  '__proto__',
  'constructor',
  'toString:x',
  'place:__proto__',
  'programme:constructor',
  'passage:../../etc/passwd',
  'KAZ%00',
  '\u202eZAK',
  'sel=KAZ',
  '&&&&',
  '====',
  '#',
  '😀',
  'RUS',
  'place:nowhere',
  'declaration<b>',
];

const KEYS = ['map', 'sel', 'step', 'autoplay', 'embed', 'origin', 'legend', 'tour', 'x', ''];

function randomBytes(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(r() * 256));
  return s;
}

function value(r: () => number): string {
  const pick = r();
  if (pick < 0.3) return PAYLOADS[Math.floor(r() * PAYLOADS.length)];
  if (pick < 0.45) return encodeURIComponent(randomBytes(r, 1 + Math.floor(r() * 12)));
  if (pick < 0.55) return randomBytes(r, 1 + Math.floor(r() * 8)).replace(/[#&]/g, '');
  if (pick < 0.7) return `${(r() - 0.5) * 10 ** Math.floor(r() * 25)}/${(r() - 0.5) * 400}/${(r() - 0.5) * 800}`;
  if (pick < 0.8) return 'x'.repeat(Math.floor(r() * 5000));
  if (pick < 0.9) return String(Math.floor((r() - 0.5) * 2 ** 40));
  return ['KAZ', 'casa-1000', 'place:aktau', 'programme:usaid', 'passage:people-1', 'declaration'][Math.floor(r() * 6)];
}

/** `count` hashes (without '#') and as many query strings (without '?'). */
export function hostileUrls(count: number, seed = 20230921): { hashes: string[]; queries: string[] } {
  const r = rng(seed);
  const part = () =>
    Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
      const k = KEYS[Math.floor(r() * KEYS.length)];
      return r() < 0.1 ? k : `${k}=${value(r)}`;
    }).join('&');
  return { hashes: Array.from({ length: count }, part), queries: Array.from({ length: count }, part) };
}
