// After the agreement: the payment calendar, the payments actually made, and the acceleration watch
// — a late installment says how many days remain before the whole balance falls due.
import { fieldLabel, formatYenWithUnit, type InstallmentState } from '@wakai/core';
import { useRef } from 'react';
import { ApiError, type CreditorNegotiationData, call, client, type NewPaymentBody } from '../../api.js';
import { amountText, amountValue, dateValue } from '../../form-values.js';
import { idempotencyHeaders } from '../../idempotency.js';
import { DateInput } from '../DateInput.js';
import { Field, Notice, problemAt, useFormSubmit } from '../form.js';
import { TimeBarredConfirm, timeBarredConfirmation, timeBarredConfirmed, timeBarredRefusal } from '../position/TimeBarredConfirm.js';

const stateLabels: Record<InstallmentState, string> = { paid: '支払済', partial: '一部支払', late: '遅れ', upcoming: '予定' };

export function PaymentPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { view, record, creditor, today } = data;
  const status = view.payments;
  // A payment on a debt whose limitation may have run is an acknowledgement (民法152条1項): asked first.
  const confirmed = useRef(false);
  const { problems, onSubmit, onChange, notice, busy, setStatus } = useFormSubmit({
    body: (form) => {
      confirmed.current = timeBarredConfirmed(data.position, form);
      return {
        paidOn: dateValue(String(form.get('paidOn') ?? '')),
        amount: amountValue(String(form.get('amount') ?? '')),
        note: String(form.get('note') ?? ''),
      };
    },
    confirm: () => {
      if (!confirmed.current) setStatus({ kind: 'error', text: timeBarredRefusal });
      return confirmed.current;
    },
    save: async (body, _, key) => {
      await call(
        client.creditors[':creditorId'].payments.$post(
          { param: { creditorId: creditor.id }, json: { ...(body as NewPaymentBody), ...timeBarredConfirmation(data.position) } },
          { headers: idempotencyHeaders(key) },
        ),
      );
      await onChanged();
    },
    done: '支払を記録しました',
  });
  if (!status)
    return (
      <section className="card" aria-label="返済">
        <h2>返済</h2>
        <p>受諾した和解案(または和解書)に初回の返済日が入ると、返済の予定がここに表示されます。</p>
      </section>
    );
  const acceleration = status.acceleration;
  const nextLate = status.installments.find((i) => i.state === 'late');
  return (
    <section className="card" aria-label="返済">
      <h2>返済</h2>
      {acceleration?.state === 'accelerated' && (
        <Notice kind="error">
          <span data-testid="acceleration-warning">
            {acceleration.on} の支払が遅れたため、和解書の条項により期限の利益を失っています。残り {formatYenWithUnit(acceleration.balance)}{' '}
            の一括請求と、{acceleration.lateChargesFrom} からの遅延損害金
            {acceleration.dailyLateCharge !== null
              ? `(年${acceleration.appliedLateChargeRate}%、1日 ${formatYenWithUnit(acceleration.dailyLateCharge)})`
              : ''}
            {acceleration.lateChargeCut && (
              <span data-testid="late-charge-cut">
                {' '}
                約定の年{acceleration.lateChargeRate}%は上限(年{acceleration.lateChargeCut.cap}%、{acceleration.lateChargeCut.source}
                )を超えるため、上限で計算しています(超える部分は無効です)。
              </span>
            )}
            の対象になります。すぐに代理人か債権者に連絡してください。
          </span>
        </Notice>
      )}
      {acceleration?.state === 'countdown' && status.missed > 0 && (
        <Notice kind="warn">
          <span data-testid="acceleration-warning">
            {nextLate ? `第${nextLate.number}回(${nextLate.fallsDueOn})` : ''}の支払 {formatYenWithUnit(status.arrears)}{' '}
            が遅れています。あと
            {acceleration.daysLeft}日({acceleration.on})までに {formatYenWithUnit(acceleration.toCure)}{' '}
            を支払わないと、期限の利益を失い、残り {formatYenWithUnit(acceleration.balance)} を一括で請求されます。
          </span>
        </Notice>
      )}
      <section className="cards" aria-label="返済の状況">
        <div className="figure">
          <span className="figure-label">支払済 / 予定の合計</span>
          <span className="figure-value" data-testid="paid-total">
            {formatYenWithUnit(status.paid)} / {formatYenWithUnit(status.scheduled)}
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">残り</span>
          <span className="figure-value">{formatYenWithUnit(status.remaining)}</span>
        </div>
        <div className={`figure${status.missed > 0 ? ' figure-bad' : ''}`}>
          <span className="figure-label">遅れている回数・額</span>
          <span className="figure-value" data-testid="missed">
            {status.missed}回 {formatYenWithUnit(status.arrears)}
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">次の支払</span>
          <span className="figure-value">
            {status.nextDue
              ? `${status.nextDue.fallsDueOn}${status.nextDue.fallsDueOn !== status.nextDue.dueDate ? `(約定日 ${status.nextDue.dueDate} は休日)` : ''} ${formatYenWithUnit(status.nextDue.amount)}`
              : '—'}
          </span>
        </div>
      </section>
      <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="支払を記録" key={record.payments.length}>
        {notice}
        <div className="grid-3">
          <Field label={fieldLabel('payment', 'paidOn')} error={problemAt(problems, 'paidOn')}>
            <DateInput name="paidOn" defaultValue={today} />
          </Field>
          <Field label={`${fieldLabel('payment', 'amount')}(円)`} error={problemAt(problems, 'amount')}>
            <input name="amount" inputMode="numeric" defaultValue={amountText(status.nextDue?.amount ?? nextLate?.amount)} />
          </Field>
          <Field label={fieldLabel('payment', 'note')} error={problemAt(problems, 'note')}>
            <input name="note" />
          </Field>
        </div>
        <TimeBarredConfirm position={data.position} what="支払を記録します" />
        <button type="submit" disabled={busy}>
          支払を記録
        </button>
      </form>
      {record.payments.length > 0 && (
        <ul className="payments">
          {record.payments.map((p) => (
            <li key={p.id}>
              {p.paidOn} {formatYenWithUnit(p.amount)} {p.note}
              <button
                type="button"
                className="small secondary"
                onClick={() =>
                  void call(client.payments[':paymentId'].$delete({ param: { paymentId: p.id } }))
                    .then(onChanged)
                    .catch((e: unknown) => window.alert(e instanceof ApiError ? e.message : String(e)))
                }
              >
                取り消す
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>返済の予定({status.installments.length}回)</summary>
        <table className="table compact" data-testid="payment-schedule">
          <thead>
            <tr>
              <th>回</th>
              <th>約定日</th>
              <th title="約定日が金融機関の休業日のときは翌営業日(和解書の定め、民法142条)">支払期日</th>
              <th className="num">額</th>
              <th className="num">支払済</th>
              <th>状態</th>
            </tr>
          </thead>
          <tbody>
            {status.installments.map((i) => (
              <tr key={i.number} className={`state-${i.state}`}>
                <td>{i.lumpSum ? '頭金' : i.number}</td>
                <td>{i.dueDate}</td>
                <td data-testid="falls-due-on">{i.fallsDueOn}</td>
                <td className="num">{formatYenWithUnit(i.amount)}</td>
                <td className="num">{formatYenWithUnit(i.paid)}</td>
                <td>
                  {stateLabels[i.state]}
                  {i.daysLate > 0 ? `(${i.daysLate}日)` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
