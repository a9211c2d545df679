import { call, client } from '../api.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Notice } from '../components/form.js';
import { TrashList } from '../components/TrashList.js';
import { useLoad } from '../use-load.js';

/** ごみ箱: what was deleted in this case (creditors, contracts, records, files), restorable for 30 days. */
export function CaseTrashPage({ caseId }: { caseId: string }) {
  const trash = useLoad(() => call(client.cases[':caseId'].trash.$get({ param: { caseId } })), [caseId]);
  return (
    <div className="page">
      <CaseCrumbs caseId={caseId} here="ごみ箱" />
      <h1>ごみ箱</h1>
      {trash.error && <Notice kind="error">{trash.error}</Notice>}
      {trash.data ? (
        <TrashList items={trash.data.items} keepDays={trash.data.keepDays} onRestored={trash.reload} />
      ) : (
        !trash.error && <p>読み込み中…</p>
      )}
    </div>
  );
}
