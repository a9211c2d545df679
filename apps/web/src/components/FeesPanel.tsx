// 費用: offices' written quotes compared on this case, each checked against the professions' caps,
// the 認定司法書士 140万 limit, and whether 法テラス can help.
import {
  claimsOverScrivenerLimit,
  type Diagnosis,
  type FeeQuote,
  feeCaseOf,
  feeIssues,
  feeQuoteFieldLabels,
  formatYenWithUnit,
  legalAidCheck,
  legalAidInputOf,
  parseRatePercent,
  parseYen,
  quoteComparison,
  quoteOnCase,
  routeCosts,
} from '@wakai/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { call, client, type DiagnosisData, type StoredCase } from '../api.js';
import { Notice } from './form.js';
import { useVersionedSave } from './versioned-save.js';

const blankQuote = (index: number): FeeQuote => ({
  office: `事務所${index + 1}`,
  profession: 'lawyer',
  retainerPerCreditor: 0,
  successFeePerCreditor: 0,
  reductionFeePercent: '0',
  refundFeePercent: '0',
  refundFeePercentLawsuit: '0',
  remittanceFeePerPayment: 0,
  expenses: 0,
  taxIncluded: false,
});

/** A sample to show how a quote is compared (typical market amounts), never an office's real quote. */
const sampleQuote = (): FeeQuote => ({
  ...blankQuote(0),
  retainerPerCreditor: 30_000,
  successFeePerCreditor: 20_000,
  refundFeePercent: '20',
  refundFeePercentLawsuit: '25',
});

/** A quote on the page; a sample until the user changes it, and never saved as one. */
type QuoteRow = { quote: FeeQuote; sample: boolean };

export function FeesPanel({ caseId, data, diagnosis }: { caseId: string; data: DiagnosisData; diagnosis: Diagnosis }) {
  const [rows, setRows] = useState<QuoteRow[]>(
    data.feeQuotes.length > 0 ? data.feeQuotes.map((quote) => ({ quote, sample: false })) : [{ quote: sampleQuote(), sample: true }],
  );
  const quotes = rows.map((row) => row.quote);
  const [version, setVersion] = useState(data.version);
  const saving = useVersionedSave<FeeQuote[], StoredCase>({
    save: async (feeQuotes, newer) => {
      setVersion(
        (await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { feeQuotes, version: newer ?? version } }))).version,
      );
    },
    done: '見積もりを保存しました',
    conflict: {
      read: async () => {
        const latest = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case;
        return { value: latest, version: latest.version };
      },
      kind: 'case',
      shown: (feeQuotes) => ({ feeQuotes }),
      theirsShown: (latest) => ({ feeQuotes: latest.feeQuotes }),
      reload: ({ value }) => {
        setRows(value.feeQuotes.map((quote) => ({ quote, sample: false })));
        setVersion(value.version);
      },
    },
  });
  const { input } = data;
  const feeCase = feeCaseOf(diagnosis, input.creditors);
  // Each quote against doing nothing: what 任意整理 with this office costs in all, and the difference.
  const voluntary = routeCosts(diagnosis, diagnosis.statusQuo, quotes, input.creditors, input.today).routes.find(
    (r) => r.procedure === 'voluntary',
  );
  const aid = legalAidCheck(legalAidInputOf(input, diagnosis.affordability.income), input.today);
  const overLimit = claimsOverScrivenerLimit(
    input.creditors.flatMap((c) => c.contracts.map((k) => ({ creditor: c.name, claimed: k.claimedBalance ?? 0 }))),
  );
  // Any change makes a sample the user's own quote.
  const update = (index: number, change: Partial<FeeQuote>) => {
    setRows(rows.map((row, i) => (i === index ? { quote: { ...row.quote, ...change }, sample: false } : row)));
    saving.onChange();
  };
  const amount = (index: number, key: keyof typeof feeQuoteFieldLabels, kind: 'yen' | 'percent' = 'yen') => (
    <label className="field">
      <span className="field-label">{feeQuoteFieldLabels[key]}</span>
      <input
        inputMode="numeric"
        aria-label={`${quotes[index]?.office} ${feeQuoteFieldLabels[key]}`}
        defaultValue={String(quotes[index]?.[key] ?? '')}
        onChange={(e) => {
          if (kind === 'percent') {
            if (parseRatePercent(e.target.value).ok) update(index, { [key]: e.target.value });
            return;
          }
          const parsed = parseYen(e.target.value);
          if (parsed.ok) update(index, { [key]: parsed.value });
        }}
      />
    </label>
  );
  return (
    <section className="card" aria-label="費用">
      <h2>専門家の費用(見積もりの比較)</h2>
      <p className="field-hint">
        事務所の見積もりを入力すると、この案件での総額と、弁護士会・司法書士会の上限を超える項目を表示します(金額は税抜きで比べます)。
      </p>
      <QuoteComparisonNote quotes={rows.filter((row) => !row.sample).map((row) => row.quote)} creditors={feeCase.creditors} />
      {rows.some((row) => row.sample) && (
        <Notice kind="warn">
          <span data-testid="fee-sample-notice">
            「例」の行は入力のしかたを示すサンプルです(着手金3万円・解決報酬2万円の仮の金額で、実際の見積もりではありません)。金額を書き換えると見積もりとして保存できます。
          </span>
        </Notice>
      )}
      <table className="table compact stack" data-testid="fee-quotes">
        <thead>
          <tr>
            <th>事務所</th>
            <th>資格</th>
            <th>見積もり</th>
            <th className="num">費用の総額(税込)</th>
            <th className="num">今のまま払い続けた場合との差</th>
            <th>上限との比較</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ quote, sample }, index) => {
            const { total } = quoteOnCase(quote, feeCase, input.today);
            const against = voluntary?.quotes[index]?.saving ?? null;
            const issues = feeIssues(quote, input.today);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: quotes are positions in the list
              <tr key={`${version}-${index}`}>
                <td data-label="事務所">
                  {sample && (
                    <b className="field-hint" data-testid={`fee-sample-${index}`}>
                      例(サンプル)
                    </b>
                  )}
                  <input
                    aria-label={`見積もり${index + 1}の${feeQuoteFieldLabels.office}`}
                    value={quote.office}
                    onChange={(e) => update(index, { office: e.target.value })}
                  />
                </td>
                <td data-label="資格">
                  <select
                    value={quote.profession}
                    onChange={(e) => update(index, { profession: e.target.value as FeeQuote['profession'] })}
                    aria-label={`${quote.office}の${feeQuoteFieldLabels.profession}`}
                  >
                    <option value="lawyer">弁護士</option>
                    <option value="scrivener">司法書士</option>
                  </select>
                </td>
                <td data-label="見積もり" className="quote-fields">
                  {amount(index, 'retainerPerCreditor')}
                  {amount(index, 'successFeePerCreditor')}
                  {amount(index, 'reductionFeePercent', 'percent')}
                  {amount(index, 'refundFeePercent', 'percent')}
                  {amount(index, 'remittanceFeePerPayment')}
                </td>
                <td data-label="費用の総額(税込)" className="num" data-testid={`fee-total-${index}`}>
                  {formatYenWithUnit(total.total)}
                  {sample && '(例)'}
                </td>
                <td
                  data-label="今のまま払い続けた場合との差"
                  className={against === null ? undefined : 'num'}
                  data-testid={`fee-saving-${index}`}
                >
                  {against === null
                    ? '比べられません(今のままの総額が出ないため)'
                    : against >= 0
                      ? `費用を払っても ${formatYenWithUnit(against)} 少ない`
                      : `費用の分 ${formatYenWithUnit(-against)} 多い`}
                  {sample && '(例)'}
                </td>
                <td data-label="上限との比較" data-testid={`fee-issues-${index}`}>
                  {issues.length === 0 ? '上限の範囲内' : issues.map((i) => <div key={i.item}>{i.message}</div>)}
                  {quote.profession === 'scrivener' &&
                    overLimit.map((c) => <div key={c.creditor}>{c.creditor}: 140万円を超える請求は司法書士は代理できません</div>)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {saving.notice}
      <div className="actions">
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            setRows([...rows, { quote: blankQuote(rows.length), sample: false }]);
            saving.onChange();
          }}
        >
          見積もりを追加
        </button>
        <button
          type="button"
          className="small"
          onClick={() => void saving.submit(rows.filter((row) => !row.sample).map((row) => row.quote))}
          disabled={saving.clash !== undefined || saving.busy}
        >
          見積もりを保存
        </button>
      </div>
      <h3>法テラス(民事法律扶助)の目安</h3>
      <p data-testid="legal-aid">
        世帯{1 + input.debtor.householdMembers.length}人・月収 {formatYenWithUnit(diagnosis.affordability.income)}(基準{' '}
        {formatYenWithUnit(aid.incomeLimit)}
        以下)、資産の基準 {aid.assetLimit === null ? '未確認' : formatYenWithUnit(aid.assetLimit)} →{' '}
        <b>
          {aid.eligible === null ? '要確認' : aid.eligible ? '利用できる可能性があります(費用の立替え・分割返済)' : '基準を超えています'}
        </b>
        <span className="field-hint"> (根拠: {aid.source})</span>
      </p>
      <p>
        <Link href={`/cases/${caseId}/advice`}>無料で相談できるところ(法テラス・弁護士会・司法書士会など)</Link>
      </p>
    </section>
  );
}

/** What the table compares, and the request for a second written quote where there is only one. */
function QuoteComparisonNote({ quotes, creditors }: { quotes: FeeQuote[]; creditors: number }) {
  const note = quoteComparison(quotes, { creditors });
  return (
    <div data-testid="fee-comparison">
      <p>{note.compared}</p>
      {note.secondQuote && (
        <Notice kind="warn">
          <span data-testid="fee-second-quote">{note.secondQuote}</span>
        </Notice>
      )}
      <p className="field-hint">根拠: {note.source}</p>
    </div>
  );
}
