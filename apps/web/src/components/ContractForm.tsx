// The contract's own facts (what the creditor claims, the monthly payment, the contract terms),
// saved against the version shown: a newer save by someone else is shown beside the user's input.

import { fieldLabel } from '@wakai/core';
import { call, client, type StoredContract } from '../api.js';
import { amountText, amountValue, dateValue, wholeValue } from '../form-values.js';
import { ContractHolderFields, ContractHolderSteps, holderBody } from './ContractHolder.js';
import { DateInput } from './DateInput.js';
import { Field, problemAt, useFormSubmit } from './form.js';
import { ContractKindField, LimitationFactsFields, limitationFactsBody } from './LimitationFactsFields.js';

/** A field's name from the core's one map (the conflict view, the 変更履歴 and the CLI read the same), with its unit. */
const labelOf = (field: string, unit = '') => `${fieldLabel('contract', field)}${unit}`;

export function ContractForm({
  caseId,
  contract,
  creditorKind,
  onSaved,
}: {
  caseId: string;
  contract: StoredContract;
  creditorKind: string;
  onSaved: () => Promise<void>;
}) {
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    // The recalculation options are not on this form: they are left out, so they stay as stored.
    body: (form) => {
      const textOf = (name: string) => String(form.get(name) ?? '');
      return {
        label: textOf('label'),
        contractNumber: textOf('contractNumber'),
        contractDate: dateValue(textOf('contractDate')),
        contractRate: textOf('contractRate').trim() === '' ? null : textOf('contractRate'),
        creditLimit: amountValue(textOf('creditLimit')),
        claimedBalance: amountValue(textOf('claimedBalance')),
        monthlyPayment: amountValue(textOf('monthlyPayment')),
        dueDay: wholeValue(textOf('dueDay')),
        lastPaymentDate: dateValue(textOf('lastPaymentDate')),
        delinquent: form.get('delinquent') === 'on',
        guarantorPerson: textOf('guarantorPerson'),
        collateral: textOf('collateral'),
        purpose: textOf('purpose'),
        ...limitationFactsBody(form),
        ...holderBody(form),
      };
    },
    save: async (body, newer) => {
      await call(
        client.contracts[':contractId'].$put({ param: { contractId: contract.id }, json: { ...body, version: newer ?? contract.version } }),
      );
      await onSaved();
    },
    done: '契約の内容を保存しました',
    conflict: {
      read: async () => {
        const detail = await call(client.cases[':caseId'].$get({ param: { caseId } }));
        const found = detail.creditors.flatMap((c) => c.contracts).find((k) => k.id === contract.id);
        return { value: found ?? {}, version: found?.version ?? null };
      },
      kind: 'contract',
      reload: onSaved,
    },
  });

  return (
    <>
      <details className="card">
        <summary>契約の内容(請求残高・毎月の返済・約定利率など)</summary>
        <form onSubmit={onSubmit} onChange={onChange} noValidate aria-label="契約の内容" key={contract.version}>
          {notice}
          <div className="grid-3">
            <Field label={labelOf('label')} error={problemAt(problems, 'label')}>
              <input name="label" defaultValue={contract.label} />
            </Field>
            <ContractKindField kind={contract.kind} problems={problems} />
            <Field
              label={labelOf('contractNumber')}
              error={problemAt(problems, 'contractNumber')}
              hint="受任通知・時効援用通知に記載します"
            >
              <input name="contractNumber" defaultValue={contract.contractNumber} />
            </Field>
            <Field label={labelOf('contractDate')} error={problemAt(problems, 'contractDate')}>
              <DateInput name="contractDate" defaultValue={contract.contractDate ?? ''} placeholder="H15.4.10" />
            </Field>
            <Field label={labelOf('contractRate', '(%)')} error={problemAt(problems, 'contractRate')}>
              <input name="contractRate" defaultValue={contract.contractRate ?? ''} inputMode="decimal" />
            </Field>
            <Field label={labelOf('creditLimit', '(円)')} error={problemAt(problems, 'creditLimit')}>
              <input name="creditLimit" defaultValue={amountText(contract.creditLimit)} inputMode="numeric" />
            </Field>
            <Field label={labelOf('claimedBalance', '(円)')} error={problemAt(problems, 'claimedBalance')}>
              <input name="claimedBalance" defaultValue={amountText(contract.claimedBalance)} inputMode="numeric" />
            </Field>
            <Field label={labelOf('monthlyPayment', '(円)')} error={problemAt(problems, 'monthlyPayment')}>
              <input name="monthlyPayment" defaultValue={amountText(contract.monthlyPayment)} inputMode="numeric" />
            </Field>
            <Field label={labelOf('dueDay', '(毎月)')} error={problemAt(problems, 'dueDay')}>
              <input name="dueDay" defaultValue={contract.dueDay ?? ''} inputMode="numeric" />
            </Field>
            <Field label={labelOf('lastPaymentDate')} error={problemAt(problems, 'lastPaymentDate')}>
              <DateInput name="lastPaymentDate" defaultValue={contract.lastPaymentDate ?? ''} />
            </Field>
            <Field label={labelOf('guarantorPerson')} error={problemAt(problems, 'guarantorPerson')}>
              <input name="guarantorPerson" defaultValue={contract.guarantorPerson} />
            </Field>
            <Field label={labelOf('collateral')} error={problemAt(problems, 'collateral')}>
              <input name="collateral" defaultValue={contract.collateral} />
            </Field>
            <Field label={labelOf('purpose')} error={problemAt(problems, 'purpose')}>
              <input name="purpose" defaultValue={contract.purpose} />
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" name="delinquent" defaultChecked={contract.delinquent} /> 返済が遅れている(
            {fieldLabel('contract', 'delinquent')})
          </label>
          <ContractHolderFields holder={contract.holder} identityTheft={contract.identityTheft} problems={problems} />
          <LimitationFactsFields facts={contract.limitation} problems={problems} guaranteeCompany={creditorKind === 'guarantor-company'} />
          <button type="submit">契約の内容を保存</button>
        </form>
      </details>
      <ContractHolderSteps holder={contract.holder} identityTheft={contract.identityTheft} />
    </>
  );
}
