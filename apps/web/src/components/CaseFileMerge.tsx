import { formatYenWithUnit } from '@wakai/core';
import { useState } from 'react';
import { ApiError, call, client, type MergePreview } from '../api.js';
import { changeText, fieldLabel } from '../audit-labels.js';
import { Notice } from './form.js';

type Diff = MergePreview['diff'];
type Row = Diff['creditors'][number]['contracts'][number]['transactions']['added'][number];

const changeLabels: Record<string, string> = { added: '追加', removed: '削除', changed: '変更', same: '変更なし' };

/**
 * 案件ファイルから更新: the debtor's own case file read into this case — the differences shown
 * first, applied only on the second click, and refused if the case changed in between.
 */
export function CaseFileMerge({ caseId, onApplied }: { caseId: string; onApplied: () => Promise<void> }) {
  const [file, setFile] = useState<unknown>();
  const [preview, setPreview] = useState<MergePreview>();
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const fail = (e: unknown) => setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : '案件ファイル(JSON)として読めません' });

  async function read(chosen: File | undefined) {
    setPreview(undefined);
    setNotice(undefined);
    if (!chosen) return;
    try {
      const json = JSON.parse(await chosen.text());
      setPreview(await call(client.cases[':caseId'].import.preview.$post({ param: { caseId }, json: json })));
      setFile(json);
    } catch (e) {
      fail(e);
    }
  }
  async function apply() {
    if (!preview) return;
    try {
      await call(
        client.cases[':caseId'].import.apply.$post({
          param: { caseId },
          json: { file, version: preview.version, baseline: preview.baseline },
        }),
      );
      setPreview(undefined);
      setNotice({ kind: 'ok', text: '案件ファイルの内容で更新しました(変更履歴に記録しました)' });
      await onApplied();
    } catch (e) {
      setPreview(undefined);
      fail(e);
    }
  }
  return (
    <details className="card compact-card" data-testid="case-file-merge">
      <summary>案件ファイルから更新(ご本人が入力したファイルを取り込む)</summary>
      <p className="hint">
        取り込む前に、この案件との違いを表示します。交渉の記録(連絡・和解案・支払)は事務所の記録をそのまま残します。ファイルにない債権者・契約はごみ箱に移ります(30日間は元に戻せます)。
      </p>
      <input
        type="file"
        accept=".json,application/json"
        aria-label="取り込む案件ファイル"
        onChange={(e) => void read(e.target.files?.[0])}
      />
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {preview && (
        <section className="merge-preview" aria-label="取り込みで変わる内容">
          {preview.diff.same ? <p>この案件と違いはありません。</p> : <DiffView diff={preview.diff} />}
          <div className="actions">
            {!preview.diff.same && (
              <button type="button" onClick={() => void apply()}>
                この内容で更新する
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setPreview(undefined)}>
              やめる
            </button>
          </div>
        </section>
      )}
    </details>
  );
}

/** What a merge would change, part by part and creditor by creditor (also shown before a send to the office). */
export function DiffView({ diff }: { diff: Diff }) {
  return (
    <>
      {diff.parts.map((part) => (
        <section key={part.part}>
          <h3>{fieldLabel('case', part.part)}</h3>
          <ul className="audit-changes">
            {part.changes.map((change) => (
              <li key={change.field}>{changeText('case', { ...change, field: `${part.part}.${change.field}` })}</li>
            ))}
          </ul>
        </section>
      ))}
      {diff.creditors
        .filter((c) => c.change !== 'same')
        .map((creditor) => (
          <section key={`${creditor.current}-${creditor.incoming}`} className="merge-creditor">
            <h3>
              <span className={`merge-${creditor.change}`}>{changeLabels[creditor.change]}</span> {creditor.name}
            </h3>
            {creditor.fields.length > 0 && (
              <ul className="audit-changes">
                {creditor.fields.map((change) => (
                  <li key={change.field}>{changeText('creditor', change)}</li>
                ))}
              </ul>
            )}
            {creditor.contracts
              .filter((k) => k.change !== 'same')
              .map((k) => (
                <div key={`${k.current}-${k.incoming}`} className="merge-contract">
                  <b>
                    {changeLabels[k.change]} 契約「{k.label}」
                  </b>
                  {k.change !== 'changed' && ` 取引${k.transactionCount}件`}
                  {k.fields.map((change) => (
                    <div key={change.field}>{changeText('contract', change)}</div>
                  ))}
                  <ul className="merge-rows">
                    {rowLines(k.transactions).map((line) => (
                      <li key={line.key} className={line.className}>
                        {line.text}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </section>
        ))}
    </>
  );
}

/** The rows a contract's history gains, loses or changes, one line each (keys made unique by their count). */
function rowLines(diff: Diff['creditors'][number]['contracts'][number]['transactions']) {
  const lines = [
    ...diff.added.map((row) => ({ className: 'merge-added', text: `追加 ${rowText(row)}` })),
    ...diff.removed.map((row) => ({ className: 'merge-removed', text: `削除 ${rowText(row)}` })),
    ...diff.changed.map((pair) => ({ className: 'merge-changed', text: `変更 ${rowText(pair.before)} → ${rowText(pair.after)}` })),
  ];
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const count = (seen.get(line.text) ?? 0) + 1;
    seen.set(line.text, count);
    return { ...line, key: `${line.text}#${count}` };
  });
}

function rowText(row: Row): string {
  const parts = [
    row.date,
    row.borrow ? `借入 ${formatYenWithUnit(row.borrow)}` : '',
    row.repay ? `返済 ${formatYenWithUnit(row.repay)}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
