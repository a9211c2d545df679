// The contract's kind and the facts its limitation (消滅時効) turns on, in the contract form: all
// optional, each explained for a debtor. What is left blank makes the debt position ask for it.
import {
  type AccelerationType,
  accelerationTypeLabels,
  accelerationTypes,
  type ContractKind,
  type CourtTitleKind,
  contractKindLabels,
  contractKinds,
  courtTitleKinds,
  courtTitleLabels,
  type FieldProblem,
  fieldLabel,
  type LimitationFacts,
} from '@wakai/core';
import { dateValue, wholeValue } from '../form-values.js';
import { Field, problemAt } from './form.js';

/** A field's name from the core's one map (the conflict view and the 変更履歴 read the same). */
const labelOf = (path: string) => fieldLabel('contract', path);

/** The kind and the limitation facts as the API takes them (a blank is null: not known). */
export function limitationFactsBody(form: FormData): { kind: string; limitation: Record<string, unknown> } {
  const textOf = (name: string) => String(form.get(name) ?? '');
  const choiceOf = (name: string) => (textOf(name) === '' ? null : textOf(name));
  return {
    kind: textOf('kind') || 'loan',
    limitation: {
      accelerationType: choiceOf('accelerationType'),
      accelerationMisses: wholeValue(textOf('accelerationMisses')),
      acceleratedOn: dateValue(textOf('acceleratedOn')),
      subrogatedOn: dateValue(textOf('subrogatedOn')),
      courtTitle: choiceOf('courtTitle'),
      courtTitleOn: dateValue(textOf('courtTitleOn')),
      acknowledgedOn: dateValue(textOf('acknowledgedOn')),
      merchantBorrower: form.get('merchantBorrower') === 'on',
    },
  };
}

export function ContractKindField({ kind, problems }: { kind: ContractKind; problems: readonly FieldProblem[] }) {
  return (
    <Field
      label={labelOf('kind')}
      error={problemAt(problems, 'kind')}
      hint="カードの買い物(ショッピング)は、借入れと遅延損害金の上限や一括請求の決まりが違います"
    >
      <select name="kind" defaultValue={kind}>
        {contractKinds.map((k) => (
          <option key={k} value={k}>
            {contractKindLabels[k]}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function LimitationFactsFields({
  facts,
  problems,
  guaranteeCompany,
}: {
  facts: LimitationFacts;
  problems: readonly FieldProblem[];
  /** The creditor is a guarantee company: its 求償権 runs from the 代位弁済. */
  guaranteeCompany: boolean;
}) {
  const at = (name: string) => problemAt(problems, 'limitation', name);
  return (
    <fieldset className="list-editor" aria-label="時効に関する事実">
      <legend>時効に関する事実(わかる範囲で)</legend>
      <p className="field-hint">
        長い間返済していない借金は、時効で支払わなくてよくなることがあります(消滅時効)。その計算に使う事実です。わからない項目は空欄のままで構いません。空欄の項目は「時効が完成している可能性」として扱い、確かめることをお知らせします。確かめるまでは、支払ったり、借金を認めたりしないでください(民法152条1項)。
      </p>
      <div className="grid-3">
        <Field
          label={labelOf('limitation.accelerationType')}
          error={at('accelerationType')}
          hint="契約書の「期限の利益の喪失」の条項を見てください"
        >
          <select name="accelerationType" defaultValue={facts.accelerationType ?? ''}>
            <option value="">わからない</option>
            {accelerationTypes.map((t: AccelerationType) => (
              <option key={t} value={t}>
                {accelerationTypeLabels[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={`${labelOf('limitation.accelerationMisses')}(回)`}
          error={at('accelerationMisses')}
          hint="「2回以上怠ったとき」なら 2"
        >
          <input name="accelerationMisses" defaultValue={facts.accelerationMisses ?? ''} inputMode="numeric" />
        </Field>
        <Field
          label={labelOf('limitation.acceleratedOn')}
          error={at('acceleratedOn')}
          hint="「残りを一括で支払ってください」という通知を受けた日など"
        >
          <input name="acceleratedOn" defaultValue={facts.acceleratedOn ?? ''} placeholder="例: 2019-06-27" />
        </Field>
        {(guaranteeCompany || facts.subrogatedOn !== null) && (
          <Field
            label={labelOf('limitation.subrogatedOn')}
            error={at('subrogatedOn')}
            hint="保証会社が代わりに払った日(「代位弁済通知」に書かれています)。保証会社の請求はその翌日から数えます"
          >
            <input name="subrogatedOn" defaultValue={facts.subrogatedOn ?? ''} />
          </Field>
        )}
        <Field
          label={labelOf('limitation.courtTitle')}
          error={at('courtTitle')}
          hint="裁判所から判決や支払督促が届いたことがあれば選んでください。確定から10年になります(民法169条1項)"
        >
          <select name="courtTitle" defaultValue={facts.courtTitle ?? ''}>
            <option value="">なし・わからない</option>
            {courtTitleKinds.map((t: CourtTitleKind) => (
              <option key={t} value={t}>
                {courtTitleLabels[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={labelOf('limitation.courtTitleOn')} error={at('courtTitleOn')}>
          <input name="courtTitleOn" defaultValue={facts.courtTitleOn ?? ''} />
        </Field>
        <Field
          label={labelOf('limitation.acknowledgedOn')}
          error={at('acknowledgedOn')}
          hint="返済・「分割にしてほしい」などのお願い・和解書への署名も承認です。その日から数え直します(民法152条1項)"
        >
          <input name="acknowledgedOn" defaultValue={facts.acknowledgedOn ?? ''} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" name="merchantBorrower" defaultChecked={facts.merchantBorrower} /> {labelOf('limitation.merchantBorrower')}
        (信用金庫・信用組合などからの借入れの時効期間が変わります。旧商法522条)
      </label>
    </fieldset>
  );
}
