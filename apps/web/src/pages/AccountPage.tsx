// The signed-in user's account: where they are logged in (each session can be ended), their
// password, and logging out.
import { type FormEvent, useState } from 'react';
import { ApiError, call, client } from '../api.js';
import { usePageTitle } from '../components/Crumbs.js';
import { Field, Notice, problemAt } from '../components/form.js';
import { formText } from '../form-values.js';
import { roleLabels, useSession } from '../session.js';
import { useLoad } from '../use-load.js';

const when = (iso: string) => new Date(iso).toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });

export function AccountPage() {
  usePageTitle('アカウント');
  const { session, reload } = useSession();
  const sessions = useLoad(() => call(client.account.sessions.$get()), []);
  const user = session.user;
  if (!user) return null;
  async function logout() {
    await call(client.session.$delete());
    window.location.assign('/');
  }
  return (
    <div className="page">
      <h1>アカウント</h1>
      <p>
        {user.displayName}({roleLabels[user.role]})・{user.email}
      </p>
      {session.mode === 'login' && (
        <>
          <h2>ログイン中の端末</h2>
          {sessions.error && <Notice kind="error">{sessions.error}</Notice>}
          <ul className="plain-list" aria-label="ログイン中の端末">
            {(sessions.data ?? []).map((row) => (
              <li key={row.id} className="card compact-card">
                <b>{row.current ? 'この端末' : '他の端末'}</b> {when(row.createdAt)} にログイン({when(row.expiresAt)} まで)
                <div className="muted small">{row.userAgent || '(ブラウザ不明)'}</div>
                {!row.current && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={async () => {
                      await call(client.account.sessions[':sessionId'].$delete({ param: { sessionId: row.id } }));
                      await sessions.reload();
                    }}
                  >
                    この端末をログアウトさせる
                  </button>
                )}
              </li>
            ))}
          </ul>
          <PasswordForm onChanged={async () => Promise.all([sessions.reload(), reload()]).then(() => undefined)} />
          <button type="button" className="secondary" onClick={() => void logout()}>
            ログアウト
          </button>
        </>
      )}
    </div>
  );
}

function PasswordForm({ onChanged }: { onChanged: () => Promise<void> }) {
  const [problems, setProblems] = useState<ApiError['fields']>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    try {
      await call(
        client.account.password.$put({
          json: { currentPassword: formText(form, 'currentPassword'), newPassword: formText(form, 'newPassword') },
        }),
      );
      element.reset();
      setProblems([]);
      setMessage({ kind: 'ok', text: 'パスワードを変更しました。他の端末はログアウトしました' });
      await onChanged();
    } catch (e) {
      setProblems(e instanceof ApiError ? e.fields : []);
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }
  return (
    <form className="card" onSubmit={submit} aria-label="パスワードの変更" noValidate>
      <h2>パスワードの変更</h2>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <Field label="今のパスワード" error={problemAt(problems, 'currentPassword')}>
        <input name="currentPassword" type="password" autoComplete="current-password" />
      </Field>
      <Field label="新しいパスワード(12文字以上)" error={problemAt(problems, 'newPassword')}>
        <input name="newPassword" type="password" autoComplete="new-password" />
      </Field>
      <button type="submit">パスワードを変更</button>
    </form>
  );
}
