// 書類: every document of the case, ready to print, fax, mail, edit or file — letters to a creditor
// (one, or every creditor in one file), the 計算書 of a contract, the court-style lists; signed by
// the office (its letterhead, kept once) or by the debtor writing for themselves.
import { professionLabels, professions, recordFieldLabels } from '@wakai/core';
import { useState } from 'react';
import { call, client, type DocumentChoices } from '../api.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { dateBeside } from '../components/DateInput.js';
import { DocumentButtons } from '../components/documents/DocumentButtons.js';
import { Field, Notice, problemAt, useFormSubmit } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { dateValue } from '../form-values.js';
import { useRole } from '../session.js';
import { useLoad } from '../use-load.js';

type Kind = DocumentChoices['kinds'][number];

const letterheadLabels = recordFieldLabels.letterhead as Record<string, string>;

/** The documents' date choices: typed as 和暦 or 西暦, like every date field. */
const dateFields = ['asOf', 'replyBy', 'payBy'];

/** What each document is for, in a line (for a debtor reading the list). */
const purposes: Record<string, string> = {
  'engagement-notice': '代理人が受任したことを債権者に知らせ、取立ての停止と取引履歴の開示を求めます(事務所から送ります)',
  'history-request': 'ご本人が債権者に取引履歴の開示を求めます',
  'recalc-statement': '利息制限法で計算し直した結果(名古屋式の列)。和解案や過払金の請求に添えます',
  'offer-letter': '返済の条件を債権者に提案します(家計収支表を添えます)',
  'settlement-agreement': '受諾した和解案から和解書の案を作り、確認すべき点を表紙に示します',
  'overpayment-claim': '払いすぎたお金(過払金と過払利息)の返還を求めます',
  'limitation-notice': '5年以上返済していない借金について、時効を援用します(内容証明)',
  'creditor-list': '裁判所に出す形式の債権者の一覧',
  'household-budget': '裁判所に出す形式の家計収支表(記録した月ごと)',
  'asset-list': '裁判所に出す形式の財産の一覧',
  'negotiation-report': '債権者ごとの交渉の経過(相談・引き継ぎ用)',
};

export function DocumentsPage({ caseId }: { caseId: string }) {
  const { data, error, reload } = useLoad(() => call(client.cases[':caseId'].documents.$get({ param: { caseId } })), [caseId]);
  const [sender, setSender] = useState<'office' | 'debtor'>();
  const { isOwner, role } = useRole();
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  const chosenSender = sender ?? data.sender;
  const byCreditor = data.kinds.filter((k) => k.creditors !== 'case');
  const ofCase = data.kinds.filter((k) => k.creditors === 'case');
  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} here="書類" />
      <h1>書類</h1>
      <NextStep>送る書類を選んで作り、送ったら交渉の画面で段階と連絡を記録します。</NextStep>
      <p className="field-hint">
        PDF は印刷・FAX・郵送に、Word は事務所で手直しするときに、Excel
        は表として使えます。足りない情報があるときは、その項目と入力する場所を表示します。
      </p>
      <label className="field sender">
        <span className="field-label">差出人</span>
        <select value={chosenSender} onChange={(e) => setSender(e.target.value as 'office' | 'debtor')} aria-label="差出人">
          <option value="office">事務所(代理人)</option>
          <option value="debtor">ご本人</option>
        </select>
      </label>
      {/* Only an owner saves the letterhead (staff write with their owner's, the server refuses theirs). */}
      {isOwner || role === undefined ? (
        <LetterheadForm onSaved={reload} />
      ) : (
        <p className="muted" data-testid="letterhead-owner-only">
          事務所の情報(レターヘッド)は、弁護士・司法書士のアカウントで入力します。書類にはその内容が使われます。
        </p>
      )}
      <section className="card" aria-label="債権者あての書類">
        <h2>債権者あての書類</h2>
        {byCreditor.map((kind) => (
          <CreditorDocument key={kind.kind} caseId={caseId} kind={kind} choices={data} sender={chosenSender} />
        ))}
      </section>
      <section className="card" aria-label="案件全体の書類">
        <h2>案件全体の書類(裁判所の様式)</h2>
        {ofCase.map((kind) => (
          <div key={kind.kind} className="document-row" data-testid={`document-${kind.kind}`}>
            <h3>{kind.label}</h3>
            <p className="field-hint">{purposes[kind.kind]}</p>
            <DocumentButtons caseId={caseId} kind={kind} choices={data} query={{ sender: chosenSender }} />
          </div>
        ))}
      </section>
    </div>
  );
}

/** One per-creditor document: the creditor (or all at once), the contract, the dates it needs. */
function CreditorDocument({ caseId, kind, choices, sender }: { caseId: string; kind: Kind; choices: DocumentChoices; sender: string }) {
  const [creditor, setCreditor] = useState(kind.creditors === 'one-or-all' ? 'all' : (choices.creditors[0]?.id ?? ''));
  const contracts = choices.creditors.find((c) => c.id === creditor)?.contracts ?? [];
  const [contract, setContract] = useState<string>();
  const [extra, setExtra] = useState<Record<string, string>>({});
  const chosenContract = contract && contracts.some((k) => k.id === contract) ? contract : contracts[0]?.id;
  const query = {
    sender,
    creditor,
    ...(kind.perContract && chosenContract ? { contract: chosenContract } : {}),
    // A date is sent as the 西暦 it reads as (R8.12.25 → 2026-12-25); one that does not read is sent as typed, for the server to name.
    ...Object.fromEntries(
      Object.entries(extra)
        .filter(([, value]) => value.trim() !== '')
        .map(([key, value]) => [key, dateFields.includes(key) ? String(dateValue(value)) : value]),
    ),
  };
  const input = (name: string, label: string, placeholder = '') => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        value={extra[name] ?? ''}
        placeholder={placeholder}
        aria-label={`${kind.label}の${label}`}
        onChange={(e) => setExtra({ ...extra, [name]: e.target.value })}
      />
      {dateFields.includes(name) && dateBeside(extra[name] ?? '') && (
        <span className="date-beside" data-testid={`${name}-read`}>
          {dateBeside(extra[name] ?? '')}
        </span>
      )}
    </label>
  );
  return (
    <div className="document-row" data-testid={`document-${kind.kind}`}>
      <h3>{kind.label}</h3>
      <p className="field-hint">{purposes[kind.kind]}</p>
      <div className="grid-3">
        <label className="field">
          <span className="field-label">債権者</span>
          <select value={creditor} onChange={(e) => setCreditor(e.target.value)} aria-label={`${kind.label}の債権者`}>
            {kind.creditors === 'one-or-all' && <option value="all">すべての債権者(1つのファイルに)</option>}
            {choices.creditors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {kind.perContract && contracts.length > 1 && (
          <label className="field">
            <span className="field-label">契約</span>
            <select value={chosenContract} onChange={(e) => setContract(e.target.value)} aria-label={`${kind.label}の契約`}>
              {contracts.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label || '契約'}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind.kind === 'recalc-statement' && input('asOf', '計算基準日', '例: R8.12.25, 2026-12-25(空欄: 最後の取引日)')}
        {kind.kind === 'offer-letter' && input('replyBy', '回答期限', '例: R8.12.25, 2026-12-25')}
        {kind.kind === 'offer-letter' && input('paymentDay', '毎月の支払日', '27(末日は31)')}
        {kind.kind === 'overpayment-claim' && input('payeeAccount', '振込先口座', '○○銀行 ○○支店 普通 1234567 名義 …')}
        {kind.kind === 'overpayment-claim' && input('payBy', '支払期限', '例: R8.12.25, 2026-12-25(空欄: 14日後)')}
      </div>
      <DocumentButtons caseId={caseId} kind={kind} choices={choices} query={query} />
    </div>
  );
}

/** The office's letterhead, kept once for every case and every letter. */
function LetterheadForm({ onSaved }: { onSaved: () => Promise<void> }) {
  const { data, reload } = useLoad(() => call(client.letterhead.$get()), []);
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    body: (form) => Object.fromEntries(Object.keys(letterheadLabels).map((key) => [key, String(form.get(key) ?? '')])),
    save: async (body, newer) => {
      await call(client.letterhead.$put({ json: { ...body, version: newer === undefined ? (data?.version ?? null) : newer } }));
      await Promise.all([reload(), onSaved()]);
    },
    done: '事務所の情報を保存しました',
    conflict: {
      read: async () => {
        const latest = await call(client.letterhead.$get());
        return { value: latest.letterhead ?? {}, version: latest.version };
      },
      kind: 'letterhead',
      reload,
    },
  });
  // Open until a letterhead is kept; then as the user leaves it (a save does not close it on them).
  const [open, setOpen] = useState<boolean>();
  if (!data) return null;
  const stored = data.letterhead;
  return (
    <details className="card" id="letterhead" open={open ?? stored === null} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>事務所の情報(レターヘッド){stored ? `: ${stored.office}` : '(未登録)'}</summary>
      <p className="field-hint">
        事務所から送る書類(受任通知・和解提案書など)の差出人になります。一度入力すると、すべての案件で使われます。
      </p>
      <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="事務所の情報" key={data.version ?? 0}>
        {notice}
        <div className="grid-3">
          {Object.entries(letterheadLabels).map(([key, label]) =>
            key === 'profession' ? (
              <Field key={key} label={label} error={problemAt(problems, key)}>
                <select name={key} defaultValue={stored?.profession ?? 'lawyer'}>
                  {professions.map((p) => (
                    <option key={p} value={p}>
                      {professionLabels[p]}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <Field key={key} label={label} error={problemAt(problems, key)}>
                <input name={key} defaultValue={String(stored?.[key as keyof typeof stored] ?? '')} />
              </Field>
            ),
          )}
        </div>
        <button type="submit">事務所の情報を保存</button>
      </form>
    </details>
  );
}
