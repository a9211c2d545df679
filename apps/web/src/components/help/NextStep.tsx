// One line on each page saying what to do next, derived from the case where that is easy.
import type { ReactNode } from 'react';

export function NextStep({ children }: { children: ReactNode }) {
  return (
    <p className="next-step" data-testid="next-step">
      <b>次にすること:</b> {children}
    </p>
  );
}
