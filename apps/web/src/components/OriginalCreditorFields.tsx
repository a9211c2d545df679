// Whose claim a 債権回収会社 (servicer) holds: its name and kind decide the old law's period and
// whether 貸金業法 binds the servicer after a notice (貸金業法24条2項; サービサー法18条8項).
import { creditorKindLabels, type FieldProblem, fieldLabel, type OriginalCreditor } from '@wakai/core';
import { Field, problemAt } from './form.js';

const originalKinds = ['bank', 'card', 'consumer-finance', 'guarantor-company', 'cooperative', 'other'] as const;

/** Null where neither is given (not known, or no servicer); a name without a kind is sent as "other". */
export function originalCreditorBody(name: string, originalKind: string): { name: string; kind: string } | null {
  if (originalKind === '' && name.trim() === '') return null;
  return { name, kind: originalKind === '' ? 'other' : originalKind };
}

export function OriginalCreditorFields({ original, problems }: { original: OriginalCreditor; problems: readonly FieldProblem[] }) {
  return (
    <>
      <Field
        label={fieldLabel('creditor', 'originalCreditor.name')}
        error={problemAt(problems, 'originalCreditor', 'name')}
        hint="債権回収会社が買い取った(または回収を任された)借金の、元の借入先。通知書に書かれています"
      >
        <input name="originalName" defaultValue={original?.name ?? ''} placeholder="例: アイフル株式会社" />
      </Field>
      <Field
        label={fieldLabel('creditor', 'originalCreditor.kind')}
        error={problemAt(problems, 'originalCreditor', 'kind')}
        hint="消費者金融・カード会社の借金か、銀行の借金かで、受任通知の後の取立ての規制が変わります(貸金業法24条2項・サービサー法18条8項)"
      >
        <select name="originalKind" defaultValue={original?.kind ?? ''}>
          <option value="">わからない</option>
          {originalKinds.map((k) => (
            <option key={k} value={k}>
              {creditorKindLabels[k]}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
