import { useCallback, useEffect, useState } from 'react';
import { ApiError, type AuditEntry, call, client } from '../api.js';
import { actionLabels, changeText, dateTime, kindLabels } from '../audit-labels.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Notice } from '../components/form.js';

const PAGE = 30;

/** 変更履歴: who changed what in the case, newest first, a page at a time. */
export function CaseAuditPage({ caseId }: { caseId: string }) {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string>();
  const load = useCallback(
    async (before?: number) => {
      try {
        const page = await call(
          client.cases[':caseId'].audit.$get({
            param: { caseId },
            query: { limit: String(PAGE), ...(before ? { before: String(before) } : {}) },
          }),
        );
        setEntries((shown) => (before ? [...shown, ...page.entries] : page.entries));
        setNext(page.next);
        setLoaded(true);
      } catch (e) {
        setError(e instanceof ApiError ? e.message : String(e));
      }
    },
    [caseId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} here="変更履歴" />
      <h1>変更履歴</h1>
      <p className="hint">この案件で、いつ・誰が・何を変えたか(新しい順)。記録は書き換えも削除もできません。</p>
      {error && <Notice kind="error">{error}</Notice>}
      {!loaded && !error && <p>読み込み中…</p>}
      {loaded && entries.length === 0 && <p>まだ記録がありません。</p>}
      <ol className="audit-list" data-testid="audit-list">
        {entries.map((entry) => (
          <li key={entry.id} className="audit-entry">
            <div className="audit-head">
              <time dateTime={entry.at}>{dateTime(entry.at)}</time>
              <span className="audit-actor">{entry.actorName}</span>
            </div>
            <div>
              <span className={`audit-action audit-${entry.action}`}>{actionLabels[entry.action] ?? entry.action}</span>{' '}
              {kindLabels[entry.entityKind] ?? entry.entityKind} <b>{entry.label}</b>
            </div>
            {entry.changes.length > 0 && (
              <ul className="audit-changes">
                {entry.changes.map((change) => (
                  <li key={change.field}>{changeText(entry.entityKind, change)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {next !== null && (
        <button type="button" className="secondary" onClick={() => void load(next)}>
          さらに古い記録を見る
        </button>
      )}
    </div>
  );
}
