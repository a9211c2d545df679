// Importing a history file (CSV, Excel, a creditor's PDF, or a scan read by OCR in HistoryScan): a preview first — every wrong row named, or the rows
// that would be saved with every column (利率 and 推定 included) — and nothing is saved until the
// user confirms a clean file. Which file column is which of ours can be corrected (ColumnMappingForm):
// the file is read again by that mapping, and the commit sends the same one. The import replaces the history at the version this screen loaded:
// if someone saved it meanwhile, the difference is shown before anything is replaced.
import { type ColumnMapping, columnMappingText, formatYen, type HeaderColumns, type TransactionInput } from '@wakai/core';
import { useState } from 'react';
import { ApiError, call, client, fileBody, type ImportPreview, type StoredHistory } from '../api.js';
import { ColumnMappingForm } from './ColumnMapping.js';
import { Notice } from './form.js';
import { HistoryConflict } from './HistoryConflict.js';
import { HistoryScan } from './HistoryScan.js';
import { useVersionedSave } from './versioned-save.js';

type State =
  | { kind: 'idle' }
  | { kind: 'rejected'; message: string; problems: ApiError['problems']; file?: File; columns?: HeaderColumns | null }
  | { kind: 'preview'; file: File; preview: ImportPreview; mapping?: ColumnMapping }
  | { kind: 'scan'; file: File };

/** A file read into rows: what the preview showed is what the commit replaces the history with. */
type Checked = { file: File; preview: ImportPreview; mapping?: ColumnMapping };

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());
/** The query carrying a corrected mapping, when the user made one. */
const mappingQuery = (mapping?: ColumnMapping) => (mapping ? { columns: columnMappingText(mapping) } : {});
const rows = (preview: ImportPreview): TransactionInput[] => preview.transactions.map(({ line: _, ...row }) => row);

const PREVIEW_ROWS = 30;

export function HistoryImport({
  contractId,
  version,
  current,
  onImported,
}: {
  contractId: string;
  /** The history's version on this screen: the import replaces that one, not a newer one. */
  version: number;
  current: readonly TransactionInput[];
  onImported: () => Promise<void>;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // A mapping refused as such (400) carries no header: the one shown stays, to be corrected again.
  const rejected = (e: unknown, file?: File, shown?: HeaderColumns) =>
    setState({
      kind: 'rejected',
      message: e instanceof ApiError ? e.message : String(e),
      problems: e instanceof ApiError ? e.problems : [],
      ...(file ? { file } : {}),
      columns: (e instanceof ApiError ? e.columns : null) ?? shown ?? null,
    });
  // The commit is the one versioned save: at the version this screen loaded; a newer history is shown
  // row by row before anything is replaced.
  const commit = useVersionedSave<Checked, StoredHistory>({
    save: async ({ file, mapping }, newer) => {
      await call(
        client.contracts[':contractId'].import.$post(
          { param: { contractId }, query: { commit: '1', version: String(newer ?? version), ...mappingQuery(mapping) } },
          fileBody(await bytesOf(file)),
        ),
      );
      setState({ kind: 'idle' });
      await onImported();
    },
    done: ({ preview }) => `${preview.transactions.length}件の取引を取り込みました`,
    refused: (e) => {
      rejected(e);
      return true;
    },
    conflict: {
      read: async () => {
        const theirs = await call(client.contracts[':contractId'].transactions.$get({ param: { contractId } }));
        return { value: theirs, version: theirs.version };
      },
      reload: async () => {
        setState({ kind: 'idle' });
        await onImported();
      },
      view: (clash) => (
        <HistoryConflict
          mine={rows(clash.sent.preview)}
          theirs={clash.theirs.value.transactions}
          overwriteLabel="このファイルで置き換える"
          onOverwrite={() => clash.overwrite?.()}
          onTakeTheirs={() => void clash.reload()}
        />
      ),
    },
  });

  /** Reads the file into a preview; nothing is saved. */
  async function check(file: File, mapping?: ColumnMapping, shown?: HeaderColumns) {
    commit.setStatus(undefined);
    commit.settle();
    try {
      setState({
        kind: 'preview',
        file,
        preview: await call(
          client.contracts[':contractId'].import.$post(
            { param: { contractId }, query: mappingQuery(mapping) },
            fileBody(await bytesOf(file)),
          ),
        ),
        ...(mapping ? { mapping } : {}),
      });
    } catch (e) {
      // A scan (a PDF without text, a photo) is read by OCR first, then corrected, then previewed.
      if (e instanceof ApiError && e.problems[0]?.code === 'import.pdfNoText') setState({ kind: 'scan', file });
      else rejected(e, file, shown);
    }
  }

  return (
    <section className="card" aria-label="取引履歴ファイルの取り込み">
      <h2>取引履歴ファイルを取り込む</h2>
      <p>
        CSV(UTF-8 /
        Shift_JIS)、Excel、貸金業者から届いた取引履歴のPDF、またはその紙のスキャン・写真(文字を読み取ります)。見出しは「年月日・借入・返済」など。まず内容を確認し、誤りがなければ取り込めます。
      </p>
      <input
        type="file"
        accept=".csv,.txt,.xlsx,.pdf,.png,.jpg,.jpeg,text/csv,application/pdf,image/*,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="取引履歴ファイル"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void check(file);
        }}
      />
      {commit.notice}
      {state.kind === 'rejected' && (
        <div data-testid="import-problems">
          <Notice kind="error">{state.message}。何も保存していません。ファイルを直してから、もう一度選んでください。</Notice>
          <ul className="problems">
            {state.problems.map((p) => (
              <li key={`${p.line}-${p.columnLetter}-${p.ja}`}>{p.ja}</li>
            ))}
          </ul>
          {state.file && state.columns && (
            <ColumnMappingForm
              key={columnMappingText(state.columns.fields)}
              {...state.columns}
              onApply={(mapping) => state.file && void check(state.file, mapping, state.columns ?? undefined)}
            />
          )}
        </div>
      )}
      {state.kind === 'scan' && (
        <HistoryScan
          contractId={contractId}
          file={state.file}
          onReviewed={(corrected) => void check(corrected)}
          onClose={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'preview' && !commit.clash && (
        <div data-testid="import-preview">
          <Notice kind="ok">
            {state.file.name}: {state.preview.transactions.length}件の取引を読み取りました(誤りなし)。
            {state.preview.ignoredColumns.length > 0 && ` 使わない列: ${state.preview.ignoredColumns.join('、')}`}
          </Notice>
          <div className="scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th className="num">行</th>
                  <th>年月日</th>
                  <th className="num">借入</th>
                  <th className="num">返済</th>
                  <th className="num">利率</th>
                  <th>備考</th>
                  <th>推定</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.transactions.slice(0, PREVIEW_ROWS).map((t) => (
                  <tr key={`${t.line}-${t.date}`}>
                    <td className="num">{t.line}</td>
                    <td>{t.date}</td>
                    <td className="num">{t.borrow ? formatYen(t.borrow) : ''}</td>
                    <td className="num">{t.repay ? formatYen(t.repay) : ''}</td>
                    <td className="num">{t.rate === null ? '' : `${t.rate}%`}</td>
                    <td>{t.note}</td>
                    <td>{t.estimated ? '推定' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.preview.transactions.length > PREVIEW_ROWS && <p>ほか {state.preview.transactions.length - PREVIEW_ROWS} 件</p>}
          <ColumnMappingForm
            key={columnMappingText(state.preview.columns.fields)}
            {...state.preview.columns}
            onApply={(mapping) => void check(state.file, mapping, state.preview.columns)}
          />
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void commit.submit({ file: state.file, preview: state.preview, ...(state.mapping ? { mapping: state.mapping } : {}) })
              }
              disabled={commit.busy}
            >
              この内容で取り込む(いまの履歴 {current.length}件を置き換えます)
            </button>
            <button type="button" className="secondary" onClick={() => setState({ kind: 'idle' })}>
              やめる
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
