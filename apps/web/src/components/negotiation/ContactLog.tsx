// Every contact with the creditor: when, how, who, what was said and promised, the next action and
// its deadline, and the letters or faxes that came with it.
import { contactChannelLabels, contactChannels, contactDirectionLabels, contactDirections } from '@wakai/core';
import { useState } from 'react';
import { ApiError, api, type CreditorNegotiationData, type StoredContact } from '../../api.js';
import { dateValue } from '../../form-values.js';
import { Field, Notice, problemAt, useFormSubmit } from '../form.js';

/** Now on this computer's clock, as the datetime-local field wants it. */
function nowLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function ContactLog({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { problems, onSubmit, notice } = useFormSubmit(
    async (form) => {
      const text = (name: string) => String(form.get(name) ?? '');
      await api('POST', `/creditors/${data.creditor.id}/contacts`, {
        at: text('at'),
        channel: text('channel'),
        direction: text('direction'),
        person: text('person'),
        summary: text('summary'),
        promises: text('promises'),
        nextAction: text('nextAction'),
        nextActionDue: dateValue(text('nextActionDue')),
      });
      await onChanged();
    },
    '連絡を記録しました',
    { reset: true },
  );

  return (
    <section className="card" aria-label="連絡の記録">
      <h2>連絡の記録</h2>
      <form onSubmit={onSubmit} noValidate aria-label="連絡を記録">
        {notice}
        <div className="grid-3">
          <Field label="日時" error={problemAt(problems, 'at')}>
            <input name="at" type="datetime-local" defaultValue={nowLocal()} />
          </Field>
          <Field label="方法" error={problemAt(problems, 'channel')}>
            <select name="channel" defaultValue="phone">
              {contactChannels.map((c) => (
                <option key={c} value={c}>
                  {contactChannelLabels[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="向き" error={problemAt(problems, 'direction')}>
            <select name="direction" defaultValue="outgoing">
              {contactDirections.map((d) => (
                <option key={d} value={d}>
                  {contactDirectionLabels[d]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="先方の担当者" error={problemAt(problems, 'person')}>
            <input name="person" />
          </Field>
          <Field label="次にすること" error={problemAt(problems, 'nextAction')}>
            <input name="nextAction" />
          </Field>
          <Field label="その期限" error={problemAt(problems, 'nextActionDue')} hint="例: 2026-12-01, R8.12.1">
            <input name="nextActionDue" />
          </Field>
        </div>
        <Field label="内容(必須)" error={problemAt(problems, 'summary')}>
          <textarea name="summary" rows={3} />
        </Field>
        <Field label="約束したこと" error={problemAt(problems, 'promises')}>
          <input name="promises" />
        </Field>
        <button type="submit">連絡を記録</button>
      </form>
      <ul className="contacts" data-testid="contact-list">
        {data.record.contacts.map((contact) => (
          <ContactItem key={contact.id} contact={contact} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function ContactItem({ contact, onChanged }: { contact: StoredContact; onChanged: () => Promise<void> }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setMessage({ kind: 'ok', text: done });
      await onChanged();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }
  const { id, version, attachments, ...input } = contact;
  return (
    <li>
      <div>
        <b>{contact.at.replace('T', ' ')}</b> {contactChannelLabels[contact.channel]}・{contactDirectionLabels[contact.direction]}
        {contact.person && ` ${contact.person}様`}
      </div>
      <div className="pre">{contact.summary}</div>
      {contact.promises && <div>約束: {contact.promises}</div>}
      {contact.nextAction && (
        <label className="check">
          <input
            type="checkbox"
            checked={contact.nextActionDone}
            onChange={(e) =>
              void run(() => api('PUT', `/contacts/${id}`, { ...input, nextActionDone: e.target.checked, version }), '更新しました')
            }
          />{' '}
          次: {contact.nextAction}
          {contact.nextActionDue && `(期限 ${contact.nextActionDue})`}
        </label>
      )}
      <div className="attachments">
        {attachments.map((file) => (
          <a key={file.id} href={`/api/attachments/${file.id}`} download={file.fileName}>
            📎 {file.fileName}({Math.ceil(file.size / 1024)}KB)
          </a>
        ))}
        <label className="file-button">
          書類を添付(PDF・画像、5MBまで)
          <input
            type="file"
            accept="application/pdf,image/*"
            aria-label="書類を添付"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              void run(
                () =>
                  api('POST', `/contacts/${id}/attachments?name=${encodeURIComponent(file.name)}`, file, {
                    'content-type': file.type || 'application/octet-stream',
                  }),
                `${file.name} を添付しました`,
              );
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </li>
  );
}
