// The recalculation ledger: every row (only those in view are in the page, so 40,000 rows open at
// once), a row's working on click, the options switchable — 冒頭残高 included — and savable as the
// contract's own, and what each other convention would change.

import { formatYen, formatYenWithUnit, optionChoices, optionLabels, optionNames, parseYen, type RecalcSummary } from '@wakai/core';
import { useState } from 'react';
import { type ContractRecord, call, client, type LedgerData, type StoredContract } from '../api.js';
import { useLoad } from '../use-load.js';
import { Notice } from './form.js';
import { Term } from './help/Term.js';
import { LedgerTable } from './LedgerTable.js';
import { useVersionedSave } from './versioned-save.js';

type Choices = Partial<Record<keyof typeof optionChoices | 'rate' | 'asOf' | 'openingBalance', string>>;

export function Ledger({
  contract,
  historyVersion,
  onOptionsSaved,
}: {
  contract: StoredContract;
  historyVersion: number;
  onOptionsSaved: () => Promise<void>;
}) {
  const [choices, setChoices] = useState<Choices>({});
  const [opening, setOpening] = useState(contract.recalcOptions.openingBalance ? formatYen(contract.recalcOptions.openingBalance) : '');
  const [open, setOpen] = useState<number | undefined>();
  // The options switched here, saved as the contract's own (a 409 shows what someone else saved).
  const saving = useVersionedSave<StoredContract['recalcOptions'], ContractRecord>({
    save: async (recalcOptions, newer) => {
      await call(
        client.contracts[':contractId'].$put({
          param: { contractId: contract.id },
          json: { recalcOptions, version: newer ?? contract.version },
        }),
      );
      setChoices({});
      await onOptionsSaved();
    },
    done: 'この計算条件を契約に保存しました(概要・診断もこの条件で計算します)',
    conflict: {
      read: async () => {
        const theirs = await call(client.contracts[':contractId'].$get({ param: { contractId: contract.id } }));
        return { value: theirs, version: theirs.version };
      },
      kind: 'contract',
      shown: optionsInWords,
      theirsShown: (theirs) => optionsInWords(theirs.recalcOptions),
      reload: async () => {
        setChoices({});
        await onOptionsSaved();
      },
    },
  });
  const options = Object.fromEntries(Object.entries(choices).filter(([, v]) => v) as [string, string][]);
  const query = new URLSearchParams(options).toString();
  const [showVariants, setShowVariants] = useState(false);
  const { data, error } = useLoad(() => ledger(contract.id, options), [contract.id, query, historyVersion, contract.version]);
  // The other conventions cost a recalculation each: computed when their table is opened.
  const variants = useLoad(
    () =>
      showVariants
        ? call(client.contracts[':contractId'].recalc.variants.$get({ param: { contractId: contract.id }, query: options }))
        : Promise.resolve(undefined),
    [contract.id, query, historyVersion, contract.version, showVariants],
  );
  const working = useLoad(
    () =>
      open === undefined
        ? Promise.resolve(undefined)
        : call(
            client.contracts[':contractId'].recalc.rows[':index'].$get({
              param: { contractId: contract.id, index: String(open) },
              query: options,
            }),
          ),
    [contract.id, query, historyVersion, open],
  );
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>計算中…</p>;
  if ('empty' in data) return <p>取引履歴を入力すると、ここに引き直し計算の結果が表示されます。</p>;
  const debt = (s: RecalcSummary) => s.balance + s.unpaidInterest;
  const openingRead = opening.trim() === '' ? ({ ok: true, value: 0 } as const) : parseYen(opening);

  const selected = open === undefined ? undefined : data.rows[open];
  return (
    <section className="card" aria-label="引き直し計算">
      <h2>
        <Term name="引き直し計算" />
      </h2>
      <div className="cards">
        <Figure label="残元金" value={data.summary.balance} testId="ledger-balance" />
        <Figure label="未払利息" value={data.summary.unpaidInterest} />
        <Figure label="過払金" value={data.summary.overpayment} testId="ledger-overpayment" />
        <Figure label="過払利息" value={data.summary.overpaymentInterest} />
        <Figure label={`過払金請求額(${data.summary.asOf} 時点)`} value={data.summary.claim} testId="ledger-claim" />
      </div>
      {data.warnings.map((w) => (
        <Notice key={w.ja} kind="warn">
          {w.ja}
          {w.code === 'recalc.openingRepayment' && ' 下の計算条件の「冒頭残高」に入力できます。'}
        </Notice>
      ))}

      <details className="options" open>
        <summary>計算条件(変えると結果がすぐ変わります)</summary>
        <div className="grid-3">
          <label className="field">
            <span className="field-label">{optionNames.rate}</span>
            <select
              value={choices.rate ?? data.options.rate}
              onChange={(e) => setChoices({ ...choices, rate: e.target.value })}
              aria-label="利率"
            >
              <option value="statutory">{optionLabels.statutory}</option>
              <option value="contract">{optionLabels.contract}</option>
              {['29.2', '27.375', '25.55', '18'].map((rate) => (
                <option key={rate} value={rate}>
                  年{rate}%で再現
                </option>
              ))}
            </select>
          </label>
          {(Object.keys(optionChoices) as (keyof typeof optionChoices)[]).map((option) => (
            <label key={option} className="field">
              <span className="field-label">{optionNames[option]}</span>
              <select
                value={choices[option] ?? data.options[option]}
                aria-label={optionNames[option]}
                onChange={(e) => setChoices({ ...choices, [option]: e.target.value })}
              >
                {optionChoices[option].map((value) => (
                  <option key={value} value={value}>
                    {optionLabels[value] ?? value}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label className={`field${openingRead.ok ? '' : ' has-error'}`}>
            <span className="field-label">{optionNames.openingBalance}</span>
            <input
              value={opening}
              inputMode="numeric"
              aria-label="冒頭残高"
              placeholder="0"
              onChange={(e) => setOpening(e.target.value)}
              onBlur={() => {
                if (openingRead.ok) setChoices({ ...choices, openingBalance: String(openingRead.value) });
              }}
            />
            {!openingRead.ok && <span className="field-error">冒頭残高を金額(円)で入力してください</span>}
            <span className="field-hint">取引履歴の最初の行より前の残高(わかる場合)</span>
          </label>
          <label className="field">
            <span className="field-label">{optionNames.asOf}</span>
            <input
              type="date"
              value={choices.asOf ?? ''}
              onChange={(e) => setChoices({ ...choices, asOf: e.target.value })}
              aria-label="計算基準日"
            />
          </label>
        </div>
        <div className="actions">
          <button
            type="button"
            className="secondary small"
            onClick={() => void saving.submit(recalcOptionsOf(choices, contract))}
            disabled={!Object.keys(choices).some((key) => key !== 'asOf') || saving.busy}
          >
            この計算条件を契約に保存
          </button>
        </div>
        {saving.notice}
      </details>

      <details onToggle={(e) => setShowVariants(e.currentTarget.open)}>
        <summary>条件を変えた場合の違い</summary>
        {showVariants && !variants.data && <p>{variants.error ?? '計算中…'}</p>}
        <div className="scroll">
          <table className="table compact" data-testid="variants">
            <thead>
              <tr>
                <th>条件</th>
                <th className="num">残元金+未払利息</th>
                <th className="num">差</th>
                <th className="num">過払金請求額</th>
                <th className="num">差</th>
              </tr>
            </thead>
            <tbody>
              {(variants.data?.variants ?? []).map((v) => (
                <tr key={`${v.option}-${v.value}`}>
                  <td>
                    {optionNames[v.option]}: {optionLabels[v.value] ?? v.value}
                  </td>
                  <td className="num">{formatYen(debt(v.summary))}</td>
                  <td className="num">{signed(debt(v.summary) - debt(data.summary))}</td>
                  <td className="num">{formatYen(v.summary.claim)}</td>
                  <td className="num">{signed(v.summary.claim - data.summary.claim)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      {selected && (
        <div className="working-box" data-testid="row-working" aria-live="polite">
          <b>
            {open === undefined ? '' : open + 1}行目 {selected.date} の計算過程
          </b>
          <button type="button" className="small secondary" onClick={() => setOpen(undefined)}>
            閉じる
          </button>
          {/* The answer for the row opened: another row's working, kept until this one's arrives, is not shown under its heading. */}
          {working.data && working.data.index === open ? (
            <ul>
              {working.data.working.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{working.error ?? '計算中…'}</p>
          )}
        </div>
      )}
      <p className="field-hint">
        行をクリック(タップ)すると、その行の計算過程を表示します。全 {data.rows.length.toLocaleString('ja-JP')} 行
      </p>
      <LedgerTable rows={data.rows} open={open} onOpen={setOpen} />
    </section>
  );
}

/** The contract's options with the ones switched here, less the as-of date (a date is a view, not a term). */
/**
 * The ledger without every row's working nor the other conventions: the route then answers the
 * core's JSON as text (fast for 40,000 rows), the shape its typed answer has less `variants`.
 */
function ledger(contractId: string, options: Record<string, string>): Promise<LedgerData> {
  return call(
    client.contracts[':contractId'].recalc.$get({ param: { contractId }, query: { ...options, working: 'none', variants: 'none' } }),
  );
}

function recalcOptionsOf(choices: Choices, contract: StoredContract) {
  const { asOf: _, openingBalance, ...rest } = choices;
  const switched = Object.fromEntries(Object.entries(rest).filter(([, value]) => value));
  return {
    ...contract.recalcOptions,
    ...switched,
    ...(openingBalance === undefined ? {} : { openingBalance: Number(openingBalance || 0) }),
  };
}

/** Options as a conflict shows them: each choice in words (「約定利率」, not `contract`). */
const optionsInWords = (options: StoredContract['recalcOptions']) => ({
  recalcOptions: Object.fromEntries(Object.entries(options).map(([key, value]) => [key, optionLabels[String(value)] ?? value])),
});

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="figure">
      <span className="figure-label">{label}</span>
      <span className="figure-value" data-testid={testId}>
        {formatYenWithUnit(value)}
      </span>
    </div>
  );
}

function signed(amount: number): string {
  if (amount === 0) return '±0';
  return `${amount > 0 ? '+' : '−'}${formatYen(Math.abs(amount))}`;
}
