// What is due across every case: overdue, today, this week, later; and the same as an .ics file for
// the user's own calendar.
import { type Deadline, deadlineKindLabels } from '@wakai/core';
import { Link } from 'wouter';
import { api, type DeadlinesData } from '../api.js';
import { Crumbs } from '../components/Crumbs.js';
import { Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { useLoad } from '../use-load.js';

export function DeadlinesPage() {
  const { data, error } = useLoad(() => api<DeadlinesData>('GET', '/deadlines?days=60'), []);
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  const groups: [string, string, Deadline[]][] = [
    ['overdue', '期限を過ぎたもの', data.overdue],
    ['today', '今日', data.dueToday],
    ['week', '今週(7日以内)', data.thisWeek],
    ['later', `その後(${data.days}日以内)`, data.later],
  ];
  return (
    <div className="page">
      <Crumbs here="期限" />
      <h1>
        期限 <small>{data.today} 時点</small>
      </h1>
      <NextStep>期限を過ぎたものから片づけ、済んだら各債権者の画面で記録します。</NextStep>
      <div className="actions">
        <a className="button" href="/api/deadlines.ics" download>
          カレンダーに取り込む(.ics)
        </a>
      </div>
      {groups.map(([key, label, list]) => (
        <section key={key} className="card" aria-label={label} data-testid={`deadlines-${key}`}>
          <h2>
            {label}({list.length}件)
          </h2>
          {list.length === 0 ? (
            <p>ありません。</p>
          ) : (
            <table className="table compact stack">
              <tbody>
                {list.map((d) => (
                  <tr key={d.uid} className={`deadline-${d.kind}`}>
                    <td data-label="日付">{d.date}</td>
                    <td data-label="種類">{deadlineKindLabels[d.kind]}</td>
                    <td data-label="案件">
                      <Link href={`/cases/${d.caseId}/creditors/${d.creditorId}/negotiation`}>
                        {d.debtorName} / {d.creditorName}
                      </Link>
                    </td>
                    <td data-label="内容">{d.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
