import { creditorKindLabels, creditorKinds, type FieldProblem } from '@wakai/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../api.js';

/** The message for a field path from the server's list, if any. */
export function problemAt(problems: readonly FieldProblem[], ...path: (string | number)[]): string | undefined {
  return problems.find((p) => p.path.length === path.length && p.path.every((key, i) => key === path[i]))?.message;
}

export function Field({ label, error, children, hint }: { label: string; error?: string | undefined; children: ReactNode; hint?: string }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className={`field${error ? ' has-error' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'warn'; children: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
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

/**
 * A form's submit: sends what `send` makes of the form; on an API error keeps the fields at fault
 * and the server's Japanese message; on success shows `done` (and resets the form when asked).
 */
export function useFormSubmit(send: (form: FormData) => Promise<unknown>, done: string, { reset = false } = {}) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    try {
      await send(new FormData(element));
      setProblems([]);
      setStatus({ kind: 'ok', text: done });
      if (reset) element.reset();
    } catch (e) {
      setProblems(e instanceof ApiError ? e.fields : []);
      setStatus({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }
  const notice = status && <Notice kind={status.kind}>{status.text}</Notice>;
  return { problems, onSubmit, notice, setStatus };
}
