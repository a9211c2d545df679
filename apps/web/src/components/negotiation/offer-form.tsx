// An offer's fields, empty for a new one or filled to correct one, and the JSON they send; what a
// 409 compares them with.
import { emptyValueText, type FieldProblem, fieldLabel, offerPartyLabels } from '@wakai/core';
import { ApiError, call, client, type StoredContact, type StoredOffer } from '../../api.js';
import { amountText, amountValue, dateValue, wholeValue } from '../../form-values.js';
import { DateInput } from '../DateInput.js';
import { Field, problemAt } from '../form.js';

export function offerBody(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '');
  const installments = wholeValue(text('installments'));
  const monthly = amountValue(text('monthly'));
  const amount = amountValue(text('amount'));
  return {
    from: text('from'),
    madeOn: dateValue(text('madeOn')),
    // The total defaults to installments × monthly, as most offers are written.
    amount: amount ?? (typeof installments === 'number' && typeof monthly === 'number' ? installments * monthly : null),
    installments,
    monthly,
    firstPaymentDate: dateValue(text('firstPaymentDate')),
    futureInterestRate: text('futureInterestRate') || '0',
    lateChargeRate: text('lateChargeRate') || null,
    acceleration: { misses: wholeValue(text('misses')), amount: amountValue(text('accelerationAmount')) },
    lumpSum: amountValue(text('lumpSum')) ?? 0,
    deferralMonths: wholeValue(text('deferralMonths')) ?? 0,
    validUntil: dateValue(text('validUntil')),
    contactId: text('contactId') || null,
    note: text('note'),
  };
}

/** The fields of an offer, empty for a new one or filled with a stored one to correct. */
export function OfferFields({
  offer,
  contacts,
  today,
  problems,
}: {
  offer?: StoredOffer;
  contacts: readonly StoredContact[];
  today: string;
  problems: FieldProblem[];
}) {
  const given = (value: number | null | undefined) => (value ? amountText(value) : '');
  return (
    <div className="grid-3">
      <Field label={fieldLabel('offer', 'from')} error={problemAt(problems, 'from')}>
        <select name="from" defaultValue={offer?.from ?? 'creditor'}>
          <option value="creditor">{offerPartyLabels.creditor}</option>
          <option value="debtor">{offerPartyLabels.debtor}</option>
        </select>
      </Field>
      <Field label={fieldLabel('offer', 'madeOn')} error={problemAt(problems, 'madeOn')}>
        <DateInput name="madeOn" defaultValue={offer?.madeOn ?? today} />
      </Field>
      <Field label={fieldLabel('offer', 'contactId')} error={problemAt(problems, 'contactId')}>
        <select name="contactId" defaultValue={offer ? (offer.contactId ?? '') : (contacts[0]?.id ?? '')}>
          <option value="">{emptyValueText}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.at.replace('T', ' ')} {c.summary.slice(0, 20)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={fieldLabel('offer', 'installments')} error={problemAt(problems, 'installments')}>
        <input name="installments" inputMode="numeric" defaultValue={offer?.installments ?? ''} />
      </Field>
      <Field label={`${fieldLabel('offer', 'monthly')}(円)`} error={problemAt(problems, 'monthly')}>
        <input name="monthly" inputMode="numeric" defaultValue={given(offer?.monthly)} />
      </Field>
      <Field label={`${fieldLabel('offer', 'amount')}(円)`} error={problemAt(problems, 'amount')} hint="空欄なら 回数 × 毎月の額">
        <input name="amount" inputMode="numeric" defaultValue={given(offer?.amount)} />
      </Field>
      <Field label={fieldLabel('offer', 'firstPaymentDate')} error={problemAt(problems, 'firstPaymentDate')}>
        <DateInput name="firstPaymentDate" defaultValue={offer?.firstPaymentDate ?? ''} />
      </Field>
      <Field term="将来利息" label={`${fieldLabel('offer', 'futureInterestRate')}(年%)`} error={problemAt(problems, 'futureInterestRate')}>
        <input
          name="futureInterestRate"
          placeholder="0"
          defaultValue={offer && offer.futureInterestRate !== '0' ? offer.futureInterestRate : ''}
        />
      </Field>
      <Field term="遅延損害金" label={`${fieldLabel('offer', 'lateChargeRate')}(年%)`} error={problemAt(problems, 'lateChargeRate')}>
        <input name="lateChargeRate" defaultValue={offer?.lateChargeRate ?? ''} />
      </Field>
      <Field term="期限の利益" label={fieldLabel('offer', 'acceleration.misses')} error={problemAt(problems, 'acceleration', 'misses')}>
        <input name="misses" inputMode="numeric" placeholder="2" defaultValue={offer?.acceleration.misses ?? ''} />
      </Field>
      <Field label={`${fieldLabel('offer', 'acceleration.amount')}(円)`} error={problemAt(problems, 'acceleration', 'amount')}>
        <input name="accelerationAmount" inputMode="numeric" defaultValue={given(offer?.acceleration.amount)} />
      </Field>
      <Field label={`${fieldLabel('offer', 'lumpSum')}(円)`} error={problemAt(problems, 'lumpSum')}>
        <input name="lumpSum" inputMode="numeric" defaultValue={given(offer?.lumpSum)} />
      </Field>
      <Field label={`${fieldLabel('offer', 'deferralMonths')}(月)`} error={problemAt(problems, 'deferralMonths')}>
        <input name="deferralMonths" inputMode="numeric" defaultValue={offer?.deferralMonths || ''} />
      </Field>
      <Field label={fieldLabel('offer', 'validUntil')} error={problemAt(problems, 'validUntil')}>
        <DateInput name="validUntil" defaultValue={offer?.validUntil ?? ''} />
      </Field>
      <Field label={fieldLabel('offer', 'note')} error={problemAt(problems, 'note')}>
        <input name="note" defaultValue={offer?.note ?? ''} />
      </Field>
    </div>
  );
}

/** The stored offer as the creditor's file holds it now (for a 409). */
export async function readOffer(creditorId: string, id: string) {
  const file = await call(client.creditors[':creditorId'].negotiation.$get({ param: { creditorId } }));
  const found = file.record.offers.find((o) => o.id === id);
  if (!found) throw new ApiError(404, 'この和解案は削除されています');
  const { id: _, version, ...value } = found;
  return { value, version };
}
