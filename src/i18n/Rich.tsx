// A message with elements inside it ("Signed by <strong>…</strong> of Kazakhstan."): the whole
// sentence stays one message, so a translation can move the element where its grammar puts it.
import { Fragment, type ReactNode } from 'react';
import { t } from './later';
import type { MessageId } from './index';

/** Marks an element's place in the formatted text; a private-use character no message holds. */
const MARK = '\u{E000}';

export function Rich({ id, values }: { id: MessageId; values: Record<string, ReactNode> }) {
  const plain: Record<string, string | number> = {};
  const nodes = new Map<string, ReactNode>();
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
    else {
      plain[key] = `${MARK}${key}${MARK}`;
      nodes.set(key, value);
    }
  }
  // Split on the marks: text and element names alternate.
  const parts = t(id, plain).split(MARK);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{nodes.get(part)}</Fragment> : part))}</>;
}
