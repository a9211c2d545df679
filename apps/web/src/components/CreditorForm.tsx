// The creditor's own facts (kind, guarantor company, where to reach them), with delete and
// "another loan series with this creditor". Saved against the version shown: a newer save by
// someone else is shown beside the user's input, never silently overwritten.
import { fieldLabel } from '@wakai/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { call, client, type StoredCreditor } from '../api.js';
import { CreditorKindSelect, Field, Notice, problemAt, useFormSubmit } from './form.js';
import { OriginalCreditorFields, originalCreditorBody } from './OriginalCreditorFields.js';

export function CreditorForm({ caseId, creditor, onSaved }: { caseId: string; creditor: StoredCreditor; onSaved: () => Promise<void> }) {
  const [, navigate] = useLocation();
  const [message, setMessage] = useState<string>();
  const [kind, setKind] = useState<string>(creditor.kind);
  const { problems, onSubmit, onChange, notice } = useFormSubmit({
    body: (form) => {
      const textOf = (name: string) => String(form.get(name) ?? '');
      return {
        name: textOf('name'),
        kind: textOf('kind'),
        guarantorCompany: textOf('guarantorCompany'),
        originalCreditor: originalCreditorBody(textOf('originalName'), textOf('originalKind')),
        contact: {
          postcode: textOf('postcode'),
          address: textOf('address'),
          phone: textOf('phone'),
          fax: textOf('fax'),
          department: textOf('department'),
          person: textOf('person'),
          representative: textOf('representative'),
        },
        note: textOf('note'),
      };
    },
    save: async (body, newer) => {
      await call(
        client.creditors[':creditorId'].$put({ param: { creditorId: creditor.id }, json: { ...body, version: newer ?? creditor.version } }),
      );
      await onSaved();
    },
    done: '債権者の情報を保存しました',
    conflict: {
      read: async () => {
        const detail = await call(client.cases[':caseId'].$get({ param: { caseId } }));
        const found = detail.creditors.find((c) => c.id === creditor.id);
        return { value: found ?? {}, version: found?.version ?? null };
      },
      kind: 'creditor',
      reload: onSaved,
    },
  });

  async function remove() {
    if (!window.confirm(`${creditor.name} と、その契約・取引履歴・交渉の記録をすべて削除します。よろしいですか?`)) return;
    await call(client.creditors[':creditorId'].$delete({ param: { creditorId: creditor.id } }));
    navigate(`/cases/${caseId}`);
  }

  async function addContract() {
    try {
      const contract = await call(
        client.creditors[':creditorId'].contracts.$post({
          param: { creditorId: creditor.id },
          json: {
            label: `契約${creditor.contracts.length + 1}`,
          },
        }),
      );
      await onSaved();
      navigate(`/cases/${caseId}/contracts/${contract.id}`);
    } catch (e) {
      setMessage(String(e instanceof Error ? e.message : e));
    }
  }

  // A field's name from the core's one map, with what the field is used for after it.
  const text = (name: string, value: string, path: string[] = [name], { required = false, after = '' } = {}) => (
    <Field label={`${fieldLabel('creditor', path.join('.'))}${after}`} required={required} error={problemAt(problems, ...path)}>
      <input name={name} defaultValue={value} />
    </Field>
  );

  return (
    <details className="card">
      <summary>債権者の情報(種類・保証会社・連絡先)</summary>
      <form
        onSubmit={onSubmit}
        onChange={(event) => {
          onChange();
          const target = event.target as unknown as HTMLSelectElement;
          if (target.name === 'kind') setKind(target.value);
        }}
        noValidate
        aria-label="債権者の情報"
        key={creditor.version}
      >
        {notice}
        {message && <Notice kind="error">{message}</Notice>}
        <div className="grid-3">
          {text('name', creditor.name, ['name'], { required: true })}
          <Field label={fieldLabel('creditor', 'kind')} error={problemAt(problems, 'kind')}>
            <CreditorKindSelect defaultValue={creditor.kind} />
          </Field>
          {text('guarantorCompany', creditor.guarantorCompany)}
          {(kind === 'servicer' || creditor.originalCreditor !== null) && (
            <OriginalCreditorFields original={creditor.originalCreditor} problems={problems} />
          )}
          {text('postcode', creditor.contact.postcode ?? '', ['contact', 'postcode'])}
          {text('address', creditor.contact.address, ['contact', 'address'])}
          {text('phone', creditor.contact.phone, ['contact', 'phone'])}
          {text('fax', creditor.contact.fax, ['contact', 'fax'])}
          {text('department', creditor.contact.department, ['contact', 'department'])}
          {text('person', creditor.contact.person, ['contact', 'person'])}
          {text('representative', creditor.contact.representative ?? '', ['contact', 'representative'], { after: '(時効援用通知の宛名)' })}
          {text('note', creditor.note)}
        </div>
        <div className="actions wrap">
          <button type="submit">債権者の情報を保存</button>
          <button type="button" className="secondary" onClick={() => void addContract()}>
            この債権者に契約を追加
          </button>
          <button type="button" className="secondary danger" onClick={() => void remove()}>
            この債権者を削除
          </button>
        </div>
      </form>
    </details>
  );
}
