// A document handed in for this creditor (a demand letter, a statement): the debtor's way to give
// the office a file; it appears in the creditor's contact log with the file attached.
import { useState } from 'react';
import { ApiError, call, client, fileBody } from '../../api.js';
import { Notice } from '../form.js';

export function SubmitDocument({ creditorId, onSubmitted }: { creditorId: string; onSubmitted: () => Promise<void> }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  async function send(file: File) {
    try {
      await call(
        client.creditors[':creditorId'].documents.$post(
          { param: { creditorId }, query: { name: file.name } },
          fileBody(file, file.type || 'application/octet-stream'),
        ),
      );
      setMessage({ kind: 'ok', text: `「${file.name}」を提出しました` });
      await onSubmitted();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }
  return (
    <section className="card" aria-label="書類を提出">
      <h2>書類を提出</h2>
      <p className="muted">この債権者から届いた書類(督促状・取引履歴など)を PDF か写真で送れます(5MBまで)。</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <label className="field">
        <span className="field-label">提出するファイル</span>
        <input
          type="file"
          accept="application/pdf,image/*"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void send(file);
          }}
        />
      </label>
    </section>
  );
}
