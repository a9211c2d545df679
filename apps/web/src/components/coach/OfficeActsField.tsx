// Whether an office (弁護士・司法書士) acts for the debtor: the coach warns a debtor against calling
// creditors directly after the 受任通知 only when one does. Not stated (the default): a recorded
// 受任通知 is taken to mean one does, as only a professional sends that notice.
import { useState } from 'react';
import { ApiError, api } from '../../api.js';
import { Notice } from '../form.js';
import { Term } from '../help/Term.js';

const choices = [
  { value: '', label: '未設定(受任通知を記録したら、付いているものとみなします)' },
  { value: 'yes', label: 'はい(弁護士・司法書士に依頼している)' },
  { value: 'no', label: 'いいえ(自分で交渉している)' },
] as const;

export function OfficeActsField({
  caseId,
  officeActs,
  version,
  onSaved,
}: {
  caseId: string;
  officeActs: boolean | null;
  version: number;
  onSaved: () => Promise<void>;
}) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const current = officeActs === null ? '' : officeActs ? 'yes' : 'no';
  async function save(value: string) {
    try {
      await api('PATCH', `/cases/${caseId}`, { officeActs: value === '' ? null : value === 'yes', version });
      setMessage({ kind: 'ok', text: '保存しました' });
    } catch (e) {
      setMessage({
        kind: 'error',
        text: e instanceof ApiError && e.status === 409 ? '別の画面で変更されたため、読み込み直しました' : String(e),
      });
    }
    await onSaved();
  }
  return (
    <div className="field">
      <label className="field">
        <span className="field-label">代理人(弁護士・司法書士)が付いていますか</span>
        <select value={current} onChange={(e) => void save(e.target.value)} aria-label="代理人が付いているか">
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <span className="field-hint">
        付いている場合、
        <Term name="受任通知" />
        の後は債権者と直接やり取りしないよう注意を出します。
      </span>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </div>
  );
}
