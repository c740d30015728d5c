// Colour-vision simulation (Machado, Oliveira & Fernandes 2009, severity 1) and CIE ΔE*ab, to check
// that the map's colours stay apart for readers with the common colour-vision deficiencies.

type Rgb = [number, number, number];

/** Machado 2009 matrices at full severity, applied to linear RGB. */
export const MACHADO = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;
export type Deficiency = keyof typeof MACHADO | 'none' | 'greyscale';

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function hexToLinear(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => toLinear(v / 255)) as Rgb;
}

function simulate(rgb: Rgb, kind: Deficiency): Rgb {
  if (kind === 'none') return rgb;
  if (kind === 'greyscale') {
    const y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return [y, y, y];
  }
  const m = MACHADO[kind];
  return m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
}

function toLab([r, g, b]: Rgb): Rgb {
  // Linear sRGB → XYZ (D65) → CIELAB.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE*ab between two colours as a reader with the given deficiency sees them. */
export function deltaE(a: string, b: string, kind: Deficiency = 'none'): number {
  const [la, aa, ba] = toLab(simulate(hexToLinear(a), kind));
  const [lb, ab, bb] = toLab(simulate(hexToLinear(b), kind));
  return Math.hypot(la - lb, aa - ab, ba - bb);
}
