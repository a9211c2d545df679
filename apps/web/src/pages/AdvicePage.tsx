// 無料の相談先: what 法テラス, the bar associations' and 司法書士会's centres, 消費生活センター and
// 日本貸金業協会's centre do and for whom, with sources. With a case open, 法テラス's means test is
// applied to it (the same check as the diagnosis page's fee panel).
import { adviceCentres, adviceContactNote, formatYenWithUnit, legalAidCheck, legalAidInputOf } from '@wakai/core';
import { Link } from 'wouter';
import { call, client } from '../api.js';
import { Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { useLoad } from '../use-load.js';

export function AdvicePage({ caseId }: { caseId?: string }) {
  const { data, error } = useLoad(
    () => (caseId ? call(client.cases[':caseId'].diagnosis.$get({ param: { caseId }, query: {} })) : Promise.resolve(null)),
    [caseId],
  );
  if (error) return <Notice kind="error">{error}</Notice>;
  if (caseId && !data) return <p>読み込み中…</p>;
  const aid = data ? legalAidCheck(legalAidInputOf(data.input, data.result.affordability.income), data.input.today) : null;
  return (
    <div className="page advice" data-testid="advice-page">
      <nav className="crumbs">
        <Link href="/">案件一覧</Link>
        {caseId && (
          <>
            {' '}
            › <Link href={`/cases/${caseId}`}>{data?.input.debtor.name ?? '案件'}</Link>
          </>
        )}{' '}
        › 無料の相談先
      </nav>
      <h1>無料で相談できるところ</h1>
      <NextStep>
        迷ったら、まず法テラスか弁護士会・司法書士会の相談に。相談には、請求書・取引の記録・家計の収支・和解案の書面を持っていきます。
      </NextStep>
      {data && aid && (
        <section className="card" aria-label="法テラスの基準" data-testid="advice-means-test">
          <h2>この案件と法テラスの基準</h2>
          <p>
            世帯{1 + data.input.debtor.householdMembers.length}人・月収 {formatYenWithUnit(data.result.affordability.income)}(基準{' '}
            {formatYenWithUnit(aid.incomeLimit)}以下)、資産の基準 {aid.assetLimit === null ? '未確認' : formatYenWithUnit(aid.assetLimit)} →{' '}
            <b>{aid.eligible === null ? '要確認' : aid.eligible ? '利用できる可能性があります' : '基準を超えています'}</b>
          </p>
          <p className="field-hint">根拠: {aid.source}</p>
        </section>
      )}
      {adviceCentres.map((centre) => (
        <section key={centre.id} className="card" aria-label={centre.name} data-testid={`advice-${centre.id}`}>
          <h2>{centre.name}</h2>
          <p>{centre.what}</p>
          <dl className="advice-facts">
            <dt>対象</dt>
            <dd>{centre.forWhom}</dd>
            <dt>費用</dt>
            <dd>{centre.cost}</dd>
          </dl>
          <p className="field-hint">根拠: {centre.source}</p>
        </section>
      ))}
      <p className="field-hint" data-testid="advice-contact-note">
        {adviceContactNote}
      </p>
    </div>
  );
}
