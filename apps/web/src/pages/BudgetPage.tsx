import {
  type BudgetMonth,
  formatYen,
  formatYenWithUnit,
  type IncomeItem,
  implausibleBudgetAmounts,
  incomeItems,
  parseYen,
  type SpendingItem,
  spendingItems,
  summarizeBudget,
} from '@wakai/core';
import { useEffect, useState } from 'react';
import { call, client, type StoredCase } from '../api.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Field, Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { useVersionedSave } from '../components/versioned-save.js';
import { useLoad } from '../use-load.js';

type Texts = Record<string, string>;

const toTexts = (amounts: Record<string, number | undefined>): Texts =>
  Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, value === undefined ? '' : formatYen(value)]));

/** Amounts from what was typed; unreadable entries are reported by item; emptied ones are sent as null (cleared). */
function readAmounts(texts: Texts, labels: Record<string, string>) {
  const amounts: Record<string, number> = {};
  const cleared: Record<string, null> = {};
  const errors: Record<string, string> = {};
  for (const [key, text] of Object.entries(texts)) {
    if (text.trim() === '') {
      cleared[key] = null;
      continue;
    }
    const parsed = parseYen(text);
    if (parsed.ok) amounts[key] = parsed.value;
    else errors[key] = `${labels[key]}を金額(円)で入力してください`;
  }
  return { amounts, cleared, errors };
}

/** The question asked before saving amounts worth a second look (a typo of ten digits, a line above the income). */
function implausibleQuestion(sheets: { month: string | null; amounts: BudgetMonth }[]): string | undefined {
  const lines = sheets.flatMap(({ month, amounts }) =>
    implausibleBudgetAmounts(amounts).map((found) => {
      const label = found.group === 'income' ? incomeItems[found.item as IncomeItem] : spendingItems[found.item as SpendingItem];
      return `・${month ?? '毎月の目安'} ${label} ${formatYenWithUnit(found.amount)}(${found.reason})`;
    }),
  );
  return lines.length === 0 ? undefined : `次の金額は入力の誤りではありませんか?\n${lines.join('\n')}\n\nこのまま保存しますか?`;
}

/**
 * 収支の差 of a month of the court format: it must be 0 (収入合計 = 支出合計), so either sign is a
 * mistake (red), and a positive one is money left unrecorded, not a surplus: the note says which side to fill.
 */
function imbalanceNote(imbalance: number): string {
  if (imbalance === 0) return '収入と支出の合計が一致しています';
  return imbalance > 0 ? '収入の合計が多い: 翌月繰越か支出に記入してください' : '支出の合計が多い: 前月繰越か収入に記入してください';
}

/** What a save sends: the plan's emptied lines as null (cleared), each recorded month whole. */
type SentBudget = {
  monthly: { income: Record<string, number | null>; spending: Record<string, number | null> };
  months: (BudgetMonth & { month: string })[];
};

const withoutCleared = (amounts: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(amounts).filter(([, amount]) => amount !== null)) as Record<string, number>;

/** A budget as a conflict compares it: the recorded months by their month, so each line is named 「家計 記録した月 2026-10 支出 食費」. */
const comparedBudget = (budget: SentBudget | StoredCase['budget']) => ({
  budget: { monthly: budget.monthly, months: Object.fromEntries(budget.months.map(({ month, ...amounts }) => [month ?? '', amounts])) },
});

interface Sheet {
  /** null: the typical month the plan is built on; 'YYYY-MM': a month actually recorded. */
  month: string | null;
  income: Texts;
  spending: Texts;
}

export function BudgetPage({ caseId }: { caseId: string }) {
  const {
    data: stored,
    error,
    setData,
  } = useLoad(() => call(client.cases[':caseId'].$get({ param: { caseId } })).then((detail) => detail.case), [caseId]);
  const [sheets, setSheets] = useState<Sheet[]>([]);
  const [selected, setSelected] = useState(0);
  const [newMonth, setNewMonth] = useState('');
  const saving = useVersionedSave<SentBudget, StoredCase>({
    save: async (budget, newer) => {
      if (!stored) return;
      setData(await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { budget, version: newer ?? stored.version } })));
    },
    done: '家計収支を保存しました',
    // A typo of ten digits, a line above the income: asked before sending (not again when saving over a newer one).
    confirm: (budget) => {
      const plan = { income: withoutCleared(budget.monthly.income), spending: withoutCleared(budget.monthly.spending) };
      const question = implausibleQuestion([{ month: null, amounts: plan }, ...budget.months.map((m) => ({ month: m.month, amounts: m }))]);
      return question === undefined || window.confirm(question);
    },
    conflict: {
      read: async () => {
        const latest = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case;
        return { value: latest, version: latest.version };
      },
      kind: 'case',
      shown: comparedBudget,
      theirsShown: (latest) => comparedBudget(latest.budget),
      reload: (theirs) => setData(theirs.value),
    },
  });
  const { settle, onChange } = saving;

  useEffect(() => {
    if (!stored) return;
    const { monthly, months } = stored.budget;
    setSheets([
      { month: null, income: toTexts(monthly.income), spending: toTexts(monthly.spending) },
      ...months.map((m) => ({ month: m.month, income: toTexts(m.income), spending: toTexts(m.spending) })),
    ]);
    settle();
  }, [stored, settle]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!stored || sheets.length === 0) return <p>読み込み中…</p>;

  const read = sheets.map((sheet) => ({
    sheet,
    income: readAmounts(sheet.income, incomeItems),
    spending: readAmounts(sheet.spending, spendingItems),
  }));
  const current = read[Math.min(selected, read.length - 1)] as (typeof read)[number];
  const month: BudgetMonth = { income: current.income.amounts, spending: current.spending.amounts };
  const summary = summarizeBudget(month);
  const hasErrors = read.some((r) => Object.keys(r.income.errors).length + Object.keys(r.spending.errors).length > 0);
  const change = (next: Sheet[]) => {
    setSheets(next);
    onChange();
  };
  const update = (edit: Partial<Sheet>) => change(sheets.map((sheet, index) => (index === selected ? { ...sheet, ...edit } : sheet)));

  function save() {
    const [plan, ...recorded] = read;
    void saving.submit({
      // The plan's lines are merged into what is stored: an emptied line is sent as null to clear it.
      monthly: {
        income: { ...plan?.income.cleared, ...plan?.income.amounts },
        spending: { ...plan?.spending.cleared, ...plan?.spending.amounts },
      },
      months: recorded.map((r) => ({ month: r.sheet.month ?? '', income: r.income.amounts, spending: r.spending.amounts })),
    });
  }

  function addMonth() {
    if (!/^\d{4}-\d{2}$/.test(newMonth) || sheets.some((sheet) => sheet.month === newMonth)) return;
    change([...sheets, { month: newMonth, income: {}, spending: {} }].sort((a, b) => (a.month ?? '').localeCompare(b.month ?? '')));
    setSelected(sheets.filter((sheet) => sheet.month === null || sheet.month < newMonth).length);
    setNewMonth('');
  }

  const inputs = (labels: Record<string, string>, group: 'income' | 'spending', errors: Record<string, string>) =>
    Object.entries(labels).map(([key, label]) => {
      const texts = current.sheet[group];
      return (
        <Field key={key} label={label} error={errors[key]}>
          <input
            name={`${group}.${key}`}
            inputMode="numeric"
            value={texts[key] ?? ''}
            onChange={(e) => update({ [group]: { ...texts, [key]: e.target.value } })}
            onBlur={() => {
              const parsed = parseYen(texts[key] ?? '');
              if (parsed.ok && (texts[key] ?? '') !== '') update({ [group]: { ...texts, [key]: formatYen(parsed.value) } });
            }}
          />
        </Field>
      );
    });

  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} caseName={stored.debtor.name} here="家計収支" />
      <h1>家計収支表</h1>
      <NextStep>毎月の収入と支出を入力したら、診断で返せる額と手続を確かめます。</NextStep>
      <p>裁判所の家計収支表と同じ項目です。「毎月の目安」に普段の金額を、申立て前の実際の月(2か月分)はその月を追加して入力してください。</p>
      <div className="tabs">
        <div className="tab-list" role="tablist" aria-label="月">
          {sheets.map((sheet, index) => (
            <button
              key={sheet.month ?? 'plan'}
              type="button"
              role="tab"
              aria-selected={index === selected}
              className={index === selected ? '' : 'secondary'}
              onClick={() => setSelected(index)}
            >
              {sheet.month ?? '毎月の目安'}
            </button>
          ))}
        </div>
        <input type="month" value={newMonth} onChange={(e) => setNewMonth(e.target.value)} aria-label="追加する月" />
        <button type="button" className="secondary" onClick={addMonth} disabled={newMonth === ''}>
          月を追加
        </button>
        {current.sheet.month !== null && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              change(sheets.filter((_, index) => index !== selected));
              setSelected(0);
            }}
          >
            この月を削除
          </button>
        )}
      </div>
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
        {current.sheet.month !== null && (
          <span
            className={summary.imbalance === 0 ? 'good' : 'bad'}
            title="収入の合計(繰越・借入を含む)と支出の合計(返済・翌月繰越を含む)は一致するはずです"
          >
            収支の差 <b data-testid="budget-imbalance">{formatYenWithUnit(summary.imbalance)}</b>{' '}
            <small data-testid="budget-imbalance-note">{imbalanceNote(summary.imbalance)}</small>
          </span>
        )}
        <button type="button" onClick={save} disabled={hasErrors || saving.clash !== undefined || saving.busy}>
          保存
        </button>
      </div>
      {saving.notice}
      {hasErrors && <Notice kind="error">金額として読めない項目があります(赤く表示)。直すと保存できます。</Notice>}
      <div className="columns">
        <section className="card">
          <h2>収入</h2>
          {inputs(incomeItems, 'income', current.income.errors)}
        </section>
        <section className="card">
          <h2>支出</h2>
          {inputs(spendingItems, 'spending', current.spending.errors)}
        </section>
      </div>
    </div>
  );
}
