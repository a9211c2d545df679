// The creditor's own facts (kind, guarantor company, where to reach them), with delete and
// "another loan series with this creditor".
import type { FieldProblem } from '@wakai/core';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError, api, type StoredContract, type StoredCreditor } from '../api.js';
import { CreditorKindSelect, Field, Notice, problemAt } from './form.js';

export function CreditorForm({ caseId, creditor, onSaved }: { caseId: string; creditor: StoredCreditor; onSaved: () => Promise<void> }) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [, navigate] = useLocation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const textOf = (name: string) => String(form.get(name) ?? '');
    try {
      await api('PUT', `/creditors/${creditor.id}`, {
        name: textOf('name'),
        kind: textOf('kind'),
        guarantorCompany: textOf('guarantorCompany'),
        contact: {
          address: textOf('address'),
          phone: textOf('phone'),
          fax: textOf('fax'),
          department: textOf('department'),
          person: textOf('person'),
        },
        note: textOf('note'),
        version: creditor.version,
      });
      setProblems([]);
      setStatus({ kind: 'ok', text: '債権者の情報を保存しました' });
      await onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        setProblems(e.fields);
        setStatus({ kind: 'error', text: e.message });
      }
    }
  }

  async function remove() {
    if (!window.confirm(`${creditor.name} と、その契約・取引履歴をすべて削除します。よろしいですか?`)) return;
    await api('DELETE', `/creditors/${creditor.id}`);
    navigate(`/cases/${caseId}`);
  }

  async function addContract() {
    const contract = await api<StoredContract>('POST', `/creditors/${creditor.id}/contracts`, {
      label: `契約${creditor.contracts.length + 1}`,
    });
    await onSaved();
    navigate(`/cases/${caseId}/contracts/${contract.id}`);
  }

  const text = (name: string, label: string, value: string, path: string[] = [name]) => (
    <Field label={label} error={problemAt(problems, ...path)}>
      <input name={name} defaultValue={value} />
    </Field>
  );

  return (
    <details className="card">
      <summary>債権者の情報(種類・保証会社・連絡先)</summary>
      <form onSubmit={submit} noValidate aria-label="債権者の情報" key={creditor.version}>
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        <div className="grid-3">
          {text('name', '債権者名(必須)', creditor.name)}
          <Field label="種類" error={problemAt(problems, 'kind')}>
            <CreditorKindSelect defaultValue={creditor.kind} />
          </Field>
          {text('guarantorCompany', '保証会社', creditor.guarantorCompany)}
          {text('address', '住所', creditor.contact.address, ['contact', 'address'])}
          {text('phone', '電話番号', creditor.contact.phone, ['contact', 'phone'])}
          {text('fax', 'FAX番号', creditor.contact.fax, ['contact', 'fax'])}
          {text('department', '担当部署', creditor.contact.department, ['contact', 'department'])}
          {text('person', '担当者', creditor.contact.person, ['contact', 'person'])}
          {text('note', 'メモ', creditor.note)}
        </div>
        <div className="actions">
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
