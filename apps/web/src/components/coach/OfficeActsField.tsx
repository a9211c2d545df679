// Whether an office (弁護士・司法書士) acts for the debtor: the coach warns a debtor against calling
// creditors directly after the 受任通知 only when one does. Not stated (the default): a recorded
// 受任通知 is taken to mean one does, as only a professional sends that notice. Saved as it is
// chosen, at the version loaded; a newer save by someone else is shown beside the choice, kept.
import { fieldLabel } from '@wakai/core';
import { useEffect, useState } from 'react';
import { call, client } from '../../api.js';
import { Term } from '../help/Term.js';
import { useVersionedSave } from '../versioned-save.js';

const choices = [
  { value: '', label: '未設定(受任通知を記録したら、付いているものとみなします)' },
  { value: 'yes', label: 'はい(弁護士・司法書士に依頼している)' },
  { value: 'no', label: 'いいえ(自分で交渉している)' },
] as const;

const choiceOf = (officeActs: boolean | null) => (officeActs === null ? '' : officeActs ? 'yes' : 'no');
const officeActsOf = (choice: string) => (choice === '' ? null : choice === 'yes');

export function OfficeActsField({
  caseId,
  officeActs,
  version,
  onSaved,
}: {
  caseId: string;
  officeActs: boolean | null;
  version: number;
  onSaved: () => Promise<void>;
}) {
  const [chosen, setChosen] = useState(choiceOf(officeActs));
  useEffect(() => setChosen(choiceOf(officeActs)), [officeActs]);
  const saving = useVersionedSave<{ officeActs: boolean | null }>({
    save: async (body, newer) => {
      await call(client.cases[':caseId'].$patch({ param: { caseId }, json: { ...body, version: newer ?? version } }));
      await onSaved();
    },
    done: '保存しました',
    conflict: {
      read: async () => {
        const latest = (await call(client.cases[':caseId'].$get({ param: { caseId } }))).case;
        return { value: { officeActs: latest.officeActs }, version: latest.version };
      },
      kind: 'case',
      reload: async (theirs) => {
        setChosen(choiceOf(theirs.value.officeActs as boolean | null));
        await onSaved();
      },
    },
  });
  return (
    <div className="field">
      <label className="field">
        <span className="field-label">{fieldLabel('case', 'officeActs')}(弁護士・司法書士)が付いていますか</span>
        <select
          value={chosen}
          disabled={saving.busy}
          onChange={(e) => {
            setChosen(e.target.value);
            void saving.submit({ officeActs: officeActsOf(e.target.value) });
          }}
          aria-label={`${fieldLabel('case', 'officeActs')}が付いているか`}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <span className="field-hint">
        付いている場合、
        <Term name="受任通知" />
        の後は債権者と直接やり取りしないよう注意を出します。
      </span>
      {saving.notice}
    </div>
  );
}
