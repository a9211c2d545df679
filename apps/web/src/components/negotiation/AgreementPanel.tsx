// The written agreement (和解書) entered clause by clause and checked against the accepted offer:
// what is missing, what does not match, what is harsher than usual or above the legal cap.
import { type ChecklistStatus, fieldLabel, holidayRuleLabels, holidayRules, transferFeePayers } from '@wakai/core';
import { useRef } from 'react';
import { type CreditorNegotiationData, call, client } from '../../api.js';
import { amountText, amountValue, dateValue, wholeValue } from '../../form-values.js';
import { DateInput } from '../DateInput.js';
import { Field, problemAt, useFormSubmit } from '../form.js';
import { TermHelp } from '../help/Term.js';
import { TimeBarredConfirm, timeBarredConfirmation, timeBarredConfirmed, timeBarredRefusal } from '../position/TimeBarredConfirm.js';

const statusLabels: Record<ChecklistStatus, string> = { ok: 'OK', info: '確認', warn: '注意', missing: '未記入', mismatch: '不一致' };
const feePayerLabels: Record<(typeof transferFeePayers)[number], string> = {
  debtor: '債務者',
  creditor: '債権者',
  unspecified: '定めなし',
};

export function AgreementPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { record, view, creditor } = data;
  const accepted = view.offers.find((o) => o.id === view.acceptedOfferId);
  const saved = record.agreement;
  const confirmed = useRef(false);
  const { problems, onSubmit, onChange, notice, setStatus } = useFormSubmit({
    confirm: () => {
      if (!confirmed.current) setStatus({ kind: 'error', text: timeBarredRefusal });
      return confirmed.current;
    },
    body: (form) => {
      confirmed.current = timeBarredConfirmed(data.position, form);
      const text = (name: string) => String(form.get(name) ?? '');
      return {
        signedOn: dateValue(text('signedOn')),
        settlementDate: dateValue(text('settlementDate')),
        confirmedBalance: amountValue(text('confirmedBalance')),
        installments: wholeValue(text('installments')),
        monthly: amountValue(text('monthly')),
        paymentDay: wholeValue(text('paymentDay')),
        firstPaymentDate: dateValue(text('firstPaymentDate')),
        payeeAccount: text('payeeAccount'),
        transferFeePayer: text('transferFeePayer'),
        forgiveness: form.get('forgiveness') === 'on',
        acceleration: { misses: wholeValue(text('misses')), amount: amountValue(text('accelerationAmount')) },
        lateChargeRate: text('lateChargeRate') || null,
        futureInterestRate: text('futureInterestRate') || '0',
        settlementClause: form.get('settlementClause') === 'on',
        costsEachOwn: form.get('costsEachOwn') === 'on',
        holidayRule: text('holidayRule') || null,
        note: text('note'),
      };
    },
    save: async (body, newer) => {
      await call(
        client.creditors[':creditorId'].agreement.$put({
          param: { creditorId: creditor.id },
          json: { ...body, version: newer === undefined ? record.agreementVersion : newer, ...timeBarredConfirmation(data.position) },
        }),
      );
      await onChanged();
    },
    done: '和解書の内容を保存しました',
    conflict: {
      read: async () => {
        const file = await call(client.creditors[':creditorId'].negotiation.$get({ param: { creditorId: creditor.id } }));
        return { value: file.record.agreement ?? {}, version: file.record.agreementVersion };
      },
      kind: 'agreement',
      reload: onChanged,
    },
  });

  if (!accepted)
    return (
      <section className="card" aria-label="和解書のチェック">
        <h2>和解書のチェック</h2>
        <p>和解案を「受諾」にすると、和解書の条項をその和解案と照らし合わせて確認できます。</p>
      </section>
    );
  // Unsaved fields start from the accepted offer: the clerk corrects what the paper says differently.
  const value = {
    confirmedBalance: saved?.confirmedBalance ?? accepted.amount,
    installments: saved?.installments ?? accepted.installments,
    monthly: saved?.monthly ?? accepted.monthly,
    firstPaymentDate: saved?.firstPaymentDate ?? accepted.firstPaymentDate,
    misses: saved ? saved.acceleration.misses : accepted.acceleration.misses,
    accelerationAmount: saved ? saved.acceleration.amount : accepted.acceleration.amount,
    lateChargeRate: saved ? saved.lateChargeRate : accepted.lateChargeRate,
    futureInterestRate: saved?.futureInterestRate ?? accepted.futureInterestRate,
  };
  return (
    <section className="card" aria-label="和解書のチェック">
      <h2>和解書のチェック</h2>
      <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="和解書の内容" key={record.agreementVersion ?? 0}>
        {notice}
        <div className="grid-3">
          <Field label={fieldLabel('agreement', 'signedOn')} error={problemAt(problems, 'signedOn')}>
            <DateInput name="signedOn" defaultValue={saved?.signedOn ?? ''} />
          </Field>
          <Field label={`${fieldLabel('agreement', 'settlementDate')}(債務額の基準日)`} error={problemAt(problems, 'settlementDate')}>
            <DateInput name="settlementDate" defaultValue={saved?.settlementDate ?? ''} />
          </Field>
          <Field label={`${fieldLabel('agreement', 'confirmedBalance')}(円)`} error={problemAt(problems, 'confirmedBalance')}>
            <input name="confirmedBalance" inputMode="numeric" defaultValue={amountText(value.confirmedBalance)} />
          </Field>
          <Field label={fieldLabel('agreement', 'installments')} error={problemAt(problems, 'installments')}>
            <input name="installments" inputMode="numeric" defaultValue={String(value.installments)} />
          </Field>
          <Field label={`${fieldLabel('agreement', 'monthly')}(円)`} error={problemAt(problems, 'monthly')}>
            <input name="monthly" inputMode="numeric" defaultValue={amountText(value.monthly)} />
          </Field>
          <Field label={fieldLabel('agreement', 'firstPaymentDate')} error={problemAt(problems, 'firstPaymentDate')}>
            <DateInput name="firstPaymentDate" defaultValue={value.firstPaymentDate ?? ''} />
          </Field>
          <Field label={`${fieldLabel('agreement', 'paymentDay')}(日)`} error={problemAt(problems, 'paymentDay')} hint="末日は31">
            <input name="paymentDay" inputMode="numeric" defaultValue={saved?.paymentDay ?? ''} />
          </Field>
          <Field label={fieldLabel('agreement', 'payeeAccount')} error={problemAt(problems, 'payeeAccount')}>
            <input name="payeeAccount" defaultValue={saved?.payeeAccount ?? ''} />
          </Field>
          <Field label={fieldLabel('agreement', 'transferFeePayer')} error={problemAt(problems, 'transferFeePayer')}>
            <select name="transferFeePayer" defaultValue={saved?.transferFeePayer ?? 'unspecified'}>
              {transferFeePayers.map((p) => (
                <option key={p} value={p}>
                  {feePayerLabels[p]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={fieldLabel('agreement', 'holidayRule')} error={problemAt(problems, 'holidayRule')} hint="民法142条">
            <select name="holidayRule" defaultValue={saved ? (saved.holidayRule ?? '') : 'next-business-day'}>
              {holidayRules.map((rule) => (
                <option key={rule} value={rule}>
                  {holidayRuleLabels[rule]}
                </option>
              ))}
              <option value="">定めなし</option>
            </select>
          </Field>
          <Field
            term="期限の利益"
            label={fieldLabel('agreement', 'acceleration.misses')}
            error={problemAt(problems, 'acceleration', 'misses')}
          >
            <input name="misses" inputMode="numeric" defaultValue={value.misses ?? ''} />
          </Field>
          <Field label={`${fieldLabel('agreement', 'acceleration.amount')}(円)`} error={problemAt(problems, 'acceleration', 'amount')}>
            <input name="accelerationAmount" inputMode="numeric" defaultValue={amountText(value.accelerationAmount)} />
          </Field>
          <Field
            term="遅延損害金"
            label={`${fieldLabel('agreement', 'lateChargeRate')}(年%)`}
            error={problemAt(problems, 'lateChargeRate')}
          >
            <input name="lateChargeRate" defaultValue={value.lateChargeRate ?? ''} />
          </Field>
          <Field
            term="将来利息"
            label={`${fieldLabel('agreement', 'futureInterestRate')}(年%)`}
            error={problemAt(problems, 'futureInterestRate')}
          >
            <input name="futureInterestRate" defaultValue={value.futureInterestRate} />
          </Field>
          <Field label={fieldLabel('agreement', 'note')} error={problemAt(problems, 'note')}>
            <input name="note" defaultValue={saved?.note ?? ''} />
          </Field>
        </div>
        <div className="actions">
          <label className="check">
            <input type="checkbox" name="settlementClause" defaultChecked={saved?.settlementClause ?? false} /> 清算条項あり{' '}
            <TermHelp name="清算条項" />
          </label>
          <label className="check">
            <input type="checkbox" name="forgiveness" defaultChecked={saved?.forgiveness ?? false} /> 完済時の免除条項あり
          </label>
          <label className="check">
            <input type="checkbox" name="costsEachOwn" defaultChecked={saved?.costsEachOwn ?? false} /> 費用は各自の負担
          </label>
        </div>
        <TimeBarredConfirm position={data.position} what="和解書の内容を記録します" />
        <button type="submit">和解書の内容を保存</button>
      </form>
      {view.checklist && (
        <table className="table compact checklist" data-testid="agreement-checklist">
          <caption>
            確認が必要な項目: <b data-testid="checklist-problems">{view.checklist.problems}件</b>
          </caption>
          <tbody>
            {view.checklist.items.map((item) => (
              <tr key={item.id} className={`check-${item.status}`}>
                <th>{item.label}</th>
                <td>{statusLabels[item.status]}</td>
                <td>{item.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
