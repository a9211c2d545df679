// When the creditor does not keep the agreement: each breach recorded against it (what was agreed,
// what happened, when) with the next steps and their sources; the demand's deadline goes to the
// deadlines, and the 履行請求書 is made among this creditor's documents below.
import { breachKindLabels, breachKinds, breachSteps, formatYenWithUnit } from '@wakai/core';
import { ApiError, type CreditorNegotiationData, call, client, type NewBreachBody } from '../../api.js';
import { amountValue, dateValue } from '../../form-values.js';
import { idempotencyHeaders } from '../../idempotency.js';
import { Field, problemAt, useFormSubmit } from '../form.js';

type Breach = CreditorNegotiationData['record']['breaches'][number];

export function BreachPanel({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { record, creditor, today } = data;
  const { problems, onSubmit, onChange, notice, busy } = useFormSubmit({
    body: (form) => ({
      kind: String(form.get('kind') ?? ''),
      occurredOn: dateValue(String(form.get('occurredOn') ?? '')),
      agreed: String(form.get('agreed') ?? ''),
      happened: String(form.get('happened') ?? ''),
      agreedAmount: amountValue(String(form.get('agreedAmount') ?? '')),
      actualAmount: amountValue(String(form.get('actualAmount') ?? '')),
      demandDeadline: dateValue(String(form.get('demandDeadline') ?? '')),
      note: String(form.get('note') ?? ''),
    }),
    save: async (body, _, key) => {
      await call(
        client.creditors[':creditorId'].breaches.$post(
          { param: { creditorId: creditor.id }, json: body as NewBreachBody },
          { headers: idempotencyHeaders(key) },
        ),
      );
      await onChanged();
    },
    done: '不履行を記録しました',
  });
  const facts = { creditorKind: creditor.kind, officeActs: data.case.officeActs === true };
  const change = (request: Promise<unknown>) =>
    void request.then(onChanged).catch((e: unknown) => window.alert(e instanceof ApiError ? e.message : String(e)));
  return (
    <section className="card" aria-label="和解が守られないとき" data-testid="breach-panel">
      <h2>和解が守られないとき</h2>
      <p className="field-hint">
        和解の後も取立てが続く、合意と違う額を請求される、合意した過払金が払われない、和解書が返ってこない、完済後も信用情報が直らない——そのときは、合意した内容・起きたこと・日付を記録し、次の手順を確かめます。
      </p>
      {record.breaches.length > 0 && (
        <ul className="breaches" data-testid="breaches">
          {record.breaches.map((breach) => (
            <BreachItem
              key={breach.id}
              breach={breach}
              steps={breachSteps(breach, facts)}
              onResolve={() =>
                change(
                  call(
                    client.breaches[':breachId'].$put({
                      param: { breachId: breach.id },
                      json: { version: breach.version, resolvedOn: today },
                    }),
                  ),
                )
              }
              onRemove={() => change(call(client.breaches[':breachId'].$delete({ param: { breachId: breach.id } })))}
            />
          ))}
        </ul>
      )}
      <details open={record.breaches.length === 0}>
        <summary>不履行を記録する</summary>
        <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="不履行を記録" key={record.breaches.length}>
          {notice}
          <Field label="何が起きたか" error={problemAt(problems, 'kind')}>
            <select name="kind" defaultValue="collection-continues">
              {breachKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {breachKindLabels[kind]}
                </option>
              ))}
            </select>
          </Field>
          <div className="grid-3">
            <Field label="起きた日" error={problemAt(problems, 'occurredOn')}>
              <input name="occurredOn" defaultValue={today} />
            </Field>
            <Field label="合意した金額(円)" error={problemAt(problems, 'agreedAmount')} hint="額の違い・過払金の未払いのとき">
              <input name="agreedAmount" inputMode="numeric" />
            </Field>
            <Field label="実際の金額(円)" error={problemAt(problems, 'actualAmount')} hint="請求された額・払われた額">
              <input name="actualAmount" inputMode="numeric" />
            </Field>
          </div>
          <Field label="合意した内容" error={problemAt(problems, 'agreed')} hint="和解書のとおりに(例: 毎月27日に2万円、36回)">
            <textarea name="agreed" rows={2} />
          </Field>
          <Field label="実際に起きたこと" error={problemAt(problems, 'happened')}>
            <textarea name="happened" rows={2} />
          </Field>
          <div className="grid-3">
            <Field label="履行を求める期限" error={problemAt(problems, 'demandDeadline')} hint="請求書に書く期限(2週間ほど先)">
              <input name="demandDeadline" />
            </Field>
            <Field label="メモ" error={problemAt(problems, 'note')}>
              <input name="note" />
            </Field>
          </div>
          <button type="submit" disabled={busy}>
            不履行を記録
          </button>
        </form>
      </details>
    </section>
  );
}

function BreachItem({
  breach,
  steps,
  onResolve,
  onRemove,
}: {
  breach: Breach;
  steps: ReturnType<typeof breachSteps>;
  onResolve: () => void;
  onRemove: () => void;
}) {
  return (
    <li className="breach" data-testid="breach">
      <p>
        <b>{breachKindLabels[breach.kind]}</b>({breach.occurredOn}){breach.resolvedOn && ` — ${breach.resolvedOn} 解決`}
      </p>
      <p>
        合意: {breach.agreed}
        {breach.agreedAmount !== null && `(${formatYenWithUnit(breach.agreedAmount)})`}
        <br />
        実際: {breach.happened}
        {breach.actualAmount !== null && `(${formatYenWithUnit(breach.actualAmount)})`}
        {breach.demandDeadline && (
          <>
            <br />
            履行を求める期限: <span data-testid="breach-deadline">{breach.demandDeadline}</span>
          </>
        )}
      </p>
      {steps.length > 0 && (
        <ol className="breach-steps" data-testid="breach-steps">
          {steps.map((step) => (
            <li key={step.title}>
              <b>{step.title}</b> {step.text}
              {step.document && ' 書類は、この画面の下の「この債権者への書類」の「和解内容の履行請求書」で作れます。'}
              <span className="term-source">根拠: {step.source}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="actions">
        {!breach.resolvedOn && (
          <button type="button" className="small" onClick={onResolve}>
            解決した
          </button>
        )}
        <button type="button" className="small secondary" onClick={onRemove}>
          削除
        </button>
      </div>
    </li>
  );
}
