// Whose name the contract is in (a child's, a spouse's …) and a suspected 名義盗用: the fields on the
// contract form, and what follows from them — whether the plan counts the debt, and the steps.
import {
  type ContractHolder,
  type FieldProblem,
  fieldLabel,
  holderRelationLabels,
  holderRelations,
  holderSteps,
  notOwedReason,
  notOwedText,
} from '@wakai/core';
import { Field, problemAt } from './form.js';

export function holderBody(form: FormData) {
  return {
    holder: {
      relation: String(form.get('holderRelation') ?? 'self'),
      name: String(form.get('holderName') ?? ''),
      debtorGuarantees: form.get('debtorGuarantees') === 'on',
    },
    identityTheft: form.get('identityTheft') === 'on',
  };
}

export function ContractHolderFields({
  holder,
  identityTheft,
  problems,
}: {
  holder: ContractHolder;
  identityTheft: boolean;
  problems: readonly FieldProblem[];
}) {
  return (
    <fieldset className="holder" data-testid="contract-holder">
      <legend>契約者(名義人)</legend>
      <div className="grid-3">
        <Field label={fieldLabel('contract', 'holder.relation')} error={problemAt(problems, 'holder', 'relation')}>
          <select name="holderRelation" defaultValue={holder.relation}>
            {holderRelations.map((relation) => (
              <option key={relation} value={relation}>
                {holderRelationLabels[relation]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={fieldLabel('contract', 'holder.name')} error={problemAt(problems, 'holder', 'name')} hint="本人以外の名義のとき">
          <input name="holderName" defaultValue={holder.name} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" name="debtorGuarantees" defaultChecked={holder.debtorGuarantees} />{' '}
        本人以外の名義で、自分が保証人(連帯保証人)になっている
      </label>
      <label className="check">
        <input type="checkbox" name="identityTheft" defaultChecked={identityTheft} /> 自分は契約していない(名義を無断で使われた疑いがある)
      </label>
    </fieldset>
  );
}

/** What follows from the stored holder: in the plan or not, and the steps with their sources. */
export function ContractHolderSteps({ holder, identityTheft }: { holder: ContractHolder; identityTheft: boolean }) {
  const steps = holderSteps({ holder, identityTheft });
  if (steps.length === 0) return null;
  const reason = notOwedReason({ holder, identityTheft });
  return (
    <section className="card holder-steps" aria-label="名義についての手順" data-testid="holder-steps">
      <p>
        <b>{reason ? notOwedText(reason, holder) : '保証人として、この債務は返済計画に入れています。'}</b>
      </p>
      <ol>
        {steps.map((step) => (
          <li key={step.title}>
            <b>{step.title}</b> {step.text}
            <span className="term-source">根拠: {step.source}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
