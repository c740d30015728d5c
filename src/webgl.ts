// Whether this browser can draw the map at all; without WebGL2 the app falls back to text.
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    // Give the probe's context back at once: browsers cap live contexts and the map needs one.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}
