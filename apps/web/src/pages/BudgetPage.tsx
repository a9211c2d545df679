import { type BudgetMonth, formatYen, formatYenWithUnit, incomeItems, parseYen, spendingItems, summarizeBudget } from '@wakai/core';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, api, type CaseDetail, type StoredCase } from '../api.js';
import { Field, Notice } from '../components/form.js';
import { useLoad } from '../use-load.js';

type Texts = Record<string, string>;

const toTexts = (amounts: Record<string, number | undefined>): Texts =>
  Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, value === undefined ? '' : formatYen(value)]));

/** Amounts from what was typed; unreadable entries are reported by item. */
function readAmounts(texts: Texts, labels: Record<string, string>) {
  const amounts: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const [key, text] of Object.entries(texts)) {
    if (text.trim() === '') continue;
    const parsed = parseYen(text);
    if (parsed.ok) amounts[key] = parsed.value;
    else errors[key] = `${labels[key]}を金額(円)で入力してください`;
  }
  return { amounts, errors };
}

export function BudgetPage({ caseId }: { caseId: string }) {
  const {
    data: stored,
    error,
    setData,
  } = useLoad(() => api<CaseDetail>('GET', `/cases/${caseId}`).then((detail) => detail.case), [caseId]);
  const [income, setIncome] = useState<Texts>({});
  const [spending, setSpending] = useState<Texts>({});
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();

  useEffect(() => {
    if (!stored) return;
    setIncome(toTexts(stored.budget.monthly.income));
    setSpending(toTexts(stored.budget.monthly.spending));
  }, [stored]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!stored) return <p>読み込み中…</p>;

  const readIncome = readAmounts(income, incomeItems);
  const readSpending = readAmounts(spending, spendingItems);
  const month: BudgetMonth = { income: readIncome.amounts, spending: readSpending.amounts };
  const summary = summarizeBudget(month);
  const hasErrors = Object.keys(readIncome.errors).length + Object.keys(readSpending.errors).length > 0;

  async function save() {
    if (!stored) return;
    try {
      const updated = await api<StoredCase>('PATCH', `/cases/${caseId}`, {
        budget: { ...stored.budget, monthly: month },
        version: stored.version,
      });
      setData(updated);
      setStatus({ kind: 'ok', text: '家計収支を保存しました' });
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }

  const inputs = (labels: Record<string, string>, texts: Texts, set: (t: Texts) => void, errors: Record<string, string>, group: string) =>
    Object.entries(labels).map(([key, label]) => (
      <Field key={key} label={label} error={errors[key]}>
        <input
          name={`${group}.${key}`}
          inputMode="numeric"
          value={texts[key] ?? ''}
          onChange={(e) => set({ ...texts, [key]: e.target.value })}
          onBlur={() => {
            const parsed = parseYen(texts[key] ?? '');
            if (parsed.ok && (texts[key] ?? '') !== '') set({ ...texts, [key]: formatYen(parsed.value) });
          }}
        />
      </Field>
    ));

  return (
    <div className="page">
      <nav className="crumbs">
        <Link href="/">案件一覧</Link> › <Link href={`/cases/${caseId}`}>{stored.debtor.name}</Link> › 家計収支
      </nav>
      <h1>家計収支表(1か月)</h1>
      <p>裁判所の家計収支表と同じ項目です。毎月のおおよその金額を入力してください。</p>
      <div className="sticky-summary" aria-live="polite">
        <span>
          収入 <b data-testid="budget-income">{formatYenWithUnit(summary.income)}</b>
        </span>
        <span>
          生活費 <b data-testid="budget-living">{formatYenWithUnit(summary.livingCosts)}</b>
        </span>
        <span className={summary.available < 0 ? 'bad' : 'good'}>
          返済に回せる額 <b data-testid="budget-available">{formatYenWithUnit(summary.available)}</b>
        </span>
        <span>
          いまの返済 <b>{formatYenWithUnit(summary.loanRepayments)}</b>
        </span>
        <button type="button" onClick={() => void save()} disabled={hasErrors}>
          保存
        </button>
      </div>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {hasErrors && <Notice kind="error">金額として読めない項目があります(赤く表示)。直すと保存できます。</Notice>}
      <div className="columns">
        <section className="card">
          <h2>収入</h2>
          {inputs(incomeItems, income, setIncome, readIncome.errors, 'income')}
        </section>
        <section className="card">
          <h2>支出</h2>
          {inputs(spendingItems, spending, setSpending, readSpending.errors, 'spending')}
        </section>
      </div>
    </div>
  );
}
