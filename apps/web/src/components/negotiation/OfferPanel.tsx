// Offers from either side, each judged as soon as it is recorded: the total, the monthly amount
// against this creditor's share of the budget, the standard terms, the alternatives; counter-offers
// that fit, recorded in one click. Accept or reject with the version the screen was loaded at.
import { type CheckLevel, formatYenWithUnit, offerPartyLabels, offerStatusLabels } from '@wakai/core';
import { useState } from 'react';
import { ApiError, api, type CreditorNegotiationData, type StoredOffer } from '../../api.js';
import { amountValue, dateValue, wholeValue } from '../../form-values.js';
import { Field, Notice, problemAt, useFormSubmit } from '../form.js';

const levelMarks: Record<CheckLevel, string> = { ok: '✓', info: 'ℹ', warn: '⚠', bad: '✗' };

export function OfferPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { creditor, context, view, record } = data;
  const { problems, onSubmit, notice } = useFormSubmit(
    async (form) => {
      const text = (name: string) => String(form.get(name) ?? '');
      const installments = wholeValue(text('installments'));
      const monthly = amountValue(text('monthly'));
      const amount = amountValue(text('amount'));
      await api('POST', `/creditors/${creditor.id}/offers`, {
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
      });
      await onChanged();
    },
    '和解案を記録しました',
    { reset: true },
  );

  return (
    <section className="card" aria-label="和解案">
      <h2>和解案</h2>
      <p className="facts">
        引き直し後の債務 <b>{formatYenWithUnit(context.debt)}</b> / 家計からこの債権者に按分できる額{' '}
        <b data-testid="share">{formatYenWithUnit(context.share)}</b>
        (返済に回せる額 {formatYenWithUnit(context.sustainable)} を債務の額で按分)
      </p>
      <div className="offers" data-testid="offer-list">
        {[...view.offers].reverse().map((offer) => (
          <OfferItem
            key={offer.id}
            offer={offer}
            stored={record.offers.find((o) => o.id === offer.id) as StoredOffer}
            today={data.today}
            creditorId={creditor.id}
            onChanged={onChanged}
          />
        ))}
      </div>
      <details open={view.offers.length === 0}>
        <summary>和解案を記録する</summary>
        <form onSubmit={onSubmit} noValidate aria-label="和解案を記録">
          {notice}
          <div className="grid-3">
            <Field label="提示した側" error={problemAt(problems, 'from')}>
              <select name="from" defaultValue="creditor">
                <option value="creditor">{offerPartyLabels.creditor}</option>
                <option value="debtor">{offerPartyLabels.debtor}</option>
              </select>
            </Field>
            <Field label="提示日" error={problemAt(problems, 'madeOn')}>
              <input name="madeOn" defaultValue={data.today} />
            </Field>
            <Field label="連絡記録" error={problemAt(problems, 'contactId')}>
              <select name="contactId" defaultValue={record.contacts[0]?.id ?? ''}>
                <option value="">(なし)</option>
                {record.contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.at.replace('T', ' ')} {c.summary.slice(0, 20)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="返済回数" error={problemAt(problems, 'installments')}>
              <input name="installments" inputMode="numeric" />
            </Field>
            <Field label="毎月の返済額(円)" error={problemAt(problems, 'monthly')}>
              <input name="monthly" inputMode="numeric" />
            </Field>
            <Field label="和解金額(円)" error={problemAt(problems, 'amount')} hint="空欄なら 回数 × 毎月の額">
              <input name="amount" inputMode="numeric" />
            </Field>
            <Field label="初回の返済日" error={problemAt(problems, 'firstPaymentDate')}>
              <input name="firstPaymentDate" />
            </Field>
            <Field label="将来利息(年%)" error={problemAt(problems, 'futureInterestRate')}>
              <input name="futureInterestRate" placeholder="0" />
            </Field>
            <Field label="遅延損害金(年%)" error={problemAt(problems, 'lateChargeRate')}>
              <input name="lateChargeRate" />
            </Field>
            <Field label="期限の利益喪失: 遅れた回数" error={problemAt(problems, 'acceleration', 'misses')}>
              <input name="misses" inputMode="numeric" placeholder="2" />
            </Field>
            <Field label="期限の利益喪失: 遅れた額(円)" error={problemAt(problems, 'acceleration', 'amount')}>
              <input name="accelerationAmount" inputMode="numeric" />
            </Field>
            <Field label="頭金・一括払い(円)" error={problemAt(problems, 'lumpSum')}>
              <input name="lumpSum" inputMode="numeric" />
            </Field>
            <Field label="据置期間(月)" error={problemAt(problems, 'deferralMonths')}>
              <input name="deferralMonths" inputMode="numeric" />
            </Field>
            <Field label="回答期限" error={problemAt(problems, 'validUntil')}>
              <input name="validUntil" />
            </Field>
            <Field label="メモ" error={problemAt(problems, 'note')}>
              <input name="note" />
            </Field>
          </div>
          <button type="submit">和解案を記録</button>
        </form>
      </details>
    </section>
  );
}

function OfferItem({
  offer,
  stored,
  today,
  creditorId,
  onChanged,
}: {
  offer: CreditorNegotiationData['view']['offers'][number];
  stored: StoredOffer;
  today: string;
  creditorId: string;
  onChanged: () => Promise<void>;
}) {
  const [message, setMessage] = useState<string>();
  const { judgement } = offer;
  const { id, version, ...input } = stored;
  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setMessage(undefined);
      await onChanged();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  const setStatus = (status: string) => run(() => api('PUT', `/offers/${id}`, { ...input, status, version }));
  return (
    <article className={`offer offer-${offer.status}`} aria-label={`和解案 ${offer.installments}回 × ${formatYenWithUnit(offer.monthly)}`}>
      <header>
        <b>
          {offerPartyLabels[offer.from]} {offer.installments}回 × {formatYenWithUnit(offer.monthly)}
        </b>{' '}
        (和解金額 {formatYenWithUnit(offer.amount)}・総支払額 {formatYenWithUnit(judgement.totalPayable)}、{offer.madeOn})
        <span className="status">{offerStatusLabels[offer.status]}</span>
      </header>
      {message && <Notice kind="error">{message}</Notice>}
      <ul className="checks">
        {judgement.checks.map((check) => (
          <li key={check.id} className={`check-${check.level}`}>
            {levelMarks[check.level]} {check.text}
          </li>
        ))}
      </ul>
      {offer.status === 'considering' && (
        <div className="actions">
          <button type="button" onClick={() => void setStatus('accepted')}>
            受諾
          </button>
          <button type="button" className="secondary" onClick={() => void setStatus('rejected')}>
            拒否
          </button>
        </div>
      )}
      {offer.status === 'considering' && judgement.counterOffers.length > 0 && (
        <div className="counter-offers">
          <b>対案の例</b>
          <ul>
            {judgement.counterOffers.map((counter) => (
              <li key={counter.installments}>
                {counter.installments}回 × {formatYenWithUnit(counter.monthly)}(和解金額 {formatYenWithUnit(counter.amount)}、
                {counter.reason})
                <button
                  type="button"
                  className="small"
                  onClick={() =>
                    void run(async () => {
                      await api('POST', `/creditors/${creditorId}/offers`, {
                        from: 'debtor',
                        madeOn: today,
                        amount: counter.amount,
                        installments: counter.installments,
                        monthly: counter.monthly,
                        futureInterestRate: counter.futureInterestRate,
                        firstPaymentDate: offer.firstPaymentDate,
                        lateChargeRate: offer.lateChargeRate,
                        acceleration: offer.acceleration,
                        lumpSum: offer.lumpSum,
                        contactId: offer.contactId,
                        note: counter.reason,
                      });
                      await api('PUT', `/offers/${id}`, { ...input, status: 'countered', version });
                    })
                  }
                >
                  この条件で対案を記録
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
