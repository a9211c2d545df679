// A small table of rows (family members, deposits, cars …): add, edit, remove; each cell's error
// shown beside it.
import type { FieldProblem } from '@wakai/core';
import { problemAt } from './form.js';

export interface ListColumn {
  key: string;
  label: string;
  kind: 'text' | 'amount' | 'whole' | 'check';
}

export type ListRow = Record<string, string | boolean>;

export function ListEditor({
  title,
  columns,
  rows,
  onChange,
  problems,
  path,
}: {
  title: string;
  columns: readonly ListColumn[];
  rows: ListRow[];
  onChange: (rows: ListRow[]) => void;
  problems: readonly FieldProblem[];
  path: (string | number)[];
}) {
  const blank = () => Object.fromEntries(columns.map((c) => [c.key, c.kind === 'check' ? false : ''])) as ListRow;
  return (
    <fieldset className="list-editor">
      <legend>{title}</legend>
      {rows.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list
              <tr key={index}>
                {columns.map((c) => {
                  const error = problemAt(problems, ...path, index, c.key);
                  return (
                    <td key={c.key} className={error ? 'cell-error' : undefined}>
                      {c.kind === 'check' ? (
                        <input
                          type="checkbox"
                          aria-label={`${title} ${index + 1} ${c.label}`}
                          checked={row[c.key] === true}
                          onChange={(e) => onChange(rows.map((r, i) => (i === index ? { ...r, [c.key]: e.target.checked } : r)))}
                        />
                      ) : (
                        <input
                          aria-label={`${title} ${index + 1} ${c.label}`}
                          value={String(row[c.key] ?? '')}
                          inputMode={c.kind === 'text' ? undefined : 'numeric'}
                          onChange={(e) => onChange(rows.map((r, i) => (i === index ? { ...r, [c.key]: e.target.value } : r)))}
                        />
                      )}
                      {error && <span className="field-error">{error}</span>}
                    </td>
                  );
                })}
                <td>
                  <button type="button" className="secondary small" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                    削除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="secondary small" onClick={() => onChange([...rows, blank()])}>
        {title}を追加
      </button>
    </fieldset>
  );
}
