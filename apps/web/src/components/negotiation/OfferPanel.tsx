// Offers from either side, each judged as soon as it is recorded: the total, the monthly amount
// against this creditor's share of the budget, the standard terms, the alternatives; counter-offers
// that fit, recorded in one click. Accept or reject with the version the screen was loaded at; an
// accepted offer proposes the step to 合意. Each offer can be corrected or removed.
import { type CheckLevel, type FieldProblem, formatYenWithUnit, offerPartyLabels, offerStatusLabels } from '@wakai/core';
import { useState } from 'react';
import { ApiError, api, type CreditorNegotiationData, type StoredContact, type StoredOffer } from '../../api.js';
import { amountText, amountValue, dateValue, wholeValue } from '../../form-values.js';
import { Field, Notice, problemAt, useFormSubmit } from '../form.js';

const levelMarks: Record<CheckLevel, string> = { ok: '✓', info: 'ℹ', warn: '⚠', bad: '✗' };

const offerLabels: Record<string, string> = {
  from: '提示した側',
  madeOn: '提示日',
  contactId: '連絡記録',
  installments: '返済回数',
  monthly: '毎月の返済額',
  amount: '和解金額',
  firstPaymentDate: '初回の返済日',
  futureInterestRate: '将来利息',
  lateChargeRate: '遅延損害金',
  'acceleration.misses': '期限の利益喪失: 遅れた回数',
  'acceleration.amount': '期限の利益喪失: 遅れた額',
  lumpSum: '頭金・一括払い',
  deferralMonths: '据置期間',
  validUntil: '回答期限',
  note: 'メモ',
  status: '状態',
};

function offerBody(form: FormData) {
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
function OfferFields({
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
      <Field label="提示した側" error={problemAt(problems, 'from')}>
        <select name="from" defaultValue={offer?.from ?? 'creditor'}>
          <option value="creditor">{offerPartyLabels.creditor}</option>
          <option value="debtor">{offerPartyLabels.debtor}</option>
        </select>
      </Field>
      <Field label="提示日" error={problemAt(problems, 'madeOn')}>
        <input name="madeOn" defaultValue={offer?.madeOn ?? today} />
      </Field>
      <Field label="連絡記録" error={problemAt(problems, 'contactId')}>
        <select name="contactId" defaultValue={offer ? (offer.contactId ?? '') : (contacts[0]?.id ?? '')}>
          <option value="">(なし)</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.at.replace('T', ' ')} {c.summary.slice(0, 20)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="返済回数" error={problemAt(problems, 'installments')}>
        <input name="installments" inputMode="numeric" defaultValue={offer?.installments ?? ''} />
      </Field>
      <Field label="毎月の返済額(円)" error={problemAt(problems, 'monthly')}>
        <input name="monthly" inputMode="numeric" defaultValue={given(offer?.monthly)} />
      </Field>
      <Field label="和解金額(円)" error={problemAt(problems, 'amount')} hint="空欄なら 回数 × 毎月の額">
        <input name="amount" inputMode="numeric" defaultValue={given(offer?.amount)} />
      </Field>
      <Field label="初回の返済日" error={problemAt(problems, 'firstPaymentDate')}>
        <input name="firstPaymentDate" defaultValue={offer?.firstPaymentDate ?? ''} />
      </Field>
      <Field label="将来利息(年%)" error={problemAt(problems, 'futureInterestRate')}>
        <input
          name="futureInterestRate"
          placeholder="0"
          defaultValue={offer && offer.futureInterestRate !== '0' ? offer.futureInterestRate : ''}
        />
      </Field>
      <Field label="遅延損害金(年%)" error={problemAt(problems, 'lateChargeRate')}>
        <input name="lateChargeRate" defaultValue={offer?.lateChargeRate ?? ''} />
      </Field>
      <Field label="期限の利益喪失: 遅れた回数" error={problemAt(problems, 'acceleration', 'misses')}>
        <input name="misses" inputMode="numeric" placeholder="2" defaultValue={offer?.acceleration.misses ?? ''} />
      </Field>
      <Field label="期限の利益喪失: 遅れた額(円)" error={problemAt(problems, 'acceleration', 'amount')}>
        <input name="accelerationAmount" inputMode="numeric" defaultValue={given(offer?.acceleration.amount)} />
      </Field>
      <Field label="頭金・一括払い(円)" error={problemAt(problems, 'lumpSum')}>
        <input name="lumpSum" inputMode="numeric" defaultValue={given(offer?.lumpSum)} />
      </Field>
      <Field label="据置期間(月)" error={problemAt(problems, 'deferralMonths')}>
        <input name="deferralMonths" inputMode="numeric" defaultValue={offer?.deferralMonths || ''} />
      </Field>
      <Field label="回答期限" error={problemAt(problems, 'validUntil')}>
        <input name="validUntil" defaultValue={offer?.validUntil ?? ''} />
      </Field>
      <Field label="メモ" error={problemAt(problems, 'note')}>
        <input name="note" defaultValue={offer?.note ?? ''} />
      </Field>
    </div>
  );
}

/** The stored offer as the creditor's file holds it now (for a 409). */
async function readOffer(creditorId: string, id: string) {
  const file = await api<CreditorNegotiationData>('GET', `/creditors/${creditorId}/negotiation`);
  const found = file.record.offers.find((o) => o.id === id);
  if (!found) throw new ApiError(404, 'この和解案は削除されています');
  const { id: _, version, ...value } = found;
  return { value, version };
}

export function OfferPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { creditor, context, view, record } = data;
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    body: offerBody,
    save: async (body) => {
      await api('POST', `/creditors/${creditor.id}/offers`, body);
      await onChanged();
    },
    done: '和解案を記録しました',
    reset: true,
  });
  const toAgreed = view.acceptedOfferId !== null ? view.next.find((n) => n.status === 'agreed' && n.problem === null) : undefined;

  return (
    <section className="card" aria-label="和解案">
      <h2>和解案</h2>
      <p className="facts">
        引き直し後の債務 <b>{formatYenWithUnit(context.debt)}</b> / 家計からこの債権者に按分できる額{' '}
        <b data-testid="share">{formatYenWithUnit(context.share)}</b>
        (返済に回せる額 {formatYenWithUnit(context.sustainable)} を債務の額で按分)
      </p>
      {toAgreed && <MoveToAgreed data={data} onChanged={onChanged} />}
      <div className="offers" data-testid="offer-list">
        {[...view.offers].reverse().map((offer) => {
          const stored = record.offers.find((o) => o.id === offer.id) as StoredOffer;
          return <OfferItem key={`${offer.id}-${stored.version}`} offer={offer} stored={stored} data={data} onChanged={onChanged} />;
        })}
      </div>
      <details open={view.offers.length === 0}>
        <summary>和解案を記録する</summary>
        <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="和解案を記録">
          {notice}
          <OfferFields contacts={record.contacts} today={data.today} problems={problems} />
          <button type="submit">和解案を記録</button>
        </form>
      </details>
    </section>
  );
}

/** An offer was accepted while the step is still before 合意: offer to take the step in one click. */
function MoveToAgreed({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const [message, setMessage] = useState<string>();
  async function move() {
    try {
      await api('POST', `/creditors/${data.creditor.id}/status`, {
        to: 'agreed',
        date: data.today,
        note: '和解案を受諾',
        version: data.creditor.version,
      });
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

function OfferItem({
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
  const setStatus = (status: string) => run(() => api('PUT', `/offers/${id}`, { status, version }));
  const edit = useFormSubmit({
    body: offerBody,
    save: async (body, newer) => {
      await api('PUT', `/offers/${id}`, { ...body, version: newer ?? version });
      setEditing(false);
      await onChanged();
    },
    done: '和解案を直しました',
    conflict: { read: () => readOffer(creditorId, id), labels: offerLabels, reload: onChanged },
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
                      });
                      await api('PUT', `/offers/${id}`, { status: 'countered', version });
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
            if (window.confirm(`${name}(${offer.madeOn})を削除します。よろしいですか?`)) void run(() => api('DELETE', `/offers/${id}`));
          }}
        >
          この和解案を削除
        </button>
      </div>
      {editing && (
        <form onSubmit={edit.onSubmit} onChange={edit.onChange} noValidate aria-label={`${name} を直す`}>
          {edit.notice}
          <OfferFields offer={stored} contacts={data.record.contacts} today={data.today} problems={edit.problems} />
          <button type="submit">直した内容を保存</button>
        </form>
      )}
    </article>
  );
}
