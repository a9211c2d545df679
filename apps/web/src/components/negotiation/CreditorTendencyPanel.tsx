// What creditors of this kind tend to do (from the guides, with the source), the office's own notes
// on this kind or this creditor (a small editor, saved at the version read), and the way to the
// preparation sheet before the next contact.
import { type CreditorNotes, creditorKindLabels, tendenciesFor } from '@wakai/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError, api, type CreditorNotesData } from '../../api.js';
import { useLoad } from '../../use-load.js';
import { Notice } from '../form.js';

type Note = CreditorNotes['notes'][number];

export function CreditorTendencyPanel({ caseId, creditor }: { caseId: string; creditor: { id: string; name: string; kind: string } }) {
  const { data, reload } = useLoad(() => api<CreditorNotesData>('GET', '/creditor-notes'), []);
  const [draft, setDraft] = useState<{ scope: Note['scope']; note: string }>({ scope: 'name', note: '' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const found = tendenciesFor(creditor, data?.notes ?? []);
  async function save(notes: Note[]) {
    try {
      await api('PUT', '/creditor-notes', { notes, version: data?.version ?? null });
      setMessage({ kind: 'ok', text: '事務所のメモを保存しました' });
      setDraft({ ...draft, note: '' });
      await reload();
    } catch (e) {
      const text =
        e instanceof ApiError && e.status === 409
          ? '他の画面で先にメモが保存されました。読み込み直した内容に、もう一度追加してください'
          : e instanceof ApiError
            ? e.message
            : String(e);
      setMessage({ kind: 'error', text });
      if (e instanceof ApiError && e.status === 409) await reload();
    }
  }
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
            setMessage({ kind: 'error', text: '事務所のメモを入力してください' });
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
          <span className="field-label">事務所のメモ</span>
          <textarea value={draft.note} maxLength={1000} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </label>
        {message && <Notice kind={message.kind}>{message.text}</Notice>}
        <button type="submit" className="small">
          メモを追加
        </button>
      </form>
    </section>
  );
}
