// A legal term with its plain explanation: shown on hover, on keyboard focus and on tap (a phone
// has no hover), closed by Escape, a second tap or leaving it. The explanations live in the core's
// legal-terms list, the same one the 用語集 page reads.
import { legalTerm } from '@wakai/core';
import { type ReactNode, useId, useState } from 'react';
import { Link } from 'wouter';

export function Term({ name, children }: { name: string; children?: ReactNode }) {
  const found = legalTerm(name);
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!found) return <>{children ?? name}</>;
  return (
    <span className="term">
      <button
        // Hover opens it for a mouse only: a tap's emulated hover would open it just before the tap closes it.
        onPointerEnter={(e) => {
          if (e.pointerType === 'mouse') setOpen(true);
        }}
        onPointerLeave={(e) => {
          if (e.pointerType === 'mouse') setOpen(false);
        }}
        type="button"
        className={children === null ? 'term-button icon-only' : 'term-button'}
        aria-expanded={open}
        aria-describedby={open ? id : undefined}
        aria-label={children === null ? `${name}とは` : undefined}
        onClick={(e) => {
          e.preventDefault();
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        onBlur={() => setOpen(false)}
      >
        {children === null ? null : (children ?? name)}
        <span aria-hidden="true" className="term-mark">
          ?
        </span>
      </button>
      {open && (
        <span role="tooltip" id={id} className="term-tip">
          <b>{found.term}</b>({found.reading}): {found.explanation}
          {found.source && <span className="term-source">根拠: {found.source}</span>}
        </span>
      )}
    </span>
  );
}

/** Only the mark, beside a label that already shows the term. */
export function TermHelp({ name }: { name: string }) {
  return <Term name={name}>{null}</Term>;
}

export function GlossaryLink() {
  return <Link href="/glossary">用語集</Link>;
}
