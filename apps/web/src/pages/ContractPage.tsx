import { civilDateInJapan, formatYenWithUnit, type TransactionInput } from '@wakai/core';
import { useEffect, useMemo, useState } from 'react';
import { call, client, loaded as loadedVersion, type StoredContract, type StoredHistory } from '../api.js';
import { ContractForm } from '../components/ContractForm.js';
import { CreditorForm } from '../components/CreditorForm.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { Notice } from '../components/form.js';
import { type GridRow, gridRowsOf, readGrid } from '../components/grid-rows.js';
import { HistoryConflict } from '../components/HistoryConflict.js';
import { HistoryImport } from '../components/HistoryImport.js';
import { NextStep } from '../components/help/NextStep.js';
import { Ledger } from '../components/Ledger.js';
import { TransactionGrid } from '../components/TransactionGrid.js';
import { useVersionedSave } from '../components/versioned-save.js';
import { useRole, ViewOnly } from '../session.js';
import { useLoad } from '../use-load.js';

export function ContractPage({ caseId, contractId }: { caseId: string; contractId: string }) {
  const { isDebtor } = useRole();
  const detail = useLoad(() => call(client.cases[':caseId'].$get({ param: { caseId } })), [caseId]);
  const history = useLoad(() => call(client.contracts[':contractId'].transactions.$get({ param: { contractId } })), [contractId]);
  const [rows, setRows] = useState<GridRow[]>([]);
  // The whole history is saved at the version loaded; someone else's newer one is shown row by row
  // beside the rows on screen.
  const saving = useVersionedSave<TransactionInput[], StoredHistory>({
    save: async (transactions, newer) => {
      const saved = await call(
        client.contracts[':contractId'].transactions.$put({
          param: { contractId },
          json: {
            version: loadedVersion(newer ?? history.data?.version),
            transactions,
          },
        }),
      );
      history.setData({ version: saved.version, transactions });
    },
    done: (transactions) => `${transactions.length}件の取引を保存しました`,
    conflict: {
      read: async () => {
        const theirs = await call(client.contracts[':contractId'].transactions.$get({ param: { contractId } }));
        return { value: theirs, version: theirs.version };
      },
      reload: ({ value }) => history.setData(value),
      view: (clash) => (
        <HistoryConflict
          mine={clash.sent}
          theirs={clash.theirs.value.transactions}
          onOverwrite={() => clash.overwrite?.()}
          onTakeTheirs={() => void clash.reload()}
        />
      ),
    },
  });
  const { dirty, setDirty, setProblems, settle } = saving;

  useEffect(() => {
    if (history.data) {
      setRows(gridRowsOf(history.data.transactions));
      settle();
    }
  }, [history.data, settle]);

  const today = civilDateInJapan(new Date());
  const read = useMemo(() => readGrid(rows, today), [rows, today]);
  const error = detail.error ?? history.error;
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!detail.data || !history.data) return <p>読み込み中…</p>;
  const creditor = detail.data.creditors.find((c) => c.contracts.some((k) => k.id === contractId));
  const contract = creditor?.contracts.find((k) => k.id === contractId) as StoredContract | undefined;
  // The server names a row by its index: shown as the row's number, as the grid numbers them.
  const serverProblems = saving.problems.map((f) => ({ ...f, message: `${Number(f.path[0]) + 1}行目: ${f.message}` }));
  const problems = [...read.problems, ...serverProblems];
  const loaded = history.data;

  return (
    <div className="page">
      <CaseCrumbs
        caseId={caseId}
        caseName={detail.data.case.debtor.name}
        here={`${creditor?.name ?? ''} ${contract?.label ?? ''}`.trim()}
      />
      <h1>
        {creditor?.name} <small>{contract?.label}</small>
      </h1>
      <NextStep>
        {contract && contract.transactionCount > 0
          ? '引き直し計算の結果を確かめ、交渉の画面で和解案に使います。'
          : '取引履歴(借りた日・返した日と金額)を入力するか、ファイルから取り込みます。'}
      </NextStep>
      {/* The debtor fills the history below; the creditor's and contract's facts are the office's. */}
      <ViewOnly when={isDebtor}>
        {creditor && <CreditorForm caseId={caseId} creditor={creditor} onSaved={detail.reload} />}
        {contract && <ContractForm caseId={caseId} contract={contract} creditorKind={creditor?.kind ?? ''} onSaved={detail.reload} />}
      </ViewOnly>
      {contract && (
        <p className="facts">
          請求残高 {contract.claimedBalance === null ? '不明' : formatYenWithUnit(contract.claimedBalance)} ／ 毎月の返済{' '}
          {contract.monthlyPayment === null ? '不明' : formatYenWithUnit(contract.monthlyPayment)}
          {contract.contractRate && ` ／ 約定利率 ${contract.contractRate}%`}
        </p>
      )}
      <div className="columns wide-left">
        <section className="card" aria-label="取引履歴">
          <h2>取引履歴({read.transactions.length}件)</h2>
          <p className="field-hint">
            日付の欄に「H13.1.15 50000」(借入)や「H13.1.15 -10000」(返済)と入力して Enter で次の行へ。Excel からの貼り付けもできます。
          </p>
          {saving.conflictNotice}
          <TransactionGrid
            rows={rows}
            problems={problems}
            onChange={(next) => {
              setRows(next);
              setDirty(true);
              setProblems([]);
            }}
          />
          {problems.length > 0 && (
            <ul className="problems" data-testid="grid-problems">
              {problems.slice(0, 20).map((p) => (
                <li key={`${p.path.join('.')}-${p.message}`}>{p.message}</li>
              ))}
              {problems.length > 20 && <li>ほか {problems.length - 20} 件</li>}
            </ul>
          )}
          {saving.statusNotice}
          <div className="actions">
            <button
              type="button"
              onClick={() => void saving.submit(read.transactions)}
              disabled={!dirty || read.problems.length > 0 || saving.clash !== undefined || saving.busy}
            >
              取引履歴を保存
            </button>
            {dirty && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setRows(gridRowsOf(loaded.transactions));
                  setDirty(false);
                  setProblems([]);
                }}
              >
                変更を取り消す
              </button>
            )}
          </div>
          {dirty && <span className="unsaved"> 未保存の変更があります</span>}
        </section>
        <HistoryImport
          contractId={contractId}
          version={loaded.version}
          current={loaded.transactions}
          onImported={async () => {
            await history.reload();
          }}
        />
      </div>
      {contract && <Ledger contract={contract} historyVersion={loaded.version} onOptionsSaved={detail.reload} />}
    </div>
  );
}
