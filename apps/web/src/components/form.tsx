import { creditorKindLabels, creditorKinds, type FieldChange, type FieldProblem } from '@wakai/core';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api.js';
import { fieldChanges, labelIn } from '../conflict.js';
import { IdempotencyKeys } from '../idempotency.js';
import { useUnsavedChanges } from '../unsaved-changes.js';
import { TermHelp } from './help/Term.js';

/** The message for a field path from the server's list, if any. */
export function problemAt(problems: readonly FieldProblem[], ...path: (string | number)[]): string | undefined {
  return problems.find((p) => p.path.length === path.length && p.path.every((key, i) => key === path[i]))?.message;
}

export function Field({
  label,
  error,
  children,
  hint,
  term,
}: {
  label: string;
  error?: string | undefined;
  children: ReactNode;
  hint?: string;
  /** A legal term in the label, explained on hover and tap. */
  term?: string;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className={`field${error ? ' has-error' : ''}${term ? ' has-term' : ''}`}>
      <span className="field-label">{label}</span>
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

/** What someone else saved since the screen was loaded, beside what the user typed (kept on screen). */
export interface SaveConflict {
  /** `from` what is saved, `to` what the user typed. */
  changes: FieldChange[];
  /** A field's name for the reader. */
  label: (field: string) => string;
  /** Save the user's input over theirs (with their version); absent where that makes no sense. */
  overwrite?: () => Promise<void>;
  /** Take theirs: the user's unsaved input is discarded. */
  reload: () => Promise<void>;
}

/** Shown where the user is: on a phone the save button may be far from the top of the form. */
export function ConflictNotice({ conflict }: { conflict: SaveConflict }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'start' });
    box.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="notice notice-warn conflict" role="alert" data-testid="conflict" ref={box} tabIndex={-1}>
      <p>
        <b>他の画面または他の人が、先に内容を保存しました。</b>あなたの入力は画面に残しています。違い(
        {conflict.changes.length}項目)を確かめてください。
      </p>
      {conflict.changes.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>項目</th>
              <th>あなたの入力</th>
              <th>保存されている内容</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => (
              <tr key={change.field}>
                <th>{conflict.label(change.field)}</th>
                <td>{change.to}</td>
                <td>{change.from}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        {conflict.overwrite && (
          <button type="button" onClick={() => void conflict.overwrite?.()}>
            あなたの入力で上書き保存
          </button>
        )}
        <button type="button" className="secondary" onClick={() => void conflict.reload()}>
          保存されている内容を読み込む(あなたの入力は破棄)
        </button>
      </div>
    </div>
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
  /** Where a 409 can happen: how to read what is saved now, the fields' labels, and how to reload. */
  conflict?: {
    read: () => Promise<{ value: Record<string, unknown>; version: number | null }>;
    labels: Record<string, string>;
    reload: () => Promise<void>;
    /** How the user's input reads beside theirs (codes as words); the input as sent by default. */
    shown?: (body: Record<string, unknown>) => Record<string, unknown>;
    /** A step taken over someone else's is not offered: theirs must be seen first. */
    noOverwrite?: boolean;
  };
}

/**
 * A form's save: on an API error keeps the fields at fault and the server's Japanese message; on a
 * 409 reads what was saved meanwhile and shows what differs, keeping the user's input on screen;
 * while the form holds unsaved input, leaving the page asks first. One save at a time: a second tap
 * while one is in flight does nothing (`busy` disables the button).
 */
export function useFormSubmit({ body, save, done, reset = false, confirm, conflict }: FormSaveOptions) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [clash, setClash] = useState<SaveConflict>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const keys = useRef(new IdempotencyKeys());
  useUnsavedChanges(dirty);

  async function attempt(sent: Record<string, unknown>, version?: number | null, element?: HTMLFormElement) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await save(sent, version, keys.current.keyFor({ sent, version }));
      keys.current.answered();
      setProblems([]);
      setClash(undefined);
      setDirty(false);
      setStatus({ kind: 'ok', text: done });
      if (reset) element?.reset();
    } catch (e) {
      if (e instanceof ApiError && e.status > 0 && e.status < 500) keys.current.answered();
      setProblems(e instanceof ApiError ? e.fields : []);
      setStatus({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
      if (e instanceof ApiError && e.status === 409 && conflict) {
        const theirs = await conflict.read();
        setStatus(undefined);
        setClash({
          changes: fieldChanges(conflict.shown?.(sent) ?? sent, theirs.value),
          label: (field) => labelIn(conflict.labels, field),
          ...(conflict.noOverwrite ? {} : { overwrite: () => attempt(sent, theirs.version, element) }),
          reload: async () => {
            setClash(undefined);
            setDirty(false);
            await conflict.reload();
          },
        });
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    if (inFlight.current) return;
    const sent = body(new FormData(element));
    if (confirm && !confirm(sent)) return;
    await attempt(sent, undefined, element);
  }
  const notice = (
    <>
      {clash && <ConflictNotice conflict={clash} />}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </>
  );
  return { problems, onSubmit, onChange: () => setDirty(true), notice, setStatus, dirty, busy };
}
