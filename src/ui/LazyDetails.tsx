// A `<details>` whose content is built the first time it is opened, not with its parent: for
// sections that are closed by default and grow with the data (the legend's route lists, a state
// panel's joint commitments).
import { useState, type ReactNode } from 'react';

export function LazyDetails({ className, summary, children }: { className?: string; summary: ReactNode; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
