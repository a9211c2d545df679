// A scanned history (a scanner's PDF, a photo from the phone's camera) read by OCR on the server:
// progress page by page with a cancel button, then every row read with the doubtful cells marked,
// each marked row shown with the image of its line so it can be checked against the paper and
// corrected here. The corrected table then goes to the ordinary import preview: nothing is saved
// until the user has seen it whole and it reads without an error.
import { describeMarks, type LayoutField, reviewCsv, type ScanReview } from '@wakai/core';
import { useEffect, useState } from 'react';
import { ApiError, call, client, fileBody, type HistoryScanJob } from '../api.js';
import { ColumnSelect } from './ColumnMapping.js';
import { Notice } from './form.js';

const POLL_MS = 1_000;

export function HistoryScan({
  contractId,
  file,
  onReviewed,
  onClose,
}: {
  contractId: string;
  file: File;
  /** The corrected table as a CSV file, for the import preview. */
  onReviewed: (corrected: File) => void;
  onClose: () => void;
}) {
  const [job, setJob] = useState<HistoryScanJob>();
  const [error, setError] = useState<string>();
  const [edits, setEdits] = useState<Record<string, string>>({});

  useEffect(() => {
    let stopped = false;
    let scanId: string | undefined;
    async function follow() {
      try {
        let current = await call(
          client.contracts[':contractId'].scans.$post({ param: { contractId } }, fileBody(new Uint8Array(await file.arrayBuffer()))),
        );
        scanId = current.id;
        while (!stopped && current.state === 'reading') {
          setJob(current);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          if (!stopped)
            current = await call(client.contracts[':contractId'].scans[':scanId'].$get({ param: { contractId, scanId: current.id } }));
        }
        if (!stopped) setJob(current);
      } catch (e) {
        if (!stopped) setError(e instanceof ApiError ? e.message : String(e));
      }
    }
    void follow();
    return () => {
      stopped = true;
      // Leaving the screen stops a reading still under way.
      if (scanId)
        void call(client.contracts[':contractId'].scans[':scanId'].$delete({ param: { contractId, scanId } })).catch(() => undefined);
    };
  }, [contractId, file]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!job || job.state === 'reading') {
    return (
      <div data-testid="scan-progress">
        <p>
          {file.name} を読み取っています(OCR): {job?.pages ? `${job.pagesRead} / ${job.pages} ページ` : '準備中'}
        </p>
        <progress max={job?.pages ?? 1} value={job?.pagesRead ?? 0} aria-label="読み取ったページ" />
        <div className="actions">
          <button type="button" className="secondary" onClick={onClose}>
            読み取りをやめる
          </button>
        </div>
      </div>
    );
  }
  if (job.state !== 'done' || !job.review) {
    const problems = job.problems.map((p) => p.ja);
    return (
      <div data-testid="import-problems">
        <Notice kind="error">{job.state === 'cancelled' ? '読み取りをやめました' : `読み取れませんでした。${problems.join('。')}`}</Notice>
        <button type="button" className="secondary" onClick={onClose}>
          閉じる
        </button>
      </div>
    );
  }
  // JSON carries an unrecognised column's field as null.
  const review: ScanReview = { ...job.review, fields: job.review.fields.map((field) => field ?? undefined) };
  return (
    <ScanTable job={job} review={review} edits={edits} setEdits={setEdits} onReviewed={onReviewed} onClose={onClose} name={file.name} />
  );
}

function ScanTable({
  job,
  review,
  edits,
  setEdits,
  onReviewed,
  onClose,
  name,
}: {
  job: HistoryScanJob;
  review: ScanReview;
  edits: Record<string, string>;
  setEdits: (edits: Record<string, string>) => void;
  onReviewed: (corrected: File) => void;
  onClose: () => void;
  name: string;
}) {
  // Which of our columns each of the creditor's columns is: as the headers were read, and changeable.
  const [fields, setFields] = useState(review.fields);
  const marked = review.rows.filter((row) => row.cells.some((cell) => cell.marks.length > 0));
  const corrected: ScanReview = {
    ...review,
    fields,
    rows: review.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, c) => {
        const edit = edits[`${row.line}:${c}`];
        return edit === undefined ? cell : { ...cell, text: edit };
      }),
    })),
  };
  return (
    <div data-testid="scan-review">
      <Notice kind={marked.length > 0 ? 'error' : 'ok'}>
        {name}: {job.pages}ページから{review.rows.length}行を読み取りました。
        {marked.length > 0
          ? `色の付いた欄(${marked.length}行)は読み違いのおそれがあります。行の画像と照らして直してください。`
          : '確認の必要な欄はありません。'}
      </Notice>
      <div className="scroll">
        <table className="table compact">
          <thead>
            <tr>
              <th className="num">行</th>
              {review.header.map((title, c) => (
                <th key={title}>
                  {title}
                  <ColumnSelect<LayoutField>
                    title={title}
                    value={fields[c]}
                    onChange={(value) => setFields(fields.map((field, i) => (i === c ? value : field)))}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {review.rows.map((row) => {
              const image = job.lineImages[row.line];
              const reasons = describeMarks(review, row);
              return [
                <tr key={row.line} className={reasons.length > 0 ? 'marked-row' : undefined}>
                  <td className="num">{row.line}</td>
                  {row.cells.map((cell, c) => {
                    const key = `${row.line}:${c}`;
                    if (cell.marks.length === 0) return <td key={key}>{cell.text}</td>;
                    return (
                      <td key={key} className="marked">
                        <input
                          aria-label={`${row.line}行目 ${review.header[c] ?? ''}`}
                          value={edits[key] ?? cell.text}
                          size={Math.max(6, cell.text.length)}
                          onChange={(e) => setEdits({ ...edits, [key]: e.target.value })}
                        />
                      </td>
                    );
                  })}
                </tr>,
                image ? (
                  <tr key={`${row.line}-image`} className="line-image">
                    <td colSpan={row.cells.length + 1}>
                      <img src={image} alt={`${row.page}ページ ${row.line}行目の画像`} />
                      <small>{reasons.join(' / ')}</small>
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={() => onReviewed(new File([reviewCsv(corrected)], `${name}.csv`, { type: 'text/csv' }))}>
          照合しました。取り込む内容の確認へ
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          やめる
        </button>
      </div>
    </div>
  );
}
