import { fieldLabel, formatWareki, prefectures } from '@wakai/core';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError, type CaseListPage as CasePage, call, client, type NewCaseBody } from '../api.js';
import { usePageTitle } from '../components/Crumbs.js';
import { Field, Notice, problemAt, useFormSubmit } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { Pager } from '../components/Pager.js';
import { TrashList } from '../components/TrashList.js';
import { idempotencyHeaders } from '../idempotency.js';
import { useRole } from '../session.js';
import { useLoad } from '../use-load.js';

/** Cases on one page of the list (an office has thousands: searched and paged in the database). */
const PAGE_SIZE = 50;

/** One page of the user's cases, searched (asked with ?page=, the route answers a page, not the whole list). */
async function casePage(page: number, search: string): Promise<CasePage> {
  const query = { page: String(page), limit: String(PAGE_SIZE), ...(search ? { q: search } : {}) };
  const answer = await call(client.cases.$get({ query }));
  if ('items' in answer) return answer;
  throw new ApiError(0, '案件の一覧を読めませんでした。画面を読み込み直してください');
}

export function CaseListPage() {
  usePageTitle('案件一覧');
  const { isOwner, role } = useRole();
  // The local owner of an embedded install has no role-bound login: it creates cases too.
  const canCreate = isOwner || role === undefined;
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  // Searched in the database as the user pauses typing, not on every key; a new search starts at page 1.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(search.trim());
      setPage(1);
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);
  // The answer keeps the search it answers: 「…」に当たる案件はありません names that one, not the one typed since.
  const { data: list, error, reload } = useLoad(() => casePage(page, query).then((answer) => ({ ...answer, query })), [query, page]);
  const cases = list?.items;
  const [, navigate] = useLocation();
  const [message, setMessage] = useState<string>();

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const json = JSON.parse(await file.text());
      const stored = await call(client.cases.import.$post({ json: json }));
      setMessage(undefined);
      await reload();
      navigate(`/cases/${stored.id}`);
    } catch (e) {
      setMessage(
        e instanceof ApiError
          ? `${e.message}${e.fields.length > 1 ? `(ほか${e.fields.length - 1}件)` : ''}`
          : '案件ファイル(JSON)として読めません',
      );
    }
  }

  return (
    <div className="page">
      <h1>案件一覧</h1>
      <NextStep>案件を開くか、新しい案件を作ります。わからない言葉は上の「用語集」で確かめられます。</NextStep>
      {error && <Notice kind="error">{error}</Notice>}
      {message && <Notice kind="error">{message}</Notice>}
      <label className="field search">
        <span className="field-label">案件を探す(氏名・ふりがな・案件名)</span>
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="案件を探す" placeholder="例: 佐藤" />
      </label>
      <table className="table stack" data-testid="case-list">
        <thead>
          <tr>
            <th>債務者</th>
            <th>案件名</th>
            <th>生年月日・住所</th>
            <th className="num">債権者数</th>
            <th>作成日</th>
            <th>更新日時</th>
          </tr>
        </thead>
        <tbody>
          {cases?.map((item) => (
            <tr key={item.id}>
              <td data-label="債務者">
                <Link href={`/cases/${item.id}`}>{item.debtorName}</Link>
                {item.debtorKana && <span className="kana">{item.debtorKana}</span>}
              </td>
              <td data-label="案件名">{item.title}</td>
              <td data-label="生年月日・住所">
                {[item.birthDate ? `${formatWareki(item.birthDate)}生` : '', item.prefecture ?? ''].filter(Boolean).join('・') || '—'}
              </td>
              <td data-label="債権者数" className="num">
                {item.creditors}
              </td>
              <td data-label="作成日">{new Date(item.createdAt).toLocaleDateString('ja-JP')}</td>
              <td data-label="更新日時">{new Date(item.updatedAt).toLocaleString('ja-JP')}</td>
            </tr>
          ))}
          {cases?.length === 0 && (
            <tr>
              <td colSpan={6}>
                {list?.query
                  ? `「${list.query}」に当たる案件はありません。`
                  : canCreate
                    ? 'まだ案件がありません。下のフォームから作成してください。'
                    : 'まだ担当の案件がありません。弁護士・司法書士が案件の担当に加えると、ここに表示されます。'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {list && <Pager label="案件一覧のページ" testId="case-list-range" asked={page} answered={list} onPage={setPage} />}

      {/* Only an owner opens or imports a case; staff get theirs assigned, the debtor theirs shared. */}
      {canCreate && (
        <div className="columns">
          <NewCase onCreated={(id) => navigate(`/cases/${id}`)} />
          <section className="card">
            <h2>案件ファイルを取り込む</h2>
            <p>Wakai で書き出した案件ファイル(.json)を読み込み、新しい案件として保存します。</p>
            <input
              type="file"
              accept=".json,application/json"
              aria-label="案件ファイル"
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
          </section>
        </div>
      )}
      {canCreate && <TrashedCases onRestored={reload} />}
    </div>
  );
}

/** ごみ箱: the user's deleted cases, each restorable for 30 days. */
function TrashedCases({ onRestored }: { onRestored: () => Promise<void> }) {
  const trash = useLoad(() => call(client.trash.cases.$get()), []);
  if (!trash.data || trash.data.items.length === 0) return null;
  return (
    <details className="card compact-card" data-testid="trashed-cases">
      <summary>ごみ箱(削除した案件 {trash.data.items.length}件)</summary>
      <TrashList
        items={trash.data.items}
        keepDays={trash.data.keepDays}
        onRestored={async () => {
          await Promise.all([trash.reload(), onRestored()]);
        }}
      />
    </details>
  );
}

/** 案件を作成: one case per submit, however often the button is tapped (Idempotency-Key). */
function NewCase({ onCreated }: { onCreated: (id: string) => void }) {
  const { problems, onSubmit, onChange, notice, busy } = useFormSubmit({
    body: (form) => ({
      title: form.get('title'),
      debtor: {
        name: form.get('name'),
        prefecture: form.get('prefecture') || null,
        largeCity: form.get('largeCity') === 'on',
        occupation: form.get('occupation'),
      },
    }),
    save: async (body, _, key) => {
      const created = await call(client.cases.$post({ json: body as NewCaseBody }, { headers: idempotencyHeaders(key) }));
      onCreated(created.id);
    },
    done: '案件を作成しました',
  });
  return (
    <form className="card" onSubmit={onSubmit} onChange={onChange} noValidate aria-label="新しい案件">
      <h2>新しい案件</h2>
      {notice}
      <Field label={`債務者の${fieldLabel('case', 'debtor.name')}`} required error={problemAt(problems, 'debtor', 'name')}>
        <input name="name" autoComplete="off" />
      </Field>
      <Field label="案件名" error={problemAt(problems, 'title')}>
        <input name="title" placeholder="例: 任意整理のご相談" />
      </Field>
      <Field label="都道府県" error={problemAt(problems, 'debtor', 'prefecture')}>
        <select name="prefecture" defaultValue="">
          <option value="">選択してください</option>
          {prefectures.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </Field>
      <label className="check">
        <input type="checkbox" name="largeCity" /> 大都市(政令指定都市など)に住んでいる
      </label>
      <Field label="職業" error={problemAt(problems, 'debtor', 'occupation')}>
        <input name="occupation" />
      </Field>
      <button type="submit" disabled={busy}>
        案件を作成
      </button>
    </form>
  );
}
