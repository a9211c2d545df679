// The recalculation ledger: every row with its working, the options switchable, and what each
// other convention would change.
import {
  formatYen,
  formatYenWithUnit,
  optionChoices,
  optionLabels,
  optionNames,
  type RecalcOptions,
  type RecalcSummary,
} from '@wakai/core';
import { Fragment, useState } from 'react';
import { api } from '../api.js';
import { useLoad } from '../use-load.js';
import { Notice } from './form.js';

interface LedgerJson {
  empty?: boolean;
  options: RecalcOptions;
  summary: RecalcSummary;
  rows: {
    date: string;
    borrow: number;
    repay: number;
    days: number;
    rate: string;
    interest: number;
    unpaidInterest: number;
    balance: number;
    overpayment: number;
    overpaymentInterest: number;
    note: string;
    estimated: boolean;
    series: number;
    working: string[];
  }[];
  warnings: { ja: string }[];
  comparison?: { continuous: RecalcSummary; split: RecalcSummary; claimDifference: number };
  variants: { option: keyof typeof optionChoices; value: string; summary: RecalcSummary }[];
}

type Choices = Partial<Record<keyof typeof optionChoices | 'rate' | 'asOf', string>>;

export function Ledger({ contractId, version }: { contractId: string; version: number }) {
  const [choices, setChoices] = useState<Choices>({});
  const [open, setOpen] = useState<number | undefined>();
  const query = new URLSearchParams(Object.entries(choices).filter(([, v]) => v) as [string, string][]).toString();
  const { data, error } = useLoad(
    () => api<LedgerJson>('GET', `/contracts/${contractId}/recalc${query ? `?${query}` : ''}`),
    [contractId, query, version],
  );

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>計算中…</p>;
  if (data.empty) return <p>取引履歴を入力すると、ここに引き直し計算の結果が表示されます。</p>;
  const debt = (s: RecalcSummary) => s.balance + s.unpaidInterest;
  return (
    <section className="card" aria-label="引き直し計算">
      <h2>引き直し計算</h2>
      <div className="cards">
        <div className="figure">
          <span className="figure-label">残元金</span>
          <span className="figure-value" data-testid="ledger-balance">
            {formatYenWithUnit(data.summary.balance)}
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">未払利息</span>
          <span className="figure-value">{formatYenWithUnit(data.summary.unpaidInterest)}</span>
        </div>
        <div className="figure">
          <span className="figure-label">過払金</span>
          <span className="figure-value" data-testid="ledger-overpayment">
            {formatYenWithUnit(data.summary.overpayment)}
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">過払利息</span>
          <span className="figure-value">{formatYenWithUnit(data.summary.overpaymentInterest)}</span>
        </div>
        <div className="figure">
          <span className="figure-label">過払金請求額({data.summary.asOf} 時点)</span>
          <span className="figure-value" data-testid="ledger-claim">
            {formatYenWithUnit(data.summary.claim)}
          </span>
        </div>
      </div>
      {data.warnings.map((w) => (
        <Notice key={w.ja} kind="warn">
          {w.ja}
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
      </details>

      <details>
        <summary>条件を変えた場合の違い</summary>
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
            {data.variants.map((v) => (
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
      </details>

      <table className="table ledger" data-testid="ledger">
        <thead>
          <tr>
            <th className="num">No</th>
            <th>年月日</th>
            <th className="num">借入</th>
            <th className="num">返済</th>
            <th className="num">日数</th>
            <th className="num">利率</th>
            <th className="num">利息</th>
            <th className="num">未払利息</th>
            <th className="num">残元金</th>
            <th className="num">過払金</th>
            <th className="num">過払利息</th>
            <th>備考</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: ledger rows are positions
            <Fragment key={index}>
              <tr
                className={`clickable${row.estimated ? ' estimated' : ''}`}
                onClick={() => setOpen(open === index ? undefined : index)}
                title="クリックで計算過程を表示"
              >
                <td className="num">{index + 1}</td>
                <td>{row.date}</td>
                <td className="num">{row.borrow ? formatYen(row.borrow) : ''}</td>
                <td className="num">{row.repay ? formatYen(row.repay) : ''}</td>
                <td className="num">{row.days}</td>
                <td className="num">{row.rate && `${row.rate}%`}</td>
                <td className="num">{formatYen(row.interest)}</td>
                <td className="num">{formatYen(row.unpaidInterest)}</td>
                <td className="num">{formatYen(row.balance)}</td>
                <td className="num">{formatYen(row.overpayment)}</td>
                <td className="num">{formatYen(row.overpaymentInterest)}</td>
                <td>
                  {row.estimated && '【推定】'}
                  {row.series > 1 && `【第${row.series}取引】`}
                  {row.note}
                </td>
              </tr>
              {open === index && (
                <tr className="working">
                  <td />
                  <td colSpan={11}>
                    <ul>
                      {row.working.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function signed(amount: number): string {
  if (amount === 0) return '±0';
  return `${amount > 0 ? '+' : '−'}${formatYen(Math.abs(amount))}`;
}
