// Deleting a case asks first, naming the debtor and the title, and says it can be restored for 30 days.
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError, call, client } from '../api.js';
import { Notice } from './form.js';

export function DeleteCase({ caseId, name, title, creditors }: { caseId: string; name: string; title: string; creditors: number }) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string>();
  const [, navigate] = useLocation();
  async function remove() {
    try {
      await call(client.cases[':caseId'].$delete({ param: { caseId } }));
      navigate('/');
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  return (
    <section className="card danger-zone" aria-label="案件の削除">
      {!asking ? (
        <button type="button" className="secondary danger" onClick={() => setAsking(true)}>
          この案件を削除
        </button>
      ) : (
        <div role="alertdialog" aria-label="案件の削除の確認" data-testid="delete-case">
          <p>
            <b>
              {name}さんの案件{title ? `「${title}」` : ''}
            </b>
            を削除します。債権者 {creditors}社の契約・取引履歴・交渉の記録・添付ファイルもいっしょに削除されます。
            削除した案件はごみ箱(案件一覧の下)に30日間残り、その間は元に戻せます。
          </p>
          <div className="actions">
            <button type="button" className="danger-solid" onClick={() => void remove()}>
              {name}さんの案件を削除する
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              やめる
            </button>
          </div>
          {message && <Notice kind="error">{message}</Notice>}
        </div>
      )}
    </section>
  );
}
