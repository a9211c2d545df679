// Taking back the last step (issue 18 #9): one tap records a step, so one tap (confirmed) takes it
// back. The step is not erased: it stays listed below as undone, with the date of its undo, and the
// undo is in the 変更履歴.
import { negotiationStatusLabels } from '@wakai/core';
import { useState } from 'react';
import { ApiError, type CreditorNegotiationData, call, client } from '../../api.js';
import { Notice } from '../notice.js';

export function UndoStep({ data, onChanged }: { data: CreditorNegotiationData; onChanged: () => Promise<void> }) {
  const { creditor, view, record } = data;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const last = view.timeline[view.timeline.length - 1];
  async function undo() {
    if (
      !last ||
      !window.confirm(
        `「${last.label}」(${last.from})を取り消して、前の段階に戻します。記録は「取り消した段階」として残ります。よろしいですか?`,
      )
    )
      return;
    setBusy(true);
    try {
      await call(
        client.creditors[':creditorId'].status.undo.$post({ param: { creditorId: creditor.id }, json: { version: creditor.version } }),
      );
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      {last && (
        <div className="actions">
          <button type="button" className="small secondary" disabled={busy} onClick={() => void undo()}>
            「{last.label}」を取り消す
          </button>
        </div>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {record.undone.length > 0 && (
        <div className="undone-steps" data-testid="undone-steps">
          <h3>取り消した段階</h3>
          <ul>
            {record.undone.map((step) => (
              <li key={step.id}>
                <s>{negotiationStatusLabels[step.status]}</s>({step.date})— {step.undoneOn} に取り消し
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
