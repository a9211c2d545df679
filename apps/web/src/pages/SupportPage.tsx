// 家族と気持ち: a page for someone under strain, reachable from every screen. With a case open it reads
// who in the family the case touches (guarantors, family cards, a spouse's income, a family member's
// name on a contract) and the budget's essential lines; without one it gives the general advice.
import { budgetBasis, familyTouches, formatYenWithUnit, payFirst, spendingItems, strainHelp, tellingFamily } from '@wakai/core';
import { Link } from 'wouter';
import { call, client } from '../api.js';
import { Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { useLoad } from '../use-load.js';

export function SupportPage({ caseId }: { caseId?: string }) {
  const { data, error } = useLoad(
    () => (caseId ? call(client.cases[':caseId'].$get({ param: { caseId } })) : Promise.resolve(null)),
    [caseId],
  );
  if (error) return <Notice kind="error">{error}</Notice>;
  if (caseId && !data) return <p>読み込み中…</p>;
  const touches = data ? familyTouches({ budget: data.case.budget, creditors: data.creditors }) : [];
  // The month the plan reads (the monthly plan, else the latest recorded month), as the touches do.
  const basis = data ? budgetBasis(data.case.budget) : null;
  const spending = basis?.month.spending;
  const spendingWhere = basis?.recordedMonth ? `家計の${basis.label}では` : '家計では毎月';
  const advice = caseId ? `/cases/${caseId}/advice` : '/advice';
  return (
    <div className="page support" data-testid="support-page">
      <nav className="crumbs">
        <Link href="/">案件一覧</Link>
        {data && caseId && (
          <>
            {' '}
            › <Link href={`/cases/${caseId}`}>{data.case.debtor.name}</Link>
          </>
        )}{' '}
        › 家族と気持ち
      </nav>
      <h1>家族のこと、気持ちのこと</h1>
      <NextStep>
        借金の整理は、ひとりで抱えなくてよいことです。まず下の「お金が足りないときに先に払うもの」を確かめ、無料の相談先(
        <Link href={advice}>無料の相談先</Link>
        )に話してみてください。
      </NextStep>
      <section className="card" aria-label="影響する家族">
        <h2>この案件で影響がある家族</h2>
        {!data && <p>案件を開いてからこのページを見ると、保証人・家族カード・家計に入れている家族の収入から、影響がある人を挙げます。</p>}
        {data && touches.length === 0 && (
          <p data-testid="family-none">記録されている内容からは、保証人・家族カード・家族の収入・家族名義の契約は見つかりませんでした。</p>
        )}
        {touches.length > 0 && (
          <ul className="family-touches" data-testid="family-touches">
            {touches.map((t) => (
              <li key={`${t.who}-${t.how}`}>
                <b>{t.who}</b>: {t.how}
                <span className="term-source">根拠: {t.source}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-label="家族への伝え方">
        <h2>家族への伝え方</h2>
        <ul>
          {tellingFamily.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-label="先に払うもの">
        <h2>お金が足りないときに先に払うもの</h2>
        <p className="field-hint">上から順に確保し、担保のない借入は最後です。返せない額を約束しないでください。</p>
        <ol className="pay-first" data-testid="pay-first">
          {payFirst.map((p) => {
            const lines = spending ? p.items.filter((item) => (spending[item] ?? 0) > 0) : [];
            return (
              <li key={p.title}>
                <b>{p.title}</b> {p.why}
                {lines.length > 0 && (
                  <span className="field-hint">
                    {' '}
                    ({spendingWhere} {lines.map((item) => `${spendingItems[item]} ${formatYenWithUnit(spending?.[item] ?? 0)}`).join('、')})
                  </span>
                )}
                <span className="term-source">根拠: {p.source}</span>
              </li>
            );
          })}
        </ol>
      </section>
      <section className="card" aria-label="つらいとき">
        <h2>つらいときの相談先</h2>
        <ul data-testid="strain-help">
          {strainHelp.map((h) => (
            <li key={h.name}>
              <b>{h.name}</b>: {h.what}
              <span className="term-source">根拠: {h.source}</span>
            </li>
          ))}
        </ul>
        <p className="field-hint">連絡先は、各機関の公式の案内で確かめてください。</p>
      </section>
    </div>
  );
}
