// The debtor's invitation link: who it is for, and the password they choose (twice). Once set, the
// link is used up and the login page opens with their e-mail filled in.
import { type FormEvent, useState } from 'react';
import { ApiError, call, client } from '../api.js';
import { usePageTitle } from '../components/Crumbs.js';
import { Field, Notice, problemAt } from '../components/form.js';
import { useLoad } from '../use-load.js';

export function InvitePage({ token }: { token: string }) {
  usePageTitle('招待');
  const { data, error } = useLoad(() => call(client.invitations[':token'].$get({ param: { token: encodeURIComponent(token) } })), [token]);
  const [problem, setProblem] = useState<string>();
  const [mismatch, setMismatch] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    // A new attempt: the last attempt's message goes (it named a password no longer typed).
    setProblem(undefined);
    setMismatch(password !== String(form.get('again') ?? ''));
    if (password !== String(form.get('again') ?? '')) return;
    try {
      const { email } = await call(client.invitations[':token'].$post({ param: { token: encodeURIComponent(token) }, json: { password } }));
      window.location.assign(`/?welcome=1&email=${encodeURIComponent(email)}`);
    } catch (e) {
      setProblem(e instanceof ApiError ? (problemAt(e.fields, 'password') ?? e.message) : String(e));
    }
  }
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  return (
    <div className="page narrow">
      <h1>{data.displayName}さんへのご案内</h1>
      <p>
        事務所があなたの案件を Wakai で共有しました。パスワードを決めると、家計収支や取引の記録を入力し、返済計画や交渉の状況を見られます。
      </p>
      <p className="muted">
        ログインに使うメールアドレス: <b>{data.email}</b>(このリンクは {new Date(data.expiresAt).toLocaleDateString('ja-JP')}{' '}
        まで、1回だけ使えます)
      </p>
      <form className="card" onSubmit={submit} onChange={() => setProblem(undefined)} aria-label="パスワードの設定" noValidate>
        <Field label="パスワード(12文字以上)" error={problem}>
          <input name="password" type="password" autoComplete="new-password" />
        </Field>
        <Field label="パスワード(確認)" error={mismatch ? '同じパスワードをもう一度入力してください' : undefined}>
          <input name="again" type="password" autoComplete="new-password" />
        </Field>
        <button type="submit">パスワードを設定</button>
      </form>
    </div>
  );
}
