import { creditorKindLabels, creditorKinds, type FieldProblem } from '@wakai/core';
import type { FormEvent, ReactNode } from 'react';
import { TermHelp } from './help/Term.js';
import { type ConflictOptions, useVersionedSave } from './versioned-save.js';

export { ConflictNotice, type SaveConflict } from './conflict-notice.js';
export { Notice } from './notice.js';

/** The message for a field path from the server's list, if any. */
export function problemAt(problems: readonly FieldProblem[], ...path: (string | number)[]): string | undefined {
  return problems.find((p) => p.path.length === path.length && p.path.every((key, i) => key === path[i]))?.message;
}

/** The mark after a required field's name, made here only (「氏名(必須)」). */
export const requiredMark = '(必須)';

export function Field({
  label,
  error,
  children,
  hint,
  term,
  required = false,
}: {
  label: string;
  error?: string | undefined;
  children: ReactNode;
  hint?: string;
  /** A legal term in the label, explained on hover and tap. */
  term?: string;
  /** The field must be filled: its name is followed by the required mark. */
  required?: boolean;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className={`field${error ? ' has-error' : ''}${term ? ' has-term' : ''}`}>
      <span className="field-label">
        {label}
        {required && requiredMark}
      </span>
      {children}
      {/* After the control: a label's control is its first labelable descendant, and a button is one. */}
      {term && (
        <span className="field-term">
          <TermHelp name={term} />
        </span>
      )}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function CreditorKindSelect({ defaultValue }: { defaultValue: string }) {
  return (
    <select name="kind" defaultValue={defaultValue}>
      {creditorKinds.map((kind) => (
        <option key={kind} value={kind}>
          {creditorKindLabels[kind]}
        </option>
      ))}
    </select>
  );
}

export interface FormSaveOptions {
  /** The JSON the form sends (without the version). */
  body: (form: FormData) => Record<string, unknown>;
  /**
   * Sends it; `version` is given when the user overwrites a newer save; `key` is the attempt's
   * Idempotency-Key (a create sends it, so that a retry creates nothing twice).
   */
  save: (body: Record<string, unknown>, version: number | null | undefined, key: string) => Promise<unknown>;
  done: string;
  reset?: boolean;
  /** Asked before sending (a typo worth a second look): false keeps the input unsent. */
  confirm?: (body: Record<string, unknown>) => boolean;
  /** Where a 409 can happen: how to read what is saved now, the record kind naming its fields, how to reload. */
  conflict?: ConflictOptions<Record<string, unknown>, Record<string, unknown>>;
}

/** A form's save: the one versioned save (useVersionedSave) fed from the form's fields. */
export function useFormSubmit({ body, reset = false, ...options }: FormSaveOptions) {
  const save = useVersionedSave(options);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    if ((await save.submit(body(new FormData(element)))) && reset) element.reset();
  }
  const { problems, notice, setStatus, dirty, busy, onChange } = save;
  return { problems, onSubmit, onChange, notice, setStatus, dirty, busy };
}
