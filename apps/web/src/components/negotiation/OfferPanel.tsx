// Offers from either side, each judged as soon as it is recorded: the total, the monthly amount
// against this creditor's share of the budget, the standard terms, the alternatives; counter-offers
// that fit, recorded in one click. Accept or reject with the version the screen was loaded at; an
// accepted offer proposes the step to 合意. Each offer can be corrected or removed.
import { type CoachWarning, formatYenWithUnit } from '@wakai/core';
import { useRef, useState } from 'react';
import { ApiError, type CreditorNegotiationData, call, client, type NewOfferBody, type StoredOffer } from '../../api.js';
import { idempotencyHeaders } from '../../idempotency.js';
import { CoachWarnings } from '../coach/CoachWarnings.js';
import { offerDraftWarnings } from '../coach/draft-warnings.js';
import { Notice, useFormSubmit } from '../form.js';
import { Term } from '../help/Term.js';
import {
  confirmTimeBarredStep,
  TimeBarredConfirm,
  timeBarredConfirmation,
  timeBarredConfirmed,
  timeBarredRefusal,
} from '../position/TimeBarredConfirm.js';
import { OfferItem } from './OfferItem.js';
import { OfferFields, offerBody } from './offer-form.js';

export function OfferPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { creditor, context, view, record } = data;
  const confirmed = useRef(false);
  const { problems, onSubmit, onChange, notice, busy, setStatus } = useFormSubmit({
    body: (form) => {
      confirmed.current = timeBarredConfirmed(data.position, form);
      return offerBody(form);
    },
    confirm: () => {
      if (!confirmed.current) setStatus({ kind: 'error', text: timeBarredRefusal });
      return confirmed.current;
    },
    save: async (body, _, key) => {
      await call(
        client.creditors[':creditorId'].offers.$post(
          { param: { creditorId: creditor.id }, json: { ...(body as NewOfferBody), ...timeBarredConfirmation(data.position) } },
          { headers: idempotencyHeaders(key) },
        ),
      );
      await onChanged();
    },
    done: '和解案を記録しました',
    reset: true,
  });
  const [draft, setDraft] = useState<CoachWarning[]>([]);
  const toAgreed = view.acceptedOfferId !== null ? view.next.find((n) => n.status === 'agreed' && n.problem === null) : undefined;

  return (
    <section className="card" aria-label="和解案">
      <h2>和解案</h2>
      <p className="facts">
        <Term name="引き直し計算">引き直し後</Term>の債務 <b>{formatYenWithUnit(context.debt)}</b> / 家計からこの債権者に
        <Term name="按分" />
        できる額 <b data-testid="share">{formatYenWithUnit(context.share)}</b>
        (返済に回せる額 {formatYenWithUnit(context.sustainable)} を債務の額で按分)
      </p>
      {toAgreed && <MoveToAgreed data={data} onChanged={onChanged} />}
      <div className="offers" data-testid="offer-list">
        {[...view.offers].reverse().map((offer) => {
          const stored = record.offers.find((o) => o.id === offer.id) as StoredOffer;
          return (
            <div key={`${offer.id}-${stored.version}`}>
              <OfferItem offer={offer} stored={stored} data={data} onChanged={onChanged} />
              <CoachWarnings warnings={data.coach.offers[offer.id] ?? []} label="この和解案についての注意" />
            </div>
          );
        })}
      </div>
      <details open={view.offers.length === 0}>
        <summary>和解案を記録する</summary>
        <form
          onSubmit={onSubmit}
          onChange={(e) => {
            onChange();
            setDraft(offerDraftWarnings(data.coach.facts, offerBody(new FormData(e.currentTarget))));
          }}
          onReset={() => setDraft([])}
          noValidate
          aria-label="和解案を記録"
        >
          {notice}
          <OfferFields contacts={record.contacts} today={data.today} problems={problems} />
          <CoachWarnings warnings={draft} label="この和解案についての注意(保存前)" />
          <TimeBarredConfirm position={data.position} what="和解案を記録します" />
          <button type="submit" disabled={busy}>
            和解案を記録
          </button>
        </form>
      </details>
    </section>
  );
}

/** An offer was accepted while the step is still before 合意: offer to take the step in one click. */
function MoveToAgreed({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const [message, setMessage] = useState<string>();
  async function move() {
    if (!confirmTimeBarredStep(data.position)) return;
    try {
      await call(
        client.creditors[':creditorId'].status.$post({
          param: { creditorId: data.creditor.id },
          json: {
            to: 'agreed',
            date: data.today,
            note: '和解案を受諾',
            version: data.creditor.version,
            ...timeBarredConfirmation(data.position),
          },
        }),
      );
      setMessage(undefined);
      await onChanged();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  return (
    <div className="notice notice-ok" role="status" data-testid="move-to-agreed">
      和解案を受諾しました。交渉の段階はまだ「{data.view.label}」です。{' '}
      <button type="button" className="small" onClick={() => void move()}>
        段階を「合意」にする({data.today})
      </button>
      {message && <Notice kind="error">{message}</Notice>}
    </div>
  );
}
