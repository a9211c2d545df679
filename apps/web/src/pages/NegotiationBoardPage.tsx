// Every creditor of the case at a glance: the step, how long it has waited (flagged past its norm),
// the next action, the latest offer, the payments; the step norms the office can change.

import { defaultStepNorms, formatYenWithUnit, mainSteps, type NegotiationStatus, negotiationStatusLabels } from '@wakai/core';
import { Link } from 'wouter';
import { call, client, loaded } from '../api.js';
import { ApiFileLink } from '../components/ApiFileLink.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Field, Notice, problemAt, useFormSubmit } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { OffersTogether } from '../components/negotiation/OffersTogether.js';
import { PositionFlags } from '../components/position/PositionParts.js';
import { useRole, ViewOnly } from '../session.js';
import { useLoad } from '../use-load.js';

export function NegotiationBoardPage({ caseId }: { caseId: string }) {
  const { isDebtor } = useRole();
  const { data, error, reload } = useLoad(() => call(client.cases[':caseId'].negotiation.$get({ param: { caseId } })), [caseId]);
  const normed = mainSteps.filter((s) => defaultStepNorms[s] !== undefined);
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    body: (form) => ({
      stepNorms: Object.fromEntries(
        normed
          .map((s) => [s, Number(String(form.get(s) ?? '').normalize('NFKC'))])
          .filter(([s, days]) => days !== defaultStepNorms[s as NegotiationStatus]),
      ),
    }),
    save: async (body, newer) => {
      await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { ...body, version: loaded(newer ?? data?.case.version) } }));
      await reload();
    },
    done: '目安の日数を保存しました',
    conflict: {
      read: async () => {
        const latest = await call(client.cases[':caseId'].negotiation.$get({ param: { caseId } }));
        return { value: { stepNorms: latest.case.stepNorms }, version: latest.case.version };
      },
      kind: 'case',
      reload,
    },
  });
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} caseName={data.case.debtorName} here="交渉" />
      <h1>
        交渉の状況{' '}
        <small>
          {data.case.debtorName}さん({data.today} 時点)
        </small>
      </h1>
      <NextStep>
        {data.creditors.some((c) => c.coach.violations > 0)
          ? '受任通知の後に取立てをした債権者がいます。記録を事務所に伝えてください。'
          : '印の付いた債権者(目安超え・時効の可能性)から開き、「次にすること」を進めます。'}
      </NextStep>
      <div className="actions">
        <ApiFileLink className="button secondary" path={`/cases/${caseId}/deadlines.ics`}>
          期限をカレンダーに取り込む(.ics)
        </ApiFileLink>
        <Link href="/deadlines" className="button secondary">
          すべての案件の期限
        </Link>
        <Link href={`/cases/${caseId}/documents`} className="button secondary">
          書類(受任通知をすべての債権者に など)
        </Link>
      </div>
      <table className="table stack" data-testid="negotiation-board">
        <thead>
          <tr>
            <th>債権者</th>
            <th>段階</th>
            <th className="num">この段階の日数</th>
            <th>次にすること</th>
            <th>最新の和解案</th>
            <th>返済</th>
          </tr>
        </thead>
        <tbody>
          {data.creditors.map(({ creditor, view, record, coach, position }) => {
            const current = view.timeline[view.timeline.length - 1];
            const next = record.contacts
              .filter((c) => c.nextAction && !c.nextActionDone)
              .sort((a, b) => (a.nextActionDue ?? '9').localeCompare(b.nextActionDue ?? '9'))[0];
            const offer = view.offers[view.offers.length - 1];
            const breaches = record.breaches.filter((b) => b.resolvedOn === null);
            const demandBy = breaches.flatMap((b) => (b.demandDeadline ? [b.demandDeadline] : [])).sort()[0];
            return (
              <tr key={creditor.id} className={current?.overdue ? 'overdue' : ''}>
                <td data-label="債権者">
                  <Link href={`/cases/${caseId}/creditors/${creditor.id}/negotiation`}>{creditor.name}</Link>
                  <PositionFlags position={position} />
                  {breaches.length > 0 && (
                    <span className="flag" data-testid="board-breaches">
                      和解の不履行{breaches.length}件{demandBy ? `(履行請求の期限 ${demandBy})` : ''}
                    </span>
                  )}
                  {coach.violations > 0 && (
                    <span className="flag" data-testid="board-violations">
                      受任通知後の取立て{coach.violations}件
                    </span>
                  )}
                </td>
                <td data-label="段階">{view.label}</td>
                <td data-label="この段階の日数" className="num">
                  {current ? `${current.days}日` : '—'}
                  {current?.overdue && <span className="flag">目安{current.norm}日超</span>}
                </td>
                <td data-label="次にすること">{next ? `${next.nextAction}${next.nextActionDue ? `(${next.nextActionDue})` : ''}` : '—'}</td>
                <td data-label="最新の和解案">
                  {offer
                    ? `${offer.installments}回 × ${formatYenWithUnit(offer.monthly)}${offer.judgement.fitsShare ? '' : ' ⚠按分額超'}`
                    : '—'}
                </td>
                <td data-label="返済">
                  {view.payments
                    ? `${formatYenWithUnit(view.payments.paid)} / ${formatYenWithUnit(view.payments.scheduled)}${view.payments.missed > 0 ? ` ⚠${view.payments.missed}回遅れ` : ''}`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <OffersTogether data={data} />
      <ViewOnly when={isDebtor}>
        <details className="card">
          <summary>段階ごとの目安の日数(これを超えると印が付きます)</summary>
          <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="目安の日数" key={data.case.version}>
            {notice}
            <div className="grid-3">
              {normed.map((s) => (
                <Field key={s} label={negotiationStatusLabels[s]} error={problemAt(problems, 'stepNorms', s)}>
                  <input name={s} inputMode="numeric" defaultValue={String(data.case.stepNorms[s] ?? defaultStepNorms[s])} />
                </Field>
              ))}
            </div>
            <button type="submit">目安を保存</button>
          </form>
        </details>
      </ViewOnly>
    </div>
  );
}
