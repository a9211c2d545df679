// What creditors of this kind tend to do (from the guides, with the source), the office's own notes
// on this kind or this creditor (a small editor, saved at the version read), and the way to the
// preparation sheet before the next contact.
import { type CreditorNotes, creditorKindLabels, fieldLabel, tendenciesFor } from '@wakai/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { type CreditorNotesData, call, client } from '../../api.js';
import { useLoad } from '../../use-load.js';
import { useVersionedSave } from '../versioned-save.js';

type Note = CreditorNotes['notes'][number];

export function CreditorTendencyPanel({ caseId, creditor }: { caseId: string; creditor: { id: string; name: string; kind: string } }) {
  const { data, reload } = useLoad(() => call(client['creditor-notes'].$get()), []);
  const [draft, setDraft] = useState<{ scope: Note['scope']; note: string }>({ scope: 'name', note: '' });
  // The whole list is saved at the version read. Saving over a colleague's newer list would drop
  // their note: only reading theirs is offered, and the draft stays to be added again.
  const saving = useVersionedSave<Note[], CreditorNotesData>({
    save: async (notes, newer) => {
      await call(client['creditor-notes'].$put({ json: { notes, version: newer ?? data?.version ?? null } }));
      setDraft({ ...draft, note: '' });
      await reload();
    },
    done: '事務所のメモを保存しました',
    conflict: {
      read: async () => {
        const theirs = await call(client['creditor-notes'].$get());
        return { value: theirs, version: theirs.version };
      },
      kind: 'creditorNotes',
      shown: (notes) => ({ notes }),
      theirsShown: (theirs) => ({ notes: theirs.notes }),
      noOverwrite: true,
      reload: () => reload(),
    },
  });
  const save = (notes: Note[]) => saving.submit(notes);
  const found = tendenciesFor(creditor, data?.notes ?? []);
  const subject = draft.scope === 'kind' ? creditor.kind : creditor.name;
  return (
    <section className="card" aria-label="この債権者の傾向">
      <h2>
        {found.kindLabel}の傾向 <small>(一般的な傾向です。相手によって違います)</small>
      </h2>
      <p>
        <Link className="button" href={`/cases/${caseId}/creditors/${creditor.id}/prepare`}>
          連絡の前に: 準備シートを開く
        </Link>
      </p>
      {found.tendencies.length === 0 ? (
        <p>この種類の債権者について、解説に書かれた傾向はありません。</p>
      ) : (
        <ul data-testid="tendencies">
          {found.tendencies.map((t) => (
            <li key={t.id}>
              {t.text}
              <span className="source">(出典: {t.source})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>事務所のメモ</h3>
      {found.officeNotes.length === 0 ? (
        <p className="field-hint">この債権者についての事務所のメモはまだありません。</p>
      ) : (
        <ul data-testid="office-notes">
          {found.officeNotes.map((n) => (
            <li key={`${n.scope}-${n.subject}-${n.note}`}>
              {n.scope === 'kind'
                ? `${creditorKindLabels[n.subject as keyof typeof creditorKindLabels] ?? n.subject}について`
                : `${n.subject}について`}
              : {n.note}{' '}
              <button type="button" className="secondary small" onClick={() => void save((data?.notes ?? []).filter((x) => x !== n))}>
                削除
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="no-print"
        aria-label="事務所のメモを追加"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.note.trim() === '') {
            saving.setStatus({ kind: 'error', text: `${fieldLabel('creditorNotes', 'notes')}を入力してください` });
            return;
          }
          void save([...(data?.notes ?? []), { scope: draft.scope, subject, note: draft.note.trim() }]);
        }}
      >
        <label className="field">
          <span className="field-label">メモの対象</span>
          <select value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value as Note['scope'] })}>
            <option value="name">この債権者({creditor.name})</option>
            <option value="kind">この種類の債権者すべて({found.kindLabel})</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{fieldLabel('creditorNotes', 'notes')}</span>
          <textarea value={draft.note} maxLength={1000} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </label>
        {saving.notice}
        <button type="submit" className="small" disabled={saving.busy}>
          メモを追加
        </button>
      </form>
    </section>
  );
}
