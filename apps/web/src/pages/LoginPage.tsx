// The office server's login: e-mail and password. An invitation that was just accepted leaves the
// e-mail in the address (?email=) so the debtor only types the password they chose.
import { type FormEvent, useState } from 'react';
import { ApiError, call, client } from '../api.js';
import { usePageTitle } from '../components/Crumbs.js';
import { Field, Notice } from '../components/form.js';
import { formText } from '../form-values.js';

export function LoginPage({ onLoggedIn }: { onLoggedIn: () => Promise<void> }) {
  usePageTitle('ログイン');
  const params = new URLSearchParams(window.location.search);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      await call(client.session.$post({ json: { email: formText(form, 'email'), password: formText(form, 'password') } }));
      window.history.replaceState(null, '', window.location.pathname);
      await onLoggedIn();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="page narrow">
      <h1>ログイン</h1>
      {params.get('welcome') === '1' && (
        <Notice kind="ok">パスワードを設定しました。メールアドレスとパスワードでログインしてください。</Notice>
      )}
      <form className="card" onSubmit={submit} aria-label="ログイン">
        {message && <Notice kind="error">{message}</Notice>}
        <Field label="メールアドレス">
          <input name="email" type="email" autoComplete="username" defaultValue={params.get('email') ?? ''} />
        </Field>
        <Field label="パスワード">
          <input name="password" type="password" autoComplete="current-password" />
        </Field>
        <button type="submit" disabled={busy}>
          ログイン
        </button>
      </form>
    </div>
  );
}
