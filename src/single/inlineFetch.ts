// In the single-file build there is no server: requests for the app's own data files are answered
// from the copies inlined into the page; anything else goes to the real fetch untouched.

export interface InlineFile {
  type: string;
  text?: string;
  base64?: string;
}

function body(f: InlineFile): BodyInit {
  if (f.text !== undefined) return f.text;
  const bin = atob(f.base64 ?? '');
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** A fetch that serves `files` (keyed by path relative to `base`) and passes everything else on. */
export function inlineFetch(files: Record<string, InlineFile>, base: string, next: typeof fetch): typeof fetch {
  const dir = new URL('./', base).href;
  return (input, init) => {
    const raw = input instanceof Request ? input.url : String(input);
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      return next(input, init);
    }
    const key = url.href.startsWith(dir) ? decodeURIComponent(url.href.slice(dir.length).split(/[?#]/)[0]) : null;
    const file = key !== null ? files[key] : undefined;
    if (!file) return next(input, init);
    return Promise.resolve(new Response(body(file), { status: 200, headers: { 'content-type': file.type } }));
  };
}
