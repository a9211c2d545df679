// Importing a history file (CSV or Excel): a preview first — every wrong row named, or the rows
// that would be saved — and nothing is saved until the user confirms a clean file.
import { formatYen } from '@wakai/core';
import { useState } from 'react';
import { ApiError, api, type ImportPreview } from '../api.js';
import { Notice } from './form.js';

type State =
  | { kind: 'idle' }
  | { kind: 'rejected'; message: string; problems: ApiError['problems'] }
  | { kind: 'preview'; file: File; preview: ImportPreview };

export function HistoryImport({ contractId, onImported }: { contractId: string; onImported: () => Promise<void> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [done, setDone] = useState<string>();

  async function send(file: File, commit: boolean) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const preview = await api<ImportPreview>('POST', `/contracts/${contractId}/import${commit ? '?commit=1' : ''}`, bytes);
      if (commit) {
        setState({ kind: 'idle' });
        setDone(`${preview.transactions.length}件の取引を取り込みました`);
        await onImported();
      } else {
        setDone(undefined);
        setState({ kind: 'preview', file, preview });
      }
    } catch (e) {
      setDone(undefined);
      setState({
        kind: 'rejected',
        message: e instanceof ApiError ? e.message : String(e),
        problems: e instanceof ApiError ? e.problems : [],
      });
    }
  }

  return (
    <section className="card" aria-label="取引履歴ファイルの取り込み">
      <h2>取引履歴ファイルを取り込む</h2>
      <p>CSV(UTF-8 / Shift_JIS)または Excel。見出しは「年月日・借入・返済」など。まず内容を確認し、誤りがなければ取り込めます。</p>
      <input
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="取引履歴ファイル"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void send(file, false);
        }}
      />
      {done && <Notice kind="ok">{done}</Notice>}
      {state.kind === 'rejected' && (
        <div data-testid="import-problems">
          <Notice kind="error">{state.message}。何も保存していません。ファイルを直してから、もう一度選んでください。</Notice>
          <ul className="problems">
            {state.problems.map((p) => (
              <li key={`${p.line}-${p.columnLetter}-${p.ja}`}>{p.ja}</li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'preview' && (
        <div data-testid="import-preview">
          <Notice kind="ok">
            {state.file.name}: {state.preview.transactions.length}件の取引を読み取りました(誤りなし)。
            {state.preview.ignoredColumns.length > 0 && ` 使わない列: ${state.preview.ignoredColumns.join('、')}`}
          </Notice>
          <table className="table compact">
            <thead>
              <tr>
                <th className="num">行</th>
                <th>年月日</th>
                <th className="num">借入</th>
                <th className="num">返済</th>
                <th>備考</th>
              </tr>
            </thead>
            <tbody>
              {state.preview.transactions.slice(0, 30).map((t) => (
                <tr key={`${t.line}-${t.date}`}>
                  <td className="num">{t.line}</td>
                  <td>{t.date}</td>
                  <td className="num">{t.borrow ? formatYen(t.borrow) : ''}</td>
                  <td className="num">{t.repay ? formatYen(t.repay) : ''}</td>
                  <td>{t.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.preview.transactions.length > 30 && <p>ほか {state.preview.transactions.length - 30} 件</p>}
          <button type="button" onClick={() => void send(state.file, true)}>
            この内容で取り込む(いまの履歴を置き換えます)
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setState({ kind: 'idle' })}>
            やめる
          </button>
        </div>
      )}
    </section>
  );
}
