// Which of our columns each of the creditor's columns is taken as: one select under each header,
// shared by the scan review and the import preview of a CSV, Excel file or text PDF.
import { columnLetter, type HistoryField, type LayoutField, type ColumnMapping as Mapping } from '@wakai/core';
import { useState } from 'react';

/** Our columns a creditor's column may be taken as; 利息・残高・日数 only check a scan's rows, and are not saved. */
export const columnChoices: [LayoutField | '', string][] = [
  ['', '使わない'],
  ['date', '年月日'],
  ['borrow', '借入'],
  ['repay', '返済'],
  ['rate', '利率'],
  ['note', '備考'],
  ['estimated', '推定'],
  ['interest', '利息(照合用)'],
  ['balance', '残高(照合用)'],
  ['days', '日数(照合用)'],
];

/** The choices an imported file's column has: the fields a history saves. */
const historyChoices = columnChoices.slice(0, 7);

export function ColumnSelect<F extends LayoutField>({
  title,
  value,
  onChange,
  choices = columnChoices,
}: {
  title: string;
  value: F | undefined;
  onChange: (field: F | undefined) => void;
  choices?: [LayoutField | '', string][];
}) {
  return (
    <select aria-label={`「${title}」の列`} value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as F | undefined)}>
      {choices.map(([field, label]) => (
        <option key={field} value={field}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** The file's header with a select under each column, and a button to read the file again by it. */
export function ColumnMappingForm({
  header,
  fields,
  onApply,
}: {
  header: readonly string[];
  fields: readonly (HistoryField | null)[];
  onApply: (mapping: Mapping) => void;
}) {
  const [mapping, setMapping] = useState<(HistoryField | null)[]>([...fields]);
  return (
    <fieldset className="column-mapping" data-testid="column-mapping">
      <legend>列の対応(見出しの読み取りが違うときは直して読み直せます)</legend>
      <div className="scroll">
        <table className="table compact">
          <thead>
            <tr>
              {header.map((title, c) => (
                <th key={columnLetter(c)}>{title || `(${c + 1}列目)`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {header.map((title, c) => (
                <td key={columnLetter(c)}>
                  <ColumnSelect<HistoryField>
                    title={title || `${c + 1}列目`}
                    value={mapping[c] ?? undefined}
                    choices={historyChoices}
                    onChange={(field) => setMapping(mapping.map((old, i) => (i === c ? (field ?? null) : old)))}
                  />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onApply(mapping)}>
          この対応で読み直す
        </button>
      </div>
    </fieldset>
  );
}
