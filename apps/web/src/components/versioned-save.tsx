// Every save of a versioned record in the web, once (issue 18 #7): sent at the version the screen
// loaded, one at a time (a second tap while one is in flight does nothing), with an Idempotency-Key
// that a retry of the same input after no answer reuses; a refusal keeps the fields at fault and the
// server's Japanese message; a 409 reads what someone else saved and shows it beside the user's
// input, which stays on screen, where the user is; while input is unsaved, leaving the page asks.
import { type FieldProblem, fieldLabel } from '@wakai/core';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { ApiError } from '../api.js';
import { fieldChanges } from '../conflict.js';
import { IdempotencyKeys } from '../idempotency.js';
import { useUnsavedChanges } from '../unsaved-changes.js';
import { ConflictNotice, OnScreen } from './conflict-notice.js';
import { Notice } from './notice.js';

/** A record as stored now, and its version. */
export interface Stored<V> {
  value: V;
  version: number | null;
}

/** A save met someone else's: what was sent, what is stored, and the two ways on. */
export interface Clash<B, V> {
  sent: B;
  theirs: Stored<V>;
  /** Absent where saving over theirs is not offered. */
  overwrite?: () => Promise<void>;
  reload: () => Promise<void>;
}

export interface ConflictOptions<B, V> {
  /** What is stored now. */
  read: () => Promise<Stored<V>>;
  /** Take theirs: the user's input is discarded. */
  reload: (theirs: Stored<V>) => Promise<void> | void;
  /** The record kind (the core's recordFieldLabels) naming the fields in the view field by field. */
  kind?: string;
  /** The user's input as compared and shown (codes as words); the body as sent by default. */
  shown?: (body: B) => Record<string, unknown>;
  /** What is stored, as compared with it; the stored value by default. */
  theirsShown?: (value: V) => Record<string, unknown>;
  /** A step taken over someone else's is not offered: theirs must be seen first. */
  noOverwrite?: boolean;
  /** A view of its own instead of the field-by-field table (a history's rows). */
  view?: (clash: Clash<B, V>) => ReactNode;
}

export interface VersionedSaveOptions<B, V> {
  /** Sends the body: `version` only when the user saves over a newer one; `key` is the attempt's Idempotency-Key. */
  save: (body: B, version: number | null | undefined, key: string) => Promise<unknown>;
  done: string | ((body: B) => string);
  /** Asked before sending (a typo worth a second look): false sends nothing. */
  confirm?: (body: B) => boolean;
  conflict?: ConflictOptions<B, V>;
  /** A refusal shown by the caller its own way (true); the server's message otherwise. */
  refused?: (error: ApiError, body: B) => boolean;
}

type Status = { kind: 'ok' | 'error'; text: string };

export function useVersionedSave<B, V = Record<string, unknown>>(options: VersionedSaveOptions<B, V>) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<Status>();
  const [clash, setClash] = useState<Clash<B, V>>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const keys = useRef(new IdempotencyKeys());
  useUnsavedChanges(dirty);
  const settle = useCallback(() => {
    setClash(undefined);
    setDirty(false);
  }, []);

  async function conflictOf(sent: B, conflict: ConflictOptions<B, V>): Promise<Clash<B, V>> {
    const theirs = await conflict.read();
    return {
      sent,
      theirs,
      ...(conflict.noOverwrite ? {} : { overwrite: async () => void (await attempt(sent, theirs.version)) }),
      reload: async () => {
        setClash(undefined);
        setDirty(false);
        await conflict.reload(theirs);
      },
    };
  }

  /** True when saved. */
  async function attempt(sent: B, version?: number | null): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    const { save, done, conflict, refused } = options;
    try {
      await save(sent, version, keys.current.keyFor({ sent, version }));
      keys.current.answered();
      setProblems([]);
      setClash(undefined);
      setDirty(false);
      setStatus({ kind: 'ok', text: typeof done === 'string' ? done : done(sent) });
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status > 0 && e.status < 500) keys.current.answered();
      setProblems(e instanceof ApiError ? e.fields : []);
      if (e instanceof ApiError && e.status === 409 && conflict) {
        setStatus(undefined);
        setClash(await conflictOf(sent, conflict));
      } else if (e instanceof ApiError && refused?.(e, sent)) setStatus(undefined);
      else setStatus({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  /** Saves the body (after the question, if any); true when saved. */
  async function submit(body: B): Promise<boolean> {
    if (inFlight.current) return false;
    if (options.confirm && !options.confirm(body)) return false;
    return attempt(body);
  }

  const conflict = options.conflict;
  const conflictNotice = clash && conflict && (
    <OnScreen>
      {conflict.view?.(clash) ?? (
        <ConflictNotice
          conflict={{
            changes: fieldChanges(
              conflict.shown?.(clash.sent) ?? (clash.sent as Record<string, unknown>),
              conflict.theirsShown?.(clash.theirs.value) ?? (clash.theirs.value as Record<string, unknown>),
            ),
            label: (field) => fieldLabel(conflict.kind ?? '', field),
            ...(clash.overwrite ? { overwrite: clash.overwrite } : {}),
            reload: clash.reload,
          }}
        />
      )}
    </OnScreen>
  );
  const statusNotice = status && <Notice kind={status.kind}>{status.text}</Notice>;
  return {
    submit,
    problems,
    setProblems,
    status,
    setStatus,
    dirty,
    setDirty,
    onChange: () => setDirty(true),
    busy,
    /** The save met someone else's: what was sent is what the screen still shows. */
    clash,
    /** The screen shows what is stored again (loaded anew): no conflict, nothing unsaved. */
    settle,
    conflictNotice,
    statusNotice,
    notice: (
      <>
        {conflictNotice}
        {statusNotice}
      </>
    ),
  };
}
