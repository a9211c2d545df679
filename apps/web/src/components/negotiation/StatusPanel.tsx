// The creditor's steps so far (days each took, the current one flagged past its norm) and the form
// that moves it on: the steps allowed from here, greyed with the reason where one is not yet possible;
// the last step can be taken back (UndoStep).
// The parent keys this panel by the creditor's version, so after a move the choice starts afresh.
import { type NegotiationStatus, negotiationStatusLabels } from '@wakai/core';
import { useState } from 'react';
import { type CreditorNegotiationData, call, client, type StatusMoveBody } from '../../api.js';
import { dateValue } from '../../form-values.js';
import { CoachWarnings } from '../coach/CoachWarnings.js';
import { statusDraftWarnings } from '../coach/draft-warnings.js';
import { DateInput } from '../DateInput.js';
import { Field, problemAt, useFormSubmit } from '../form.js';
import { confirmTimeBarredStep, timeBarredConfirmation } from '../position/TimeBarredConfirm.js';
import { UndoStep } from './UndoStep.js';

export function StatusPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  // The steps offered follow who acts (the core leaves 受任通知 out for a debtor negotiating alone).
  const { creditor, today, view } = data;
  const firstPossible = view.next.find((n) => n.problem === null)?.status ?? view.next[0]?.status ?? '';
  const [to, setTo] = useState<string>(firstPossible);
  const [date, setDate] = useState(today);
  const chosen = view.next.find((n) => n.status === to);
  const label = (status: unknown) => negotiationStatusLabels[status as NegotiationStatus] ?? String(status);
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    body: (form) => ({
      to,
      date: dateValue(String(form.get('date') ?? '')) ?? '',
      note: String(form.get('note') ?? ''),
      successor: String(form.get('successor') ?? ''),
    }),
    // 合意 (an agreement) on a time-barred debt is an acknowledgement: asked first, naming the risk.
    confirm: (body) => body.to !== 'agreed' || confirmTimeBarredStep(data.position),
    save: async (body) => {
      const confirmation = body.to === 'agreed' ? timeBarredConfirmation(data.position) : {};
      await call(
        client.creditors[':creditorId'].status.$post({
          param: { creditorId: creditor.id },
          json: { ...(body as StatusMoveBody), version: creditor.version, ...confirmation },
        }),
      );
      await onChanged();
    },
    done: '段階を更新しました',
    // A step is never forced over someone else's: the newer step is shown and the form reloads.
    conflict: {
      read: async () => {
        const file = await call(client.creditors[':creditorId'].negotiation.$get({ param: { creditorId: creditor.id } }));
        return { value: { to: label(file.view.status) }, version: null };
      },
      kind: 'status',
      reload: onChanged,
      shown: (body) => ({ to: `${label(body.to)}に進める` }),
      noOverwrite: true,
    },
  });

  return (
    <section className="card" aria-label="交渉の段階">
      <h2>
        交渉の段階:{' '}
        <span className={`status status-${view.status}`} data-testid="negotiation-status">
          {view.label}
        </span>
      </h2>
      {view.timeline.length > 0 && (
        <ol className="timeline">
          {view.timeline.map((step) => (
            <li key={`${step.status}-${step.from}`} className={step.overdue ? 'overdue' : ''}>
              <b>{step.label}</b> {step.from}〜{step.to ?? '現在'}({step.days}日
              {step.norm !== null && step.to === null ? ` / 目安${step.norm}日` : ''})
              {step.overdue && <span className="flag">目安を過ぎています</span>}
            </li>
          ))}
        </ol>
      )}
      <UndoStep data={data} onChanged={onChanged} />
      {view.next.length === 0 ? (
        <p>この債権者の交渉は終わっています。</p>
      ) : (
        <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="段階を進める">
          {notice}
          <div className="grid-3">
            <Field label="次の段階" error={problemAt(problems, 'to')} hint={chosen?.problem ?? undefined}>
              <select name="to" value={to} onChange={(e) => setTo(e.target.value)}>
                {view.next.map((n) => (
                  <option key={n.status} value={n.status}>
                    {n.label}
                    {n.problem ? '(条件未達)' : ''}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="日付" error={problemAt(problems, 'date')}>
              <DateInput name="date" defaultValue={today} onChange={(e) => setDate(dateValue(e.target.value) ?? today)} />
            </Field>
            {(to === 'subrogated' || to === 'assigned') && (
              <Field
                term={to === 'subrogated' ? '代位弁済' : undefined}
                label={to === 'subrogated' ? '代位弁済した保証会社' : '債権を譲り受けた会社'}
                error={problemAt(problems, 'successor')}
              >
                <input name="successor" />
              </Field>
            )}
            <Field label="メモ" error={problemAt(problems, 'note')}>
              <input name="note" />
            </Field>
          </div>
          <CoachWarnings warnings={statusDraftWarnings(data.coach.facts, to, date)} label="この段階についての注意(保存前)" />
          <button type="submit">「{label(to)}」にする</button>
        </form>
      )}
    </section>
  );
}
