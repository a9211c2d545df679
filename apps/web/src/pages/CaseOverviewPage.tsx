import { fieldLabel, formatYenWithUnit } from '@wakai/core';
import { Link } from 'wouter';
import { ApiError, call, client, type NewContractBody, type NewCreditorBody } from '../api.js';
import { ApiFileLink } from '../components/ApiFileLink.js';
import { CaseFileMerge } from '../components/CaseFileMerge.js';
import { CaseSharing } from '../components/CaseSharing.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { OfficeActsField } from '../components/coach/OfficeActsField.js';
import { DebtChart } from '../components/DebtChart.js';
import { DeleteCase } from '../components/DeleteCase.js';
import { CreditorKindSelect, Field, Notice, problemAt, useFormSubmit } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { OverviewCreditorTable } from '../components/position/OverviewCreditorTable.js';
import { PositionWarnings } from '../components/position/PositionParts.js';
import { amountValue } from '../form-values.js';
import { idempotencyHeaders, relatedKey } from '../idempotency.js';
import { useRole } from '../session.js';
import { useLoad } from '../use-load.js';

export function CaseOverviewPage({ caseId }: { caseId: string }) {
  const { isDebtor, isOwner, isOffice } = useRole();
  const detail = useLoad(() => call(client.cases[':caseId'].$get({ param: { caseId } })), [caseId]);
  const overview = useLoad(() => call(client.cases[':caseId'].overview.$get({ param: { caseId } })), [caseId]);
  const reload = async () => {
    await Promise.all([detail.reload(), overview.reload()]);
  };
  const error = detail.error ?? overview.error;
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!detail.data || !overview.data) return <p>読み込み中…</p>;
  const { case: stored, creditors } = detail.data;
  const figures = overview.data;
  const available = figures.budget.available;
  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} caseName={stored.debtor.name} />
      <h1>
        {stored.debtor.name} <small data-testid="case-title">{stored.title}</small>
      </h1>
      <NextStep>
        {creditors.length === 0
          ? '借入先(債権者)と契約を入力します。'
          : figures.budget.income === 0
            ? '家計収支表を入力して、毎月返せる額を出します。'
            : '診断で手続を比べ、交渉の画面で債権者ごとに進めます。'}
      </NextStep>
      {isOffice && <OfficeActsField caseId={caseId} officeActs={stored.officeActs} version={stored.version} onSaved={reload} />}
      {isOffice && <CaseTitle caseId={caseId} title={stored.title} version={stored.version} onSaved={reload} />}
      <div className="actions">
        <Link href={`/cases/${caseId}/diagnosis`} className="button">
          診断(返済計画・手続の比較)
        </Link>
        <Link href={`/cases/${caseId}/negotiation`} className="button">
          交渉(債権者ごとの状況・和解案・返済)
        </Link>
        <Link href={`/cases/${caseId}/debtor`} className="button">
          債務者と財産
        </Link>
        <Link href={`/cases/${caseId}/budget`} className="button">
          家計収支を入力
        </Link>
        {isOffice && (
          <>
            <Link href={`/cases/${caseId}/documents`} className="button">
              書類(受任通知・計算書・和解提案書…)
            </Link>
            <ApiFileLink className="button secondary" path={`/cases/${caseId}/export`}>
              案件ファイルを書き出す
            </ApiFileLink>
            {import.meta.env.MODE === 'static' && (
              <Link href={`/cases/${caseId}/send`} className="button secondary">
                事務所に送る(招待リンクで)
              </Link>
            )}
            <Link href={`/cases/${caseId}/audit`} className="button secondary">
              変更履歴
            </Link>
            <Link href={`/cases/${caseId}/trash`} className="button secondary">
              ごみ箱
            </Link>
          </>
        )}
      </div>
      {isOffice && <CaseFileMerge caseId={caseId} onApplied={reload} />}

      <section className="cards" aria-label="概要">
        <Figure label="請求されている額の合計" value={formatYenWithUnit(figures.totals.claimed)} testId="total-claimed" />
        <Figure
          label="交渉の基準額の合計(請求額と引き直し後の少ない方)"
          value={formatYenWithUnit(figures.totals.debt)}
          testId="total-debt"
        />
        <Figure label="過払金の請求額" value={formatYenWithUnit(figures.totals.overpaymentClaim)} testId="total-overpayment" />
        <Figure label="いまの毎月の返済額" value={formatYenWithUnit(figures.totals.monthlyPayment)} testId="total-monthly" />
        <Figure
          label="月の収入"
          value={formatYenWithUnit(figures.budget.income)}
          testId="income"
          note={`家計収支表の${figures.budgetBasis.label}から`}
        />
        <Figure
          label="返済に回せる額(収入−生活費)"
          value={formatYenWithUnit(available)}
          testId="available"
          tone={available < figures.totals.monthlyPayment ? 'bad' : 'good'}
        />
      </section>

      <h2>債権者</h2>
      <OverviewCreditorTable caseId={caseId} rows={figures.creditors} creditors={creditors} />
      <PositionWarnings positions={figures.creditors.map((row) => row.position)} />
      {figures.creditors.length > 0 && <DebtChart rows={figures.creditors} />}
      {isDebtor && <p className="muted">債権者から届いた書類は、各債権者の「交渉」の画面から提出できます。</p>}
      {isOffice && <AddCreditor caseId={caseId} onAdded={reload} />}
      {isOffice && <CaseSharing caseId={caseId} />}
      {isOwner && <DeleteCase caseId={caseId} name={stored.debtor.name} title={stored.title} creditors={creditors.length} />}
    </div>
  );
}

/** 案件名: editable here; saved alone, so nothing else of the case changes. */
function CaseTitle({ caseId, title, version, onSaved }: { caseId: string; title: string; version: number; onSaved: () => Promise<void> }) {
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    body: (form) => ({ title: String(form.get('title') ?? '') }),
    save: async (body, newer) => {
      await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { ...body, version: newer ?? version } }));
      await onSaved();
    },
    done: '案件名を保存しました',
    conflict: {
      read: async () => {
        const latest = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case;
        return { value: { title: latest.title }, version: latest.version };
      },
      kind: 'case',
      reload: onSaved,
    },
  });
  return (
    <details className="card compact-card">
      <summary>案件名を変える</summary>
      <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="案件名" key={version} className="inline-form">
        {notice}
        <Field label="案件名" error={problemAt(problems, 'title')}>
          <input name="title" defaultValue={title} placeholder="例: 任意整理のご相談" />
        </Field>
        <button type="submit">案件名を保存</button>
      </form>
    </details>
  );
}

/** Deleting a case asks first, naming what goes with it; nothing is removed without the second click. */
function Figure({
  label,
  value,
  testId,
  tone,
  note,
}: {
  label: string;
  value: string;
  testId: string;
  tone?: 'good' | 'bad';
  note?: string;
}) {
  return (
    <div className={`figure${tone ? ` figure-${tone}` : ''}`}>
      <span className="figure-label">{label}</span>
      <span className="figure-value" data-testid={testId}>
        {value}
      </span>
      {note && (
        <span className="muted" data-testid={`${testId}-note`}>
          {note}
        </span>
      )}
    </div>
  );
}

/** A creditor and its first contract in one form (most creditors hold one loan series). */
function AddCreditor({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const { problems, onSubmit, onChange, notice, busy } = useFormSubmit({
    body: (form) => ({
      name: form.get('name'),
      kind: form.get('kind'),
      guarantorCompany: form.get('guarantorCompany'),
      label: form.get('label'),
      claimedBalance: amountValue(String(form.get('claimedBalance') ?? '')),
      monthlyPayment: amountValue(String(form.get('monthlyPayment') ?? '')),
    }),
    save: async ({ label, claimedBalance, monthlyPayment, ...creditorFields }, _, key) => {
      const creditor = await call(
        client.cases[':caseId'].creditors.$post(
          { param: { caseId }, json: creditorFields as NewCreditorBody },
          { headers: idempotencyHeaders(key) },
        ),
      );
      try {
        const contract = { label, claimedBalance, monthlyPayment };
        await call(
          client.creditors[':creditorId'].contracts.$post(
            { param: { creditorId: creditor.id }, json: contract as NewContractBody },
            { headers: idempotencyHeaders(relatedKey(key)) },
          ),
        );
      } catch (e) {
        if (e instanceof ApiError && e.status > 0 && e.status < 500)
          await call(client.creditors[':creditorId'].$delete({ param: { creditorId: creditor.id } }));
        throw e;
      }
      await onAdded();
    },
    done: '債権者を追加しました',
    reset: true,
  });

  return (
    <form className="card" onSubmit={onSubmit} onChange={onChange} noValidate aria-label="債権者を追加">
      <h2>債権者を追加</h2>
      {notice}
      <div className="grid-2">
        <Field label={fieldLabel('creditor', 'name')} required error={problemAt(problems, 'name')}>
          <input name="name" autoComplete="off" />
        </Field>
        <Field label="種類" error={problemAt(problems, 'kind')}>
          <CreditorKindSelect defaultValue={'consumer-finance'} />
        </Field>
        <Field label="保証会社" error={problemAt(problems, 'guarantorCompany')} hint="銀行カードローンなど">
          <input name="guarantorCompany" />
        </Field>
        <Field label="契約の名称" error={problemAt(problems, 'label')}>
          <input name="label" placeholder="例: カードローン" />
        </Field>
        <Field label="請求されている残高(円)" error={problemAt(problems, 'claimedBalance')}>
          <input name="claimedBalance" inputMode="numeric" />
        </Field>
        <Field label="毎月の返済額(円)" error={problemAt(problems, 'monthlyPayment')}>
          <input name="monthlyPayment" inputMode="numeric" />
        </Field>
      </div>
      <button type="submit" disabled={busy}>
        債権者を追加
      </button>
    </form>
  );
}
