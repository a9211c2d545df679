// What is due across every case, as windows read from the server one page at a time: overdue, this
// week, later in the next 60 days; filtered by person responsible, kind and case. The whole list goes
// to the user's own calendar as an .ics file.
import { type Deadline, type DeadlineKind, deadlineKindLabels } from '@wakai/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { client, type DeadlineWindowData } from '../api.js';
import { Crumbs } from '../components/Crumbs.js';
import { Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { Pager } from '../components/Pager.js';
import { revalidated } from '../revalidated.js';
import { useLoad } from '../use-load.js';

type Range = 'overdue' | 'week' | 'later';
interface Filters {
  responsible: string;
  kind: DeadlineKind | '';
  caseId: string;
  caseLabel: string;
}

const sections: [Range, string, string][] = [
  ['overdue', '期限を過ぎたもの', 'overdue'],
  ['week', '今週(今日から7日以内)', 'week'],
  ['later', 'その後(60日以内)', 'later'],
];
const PAGE = 20;

/** One page of a range of the deadlines, filtered; kept with its ETag and asked again with it. */
function deadlineWindow(range: Range, page: number, filters: Filters, summary = false): Promise<DeadlineWindowData> {
  const query = {
    range,
    page: String(page),
    limit: String(PAGE),
    ...(summary ? { summary: '1' } : {}),
    ...(filters.responsible ? { responsible: filters.responsible } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.caseId ? { caseId: filters.caseId } : {}),
  };
  return revalidated(JSON.stringify(query), (headers) => client.deadlines.window.$get({ query }, { headers }));
}

export function DeadlinesPage() {
  const [filters, setFilters] = useState<Filters>({ responsible: '', kind: '', caseId: '', caseLabel: '' });
  // The first section's answer names the people and the date; each section pages on its own.
  const { data, error } = useLoad(() => deadlineWindow('overdue', 1, filters, true), [filters]);
  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change });
  return (
    <div className="page">
      <Crumbs here="期限" />
      <h1>期限 {data && <small>{data.today} 時点</small>}</h1>
      <NextStep>期限を過ぎたものから片づけ、済んだら各債権者の画面で記録します。</NextStep>
      <div className="actions">
        <a className="button" href="/api/deadlines.ics" download>
          カレンダーに取り込む(.ics)
        </a>
      </div>
      <form className="card deadline-filters" aria-label="期限の絞り込み" onSubmit={(e) => e.preventDefault()}>
        <label>
          担当者
          <select value={filters.responsible} onChange={(e) => set({ responsible: e.target.value })}>
            <option value="">すべて</option>
            {data?.people?.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          種類
          <select value={filters.kind} onChange={(e) => set({ kind: e.target.value as DeadlineKind | '' })}>
            <option value="">すべて</option>
            {Object.entries(deadlineKindLabels).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {filters.caseId && (
          <p data-testid="deadline-case-filter">
            案件: {filters.caseLabel}{' '}
            <button type="button" onClick={() => set({ caseId: '', caseLabel: '' })}>
              すべての案件に戻す
            </button>
          </p>
        )}
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <p>読み込み中…</p>}
      {data &&
        sections.map(([range, label, testId]) => (
          <DeadlineSection
            key={`${range}:${JSON.stringify(filters)}`}
            range={range}
            label={label}
            testId={testId}
            filters={filters}
            onCase={(d) => set({ caseId: d.caseId, caseLabel: `${d.debtorName}(${d.caseTitle})` })}
          />
        ))}
    </div>
  );
}

function DeadlineSection(props: { range: Range; label: string; testId: string; filters: Filters; onCase: (d: Deadline) => void }) {
  const { range, label, testId, filters, onCase } = props;
  const [page, setPage] = useState(1);
  const { data, error } = useLoad(() => deadlineWindow(range, page, filters), [range, page, filters]);
  return (
    <section className="card" aria-label={label} data-testid={`deadlines-${testId}`}>
      <h2>
        {label}
        {data && `(${data.total}件)`}
      </h2>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <p>読み込み中…</p>}
      {data?.items.length === 0 && <p>ありません。</p>}
      {data && data.items.length > 0 && (
        <table className="table compact stack">
          <tbody>
            {data.items.map((d) => (
              <tr key={d.uid} className={`deadline-${d.kind}`}>
                <td data-label="日付">{d.date}</td>
                <td data-label="種類">{deadlineKindLabels[d.kind]}</td>
                <td data-label="案件">
                  <Link href={`/cases/${d.caseId}/creditors/${d.creditorId}/negotiation`}>
                    {d.debtorName} / {d.creditorName}
                  </Link>{' '}
                  {!filters.caseId && (
                    <button type="button" className="link" onClick={() => onCase(d)} aria-label={`この案件だけ(${d.debtorName})`}>
                      この案件だけ
                    </button>
                  )}
                </td>
                <td data-label="内容">
                  {d.title}
                  {/* The debt position's mark, as the board flags the creditor: no step here may acknowledge the debt (民法152条1項). */}
                  {d.timeBarred && (
                    <>
                      {' '}
                      <span className="flag" data-testid="deadline-time-barred">
                        時効の可能性
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager label={`${label}のページ`} testId={`deadlines-${testId}-range`} asked={page} answered={data} onPage={setPage} />}
    </section>
  );
}
