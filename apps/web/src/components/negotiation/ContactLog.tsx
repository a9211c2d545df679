// Every contact with the creditor: when, how, who, what was said and promised, the next action and
// its deadline, and the letters or faxes that came with it. Each can be corrected or removed.

import { type CoachWarning, contactChannelLabels, contactDemandLabels, contactDirectionLabels } from '@wakai/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type CreditorNegotiationData, call, client, fileBody, type NewContactBody, type StoredContact } from '../../api.js';
import { idempotencyHeaders } from '../../idempotency.js';
import { ApiFileLink } from '../ApiFileLink.js';
import { CoachWarnings } from '../coach/CoachWarnings.js';
import { contactDraftWarnings } from '../coach/draft-warnings.js';
import { Notice, useFormSubmit } from '../form.js';
import { ContactFields, contactBody } from './contact-form.js';

/** The stored contact as the creditor's file holds it now (for a 409). */
async function readContact(creditorId: string, id: string) {
  const file = await call(client.creditors[':creditorId'].negotiation.$get({ param: { creditorId } }));
  const found = file.record.contacts.find((c) => c.id === id);
  if (!found) throw new ApiError(404, 'この連絡記録は削除されています');
  const { id: _, version, attachments: __, ...value } = found;
  return { value, version };
}

export function ContactLog({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  // The coach reads the form as it is typed and warns before saving (never blocks).
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<CoachWarning[]>([]);
  const judge = useCallback(() => {
    if (form.current) setDraft(contactDraftWarnings(data.coach.facts, contactBody(new FormData(form.current))));
  }, [data]);
  useEffect(judge, [judge]);
  const { problems, onSubmit, onChange, notice, busy } = useFormSubmit({
    body: contactBody,
    save: async (body, _, key) => {
      await call(
        client.creditors[':creditorId'].contacts.$post(
          { param: { creditorId: data.creditor.id }, json: body as NewContactBody },
          { headers: idempotencyHeaders(key) },
        ),
      );
      await onChanged();
    },
    done: '連絡を記録しました',
    reset: true,
  });

  return (
    <section className="card" aria-label="連絡の記録">
      <h2>連絡の記録</h2>
      <form
        ref={form}
        onSubmit={onSubmit}
        onChange={() => {
          onChange();
          judge();
        }}
        onReset={() => setTimeout(judge, 0)}
        noValidate
        aria-label="連絡を記録"
      >
        {notice}
        <ContactFields problems={problems} />
        <CoachWarnings warnings={draft} label="この連絡についての注意(保存前)" />
        <button type="submit" disabled={busy}>
          連絡を記録
        </button>
      </form>
      <ul className="contacts" data-testid="contact-list">
        {data.record.contacts.map((contact) => (
          <ContactItem
            key={`${contact.id}-${contact.version}`}
            creditorId={data.creditor.id}
            contact={contact}
            warnings={data.coach.contacts[contact.id] ?? []}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}

function ContactItem({
  creditorId,
  contact,
  warnings,
  onChanged,
}: {
  creditorId: string;
  contact: StoredContact;
  warnings: CoachWarning[];
  onChanged: () => Promise<void>;
}) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [editing, setEditing] = useState(false);
  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setMessage({ kind: 'ok', text: done });
      await onChanged();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }
  const { id, version, attachments } = contact;
  const edit = useFormSubmit({
    body: contactBody,
    save: async (body, newer) => {
      await call(client.contacts[':contactId'].$put({ param: { contactId: id }, json: { ...body, version: newer ?? version } }));
      setEditing(false);
      await onChanged();
    },
    done: '連絡記録を直しました',
    conflict: { read: () => readContact(creditorId, id), kind: 'contact', reload: onChanged },
  });
  const when = contact.at.replace('T', ' ');
  return (
    <li>
      <div>
        {/* A document handed in through Wakai comes from the debtor, not from the creditor's side. */}
        <b>{when}</b> {contactChannelLabels[contact.channel]}
        {contact.channel === 'upload' ? ` ${contact.person}` : `・${contactDirectionLabels[contact.direction]}`}
        {contact.channel !== 'upload' && contact.person && ` ${contact.person}様`}
        {contact.officeOnly && <span className="office-only">事務所内のみ</span>}
      </div>
      {contact.collectionAfterNotice && <span className="flag">受任通知後の取立て</span>}
      {contact.demand !== 'none' && <span className="flag">{contactDemandLabels[contact.demand]}</span>}
      <div className="pre">{contact.summary}</div>
      <CoachWarnings warnings={warnings} label="この連絡についての注意" />
      {contact.promises && <div>約束: {contact.promises}</div>}
      {contact.nextAction && (
        <label className="check">
          <input
            type="checkbox"
            checked={contact.nextActionDone}
            onChange={(e) =>
              void run(
                () =>
                  call(
                    client.contacts[':contactId'].$put({ param: { contactId: id }, json: { nextActionDone: e.target.checked, version } }),
                  ),
                '更新しました',
              )
            }
          />{' '}
          次: {contact.nextAction}
          {contact.nextActionDue && `(期限 ${contact.nextActionDue})`}
        </label>
      )}
      <div className="attachments">
        {attachments.map((file) => (
          <span key={file.id} className="attachment">
            <ApiFileLink path={`/attachments/${file.id}`} fileName={file.fileName}>
              📎 {file.fileName}({Math.ceil(file.size / 1024)}KB)
            </ApiFileLink>
            <button
              type="button"
              className="small secondary danger"
              aria-label={`${file.fileName} を削除`}
              onClick={() => {
                if (window.confirm(`添付ファイル「${file.fileName}」を削除します。よろしいですか?`))
                  void run(
                    () => call(client.attachments[':attachmentId'].$delete({ param: { attachmentId: file.id } })),
                    `${file.fileName} を削除しました`,
                  );
              }}
            >
              削除
            </button>
          </span>
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
                  call(
                    client.contacts[':contactId'].attachments.$post(
                      { param: { contactId: id }, query: { name: file.name } },
                      fileBody(file, file.type || 'application/octet-stream'),
                    ),
                  ),
                `${file.name} を添付しました`,
              );
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <div className="actions">
        <button type="button" className="small secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {editing ? '直すのをやめる' : 'この記録を直す'}
        </button>
        <button
          type="button"
          className="small secondary danger"
          onClick={() => {
            if (window.confirm(`${when} の連絡記録(添付ファイルを含む)を削除します。よろしいですか?`))
              void run(() => call(client.contacts[':contactId'].$delete({ param: { contactId: id } })), '連絡記録を削除しました');
          }}
        >
          この記録を削除
        </button>
      </div>
      {editing && (
        <form onSubmit={edit.onSubmit} onChange={edit.onChange} noValidate aria-label={`連絡記録 ${when} を直す`}>
          {edit.notice}
          <ContactFields contact={contact} problems={edit.problems} />
          <button type="submit">直した内容を保存</button>
        </form>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </li>
  );
}
