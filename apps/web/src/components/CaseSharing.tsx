// Who shares the case: staff assigned to it and the debtor invited to it. The owner assigns staff
// and invites the debtor (a one-time link to hand over); staff see who is on the case.
import { type FormEvent, useState } from 'react';
import { ApiError, call, client } from '../api.js';
import { formText } from '../form-values.js';
import { roleLabels, useRole, useSession } from '../session.js';
import { useLoad } from '../use-load.js';
import { Field, Notice, problemAt } from './form.js';

/** Only on an office server: an embedded install has one user and shares a case by its file. */
export function CaseSharing({ caseId }: { caseId: string }) {
  return useSession().session.mode === 'login' ? <Sharing caseId={caseId} /> : null;
}

function Sharing({ caseId }: { caseId: string }) {
  const { isOwner } = useRole();
  const members = useLoad(() => call(client.cases[':caseId'].members.$get({ param: { caseId } })), [caseId]);
  const staff = useLoad(() => (isOwner ? call(client.users.staff.$get()) : Promise.resolve([])), [isOwner]);
  const [message, setMessage] = useState<string>();
  if (members.error) return null;
  const on = members.data?.members ?? [];
  const free = (staff.data ?? []).filter((s) => !on.some((m) => m.id === s.id));
  async function assign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await call(
        client.cases[':caseId'].members.$post({
          param: { caseId },
          json: { userId: formText(new FormData(event.currentTarget), 'userId') },
        }),
      );
      setMessage(undefined);
      await members.reload();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  return (
    <section className="card" aria-label="担当者と依頼者">
      <h2>担当者と依頼者</h2>
      <ul className="plain-list" data-testid="case-members">
        {on.length === 0 && <li className="muted">まだ誰とも共有していません</li>}
        {on.map((member) => (
          <li key={member.id}>
            {member.displayName}({roleLabels[member.role]})<span className="muted small"> {member.email}</span>
            {isOwner && (
              <button
                type="button"
                className="secondary small"
                onClick={async () => {
                  await call(client.cases[':caseId'].members[':userId'].$delete({ param: { caseId, userId: member.id } }));
                  await members.reload();
                }}
              >
                外す
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && <Notice kind="error">{message}</Notice>}
      {isOwner && free.length > 0 && (
        <form onSubmit={assign} aria-label="事務員を担当にする" className="inline-form">
          <Field label="担当の事務員">
            <select name="userId">
              {free.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName}({s.email})
                </option>
              ))}
            </select>
          </Field>
          <button type="submit">担当にする</button>
        </form>
      )}
      {isOwner && <InviteDebtor caseId={caseId} onInvited={members.reload} />}
    </section>
  );
}

/** The invitation: the link is shown once (only its hash is kept); the office hands it to the debtor. */
function InviteDebtor({ caseId, onInvited }: { caseId: string; onInvited: () => Promise<void> }) {
  const [problems, setProblems] = useState<ApiError['fields']>([]);
  const [message, setMessage] = useState<string>();
  const [link, setLink] = useState<string>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const invited = await call(
        client.cases[':caseId'].invitations.$post({
          param: { caseId },
          json: {
            email: formText(form, 'email'),
            displayName: formText(form, 'displayName'),
          },
        }),
      );
      setLink(`${window.location.origin}${invited.path}`);
      setProblems([]);
      setMessage(undefined);
      await onInvited();
    } catch (e) {
      setProblems(e instanceof ApiError ? e.fields : []);
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  return (
    <details className="compact-card">
      <summary>依頼者(ご本人)を招待する</summary>
      <form onSubmit={submit} aria-label="依頼者を招待" noValidate>
        {message && <Notice kind="error">{message}</Notice>}
        <Field label="依頼者のメールアドレス" error={problemAt(problems, 'email')}>
          <input name="email" type="email" autoComplete="off" />
        </Field>
        <Field label="依頼者の氏名" error={problemAt(problems, 'displayName')}>
          <input name="displayName" autoComplete="off" />
        </Field>
        <button type="submit">招待リンクを作る</button>
      </form>
      {link && (
        <Notice kind="ok">
          招待リンク(7日間、1回だけ使えます。この画面を閉じると二度と表示できません):
          <input readOnly value={link} aria-label="招待リンク" className="invite-link" onFocus={(e) => e.currentTarget.select()} />
        </Notice>
      )}
    </details>
  );
}
