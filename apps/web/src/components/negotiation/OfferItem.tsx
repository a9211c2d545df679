// One offer as recorded: judged (total, share, standard terms, alternatives), answered (受諾・拒否),
// countered in one click with a counter-offer that fits, corrected or deleted.
import { type CheckLevel, formatYenWithUnit, offerPartyLabels, offerStatusLabels } from '@wakai/core';
import { useRef, useState } from 'react';
import { ApiError, type CreditorNegotiationData, call, client, type OfferEditBody, type StoredOffer } from '../../api.js';
import { Notice, useFormSubmit } from '../form.js';
import {
  confirmTimeBarredStep,
  TimeBarredConfirm,
  timeBarredConfirmation,
  timeBarredConfirmed,
  timeBarredRefusal,
} from '../position/TimeBarredConfirm.js';
import { OfferFields, offerBody, readOffer } from './offer-form.js';

const levelMarks: Record<CheckLevel, string> = { ok: '✓', info: 'ℹ', warn: '⚠', bad: '✗' };

export function OfferItem({
  offer,
  stored,
  data,
  onChanged,
}: {
  offer: CreditorNegotiationData['view']['offers'][number];
  stored: StoredOffer;
  data: CreditorNegotiationData;
  onChanged: () => Promise<void>;
}) {
  const [message, setMessage] = useState<string>();
  const [editing, setEditing] = useState(false);
  const { judgement } = offer;
  const { id, version } = stored;
  const creditorId = data.creditor.id;
  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      setMessage(undefined);
      await onChanged();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  const setStatus = (status: NonNullable<OfferEditBody['status']>) => {
    if (status !== 'accepted')
      return run(() => call(client.offers[':offerId'].$put({ param: { offerId: id }, json: { status, version } })));
    if (!confirmTimeBarredStep(data.position)) return Promise.resolve();
    const json = { status, version, ...timeBarredConfirmation(data.position) };
    return run(() => call(client.offers[':offerId'].$put({ param: { offerId: id }, json })));
  };
  // Changing what the debtor offers on a time-barred debt is a new offer, so it is asked first (as the server does).
  const confirmed = useRef(true);
  const edit = useFormSubmit({
    body: (form) => {
      confirmed.current = form.get('from') !== 'debtor' || timeBarredConfirmed(data.position, form);
      return offerBody(form);
    },
    confirm: () => {
      if (!confirmed.current) edit.setStatus({ kind: 'error', text: timeBarredRefusal });
      return confirmed.current;
    },
    save: async (body, newer) => {
      const json = { ...body, version: newer ?? version, ...timeBarredConfirmation(data.position) };
      await call(client.offers[':offerId'].$put({ param: { offerId: id }, json }));
      setEditing(false);
      await onChanged();
    },
    done: '和解案を直しました',
    conflict: { read: () => readOffer(creditorId, id), kind: 'offer', reload: onChanged },
  });
  const name = `和解案 ${offer.installments}回 × ${formatYenWithUnit(offer.monthly)}`;
  return (
    <article className={`offer offer-${offer.status}`} aria-label={name}>
      <header>
        <b>
          {offerPartyLabels[offer.from]} {offer.installments}回 × {formatYenWithUnit(offer.monthly)}
        </b>{' '}
        (和解金額 {formatYenWithUnit(offer.amount)}・総支払額 {formatYenWithUnit(judgement.totalPayable)}、{offer.madeOn})
        <span className="status">{offerStatusLabels[offer.status]}</span>
      </header>
      {message && <Notice kind="error">{message}</Notice>}
      {offer.moved.length > 0 && (
        <p className="field-hint" data-testid="offer-moved">
          前回の案から動いた点: {offer.moved.map((m) => m.text).join('、')}
        </p>
      )}
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
                    confirmTimeBarredStep(data.position) &&
                    void run(async () => {
                      await call(
                        client.creditors[':creditorId'].offers.$post({
                          param: { creditorId },
                          json: {
                            from: 'debtor',
                            madeOn: data.today,
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
                            ...timeBarredConfirmation(data.position),
                          },
                        }),
                      );
                      await call(client.offers[':offerId'].$put({ param: { offerId: id }, json: { status: 'countered', version } }));
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
      <div className="actions">
        <button type="button" className="small secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {editing ? '直すのをやめる' : 'この和解案を直す'}
        </button>
        <button
          type="button"
          className="small secondary danger"
          onClick={() => {
            if (window.confirm(`${name}(${offer.madeOn})を削除します。よろしいですか?`))
              void run(() => call(client.offers[':offerId'].$delete({ param: { offerId: id } })));
          }}
        >
          この和解案を削除
        </button>
      </div>
      {editing && (
        <form onSubmit={edit.onSubmit} onChange={edit.onChange} noValidate aria-label={`${name} を直す`}>
          {edit.notice}
          <OfferFields offer={stored} contacts={data.record.contacts} today={data.today} problems={edit.problems} />
          <TimeBarredConfirm position={data.position} what="債務者側の和解案を直します" />
          <button type="submit">直した内容を保存</button>
        </form>
      )}
    </article>
  );
}
