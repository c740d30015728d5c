// The host-page API: the messages a parent page may send, and those the atlas sends back.
// Anything that is not exactly one of these shapes is ignored; nothing in a message is ever run
// or rendered as HTML.
import { isLang, type Lang } from '../../data/lang';

export type InMessage =
  | { type: 'atlas:select'; id: string }
  | { type: 'atlas:step'; index: number }
  | { type: 'atlas:next' }
  | { type: 'atlas:prev' }
  | { type: 'atlas:clear' }
  | { type: 'atlas:lang'; lang: Lang };

/** The messages that drive the app's state (the language is the page's: src/ui/language.ts). */
export type StateMessage = Exclude<InMessage, { type: 'atlas:lang' }>;

export type OutMessage =
  | { type: 'atlas:ready' }
  | { type: 'atlas:selected'; id: string | null }
  | { type: 'atlas:step'; index: number; total: number }
  | { type: 'atlas:lang'; lang: Lang };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

export function parseInMessage(data: unknown): InMessage | null {
  if (!isRecord(data) || typeof data.type !== 'string') return null;
  const keys = Object.keys(data);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  switch (data.type) {
    case 'atlas:select':
      return typeof data.id === 'string' && data.id.length > 0 && data.id.length <= 120 && only('type', 'id') ? { type: 'atlas:select', id: data.id } : null;
    case 'atlas:step':
      return typeof data.index === 'number' && Number.isInteger(data.index) && data.index >= 1 && data.index <= 999 && only('type', 'index')
        ? { type: 'atlas:step', index: data.index }
        : null;
    case 'atlas:lang':
      return isLang(data.lang) && only('type', 'lang') ? { type: 'atlas:lang', lang: data.lang } : null;
    case 'atlas:next':
    case 'atlas:prev':
    case 'atlas:clear':
      return only('type') ? { type: data.type } : null;
    default:
      return null;
  }
}

/** Whether a message from `origin` may drive the atlas, given the `origin=` option. */
export function originAllowed(origin: string, allowed: string | null): boolean {
  return allowed === null || origin === allowed;
}
