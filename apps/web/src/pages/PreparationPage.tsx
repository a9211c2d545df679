// 準備シート: what to have in mind before contacting one creditor — the debt as recalculated against
// the claim, the budget's share for it, the opening offer and the fallback ladder with their costs,
// the creditor kind's tendencies, talking points and a phone script. Printable (print CSS), and as a PDF.
import { formatYenWithUnit as yen } from '@wakai/core';
import { call, client } from '../api.js';
import { ApiFileLink } from '../components/ApiFileLink.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Notice } from '../components/form.js';
import { useLoad } from '../use-load.js';

const signed = (amount: number) => (amount === 0 ? '±0円' : amount > 0 ? `+${yen(amount)}` : `−${yen(-amount)}`);

export function PreparationPage({ caseId, creditorId }: { caseId: string; creditorId: string }) {
  const { data, error } = useLoad(() => call(client.creditors[':creditorId'].preparation.$get({ param: { creditorId } })), [creditorId]);
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  const { sheet } = data;
  const { opening } = sheet;
  return (
    <div className="page preparation">
      <CaseCrumbs
        className="crumbs no-print"
        caseId={caseId}
        caseName={data.case.debtorName}
        steps={[{ href: `/cases/${caseId}/creditors/${creditorId}/negotiation`, label: data.creditor.name }]}
        here="準備シート"
        title={`${data.creditor.name} 準備シート`}
      />
      <h1>
        {sheet.creditorName} <small>連絡の前の準備シート({data.today})</small>
      </h1>
      <p className="no-print">
        次にすること: このシートを手元に置いて連絡し、話した内容をすぐ「連絡の記録」に残します。{' '}
        <button type="button" className="secondary small" onClick={() => window.print()}>
          印刷
        </button>{' '}
        <ApiFileLink
          className="button secondary small"
          path={`/cases/${caseId}/documents/preparation-sheet?format=pdf&creditor=${creditorId}`}
          fileName={`準備シート_${data.creditor.name}.pdf`}
        >
          PDF
        </ApiFileLink>
      </p>

      <section className="card" aria-label="債務の額">
        <h2>債務の額</h2>
        <p data-testid="prep-debt">
          請求額 {sheet.debt.claimed === null ? '不明' : yen(sheet.debt.claimed)} → 交渉の基準額 <b>{yen(sheet.debt.recalculated)}</b>(
          {sheet.debt.label})
        </p>
        <ul>
          {sheet.debt.why.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-label="家計から回せる額">
        <h2>家計からこの債権者に回せる額</h2>
        <p data-testid="prep-share">
          毎月 <b>{yen(sheet.budget.share)}</b>(全体 {yen(sheet.budget.sustainable)})
        </p>
        <p className="field-hint">{sheet.budget.why}</p>
      </section>

      {opening === null ? (
        <section className="card" aria-label="時効の確認">
          <h2>時効の確認(金額の提案はしません)</h2>
          <ul data-testid="prep-time-barred">
            {(sheet.timeBarred?.summary ?? []).map((t) => (
              <li key={t}>{t}</li>
            ))}
            {(sheet.timeBarred?.questions ?? []).map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <Notice kind="warn">{sheet.timeBarred?.wayForward}</Notice>
        </section>
      ) : (
        <>
          <section className="card" aria-label="最初の提案">
            <h2>最初の提案</h2>
            <p data-testid="prep-opening">
              和解額 {yen(opening.amount)}({sheet.debt.label}・将来利息なし)を <b>{opening.installments}回</b>、毎月{' '}
              <b>{yen(opening.monthly)}</b>
              {opening.last !== opening.monthly && `(最終回 ${yen(opening.last)})`}
            </p>
            {!opening.fitsShare && (
              <Notice kind="warn">60回でも回せる額を超えます。他の債権者との配分や、他の手続も検討してください</Notice>
            )}
          </section>

          <section className="card" aria-label="譲歩の段階">
            <h2>断られたときの譲歩の段階</h2>
            <table className="table compact stack" data-testid="prep-ladder">
              <thead>
                <tr>
                  <th>譲歩</th>
                  <th className="num">条件</th>
                  <th className="num">総額の増加</th>
                  <th className="num">毎月の変化</th>
                </tr>
              </thead>
              <tbody>
                {sheet.ladder.map((s, i) => (
                  <tr key={s.id}>
                    <td data-label="譲歩">
                      {i + 1}. {s.label}
                      <div className="field-hint">{s.note}</div>
                      {!s.fitsShare && <div className="field-error">回せる額を超えます</div>}
                    </td>
                    <td data-label="条件" className="num">
                      {s.terms.installments}回 × {yen(s.terms.monthly)}
                      {s.terms.bonus > 0 && `+ボーナス月 ${yen(s.terms.bonus)}`}
                    </td>
                    <td data-label="総額の増加" className="num">
                      {signed(s.cost)}
                    </td>
                    <td data-label="毎月の変化" className="num">
                      {signed(s.monthlyChange)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <b>ここまで:</b> {sheet.limit}
            </p>
          </section>
        </>
      )}

      <section className="card" aria-label="話すこと">
        <h2>話のポイント</h2>
        <ul data-testid="prep-points">
          {sheet.talkingPoints.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h3>{sheet.tendencies.kindLabel}の傾向</h3>
        <ul>
          {sheet.tendencies.tendencies.map((t) => (
            <li key={t.id}>
              {t.text}
              <span className="source">(出典: {t.source})</span>
            </li>
          ))}
          {sheet.tendencies.tendencies.length === 0 && <li>解説に書かれた傾向はありません</li>}
        </ul>
      </section>

      <section className="card" aria-label="電話の台本">
        <h2>電話の台本</h2>
        <h3>言うこと</h3>
        <ol data-testid="prep-say">
          {sheet.script.say.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <h3>言わない・しないこと</h3>
        <ul data-testid="prep-avoid">
          {sheet.script.avoid.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <h3>書き留めること</h3>
        <ul>
          {sheet.script.record.map((s) => (
            <li key={s}>□ {s}</li>
          ))}
        </ul>
      </section>

      {data.written && (
        <section className="card" aria-label="書面・メールで伝える場合">
          <h2>書面・メールで伝える場合</h2>
          <p>
            <b>件名:</b> {data.written.subject}
          </p>
          <pre className="written-offer" data-testid="prep-written">
            {data.written.body.join('\n')}
          </pre>
        </section>
      )}

      <section className="card" aria-label="会って話す場合">
        <h2>会って話す場合</h2>
        <h3>持っていくもの</h3>
        <ul data-testid="prep-bring">
          {data.meeting.bring.map((s) => (
            <li key={s}>□ {s}</li>
          ))}
        </ul>
        <h3>その場でしないこと</h3>
        <ul data-testid="prep-no-sign">
          {data.meeting.doNotSign.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <p className="field-hint">
        出典: {sheet.sources.join(' / ')}。試算と一般的な助言です。法律上の判断は弁護士・司法書士にご相談ください。
      </p>
    </div>
  );
}
