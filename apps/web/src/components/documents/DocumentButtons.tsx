// Buttons that make one document in each of its formats, with what a failure says: every missing
// field named, each with a link to where it is filled in.
import type { FieldProblem } from '@wakai/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError, type DocumentChoices } from '../../api.js';
import { download } from '../../download.js';
import { Notice } from '../form.js';

const formatLabels: Record<string, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel' };

/** Where a missing field is filled in. */
function placeOf(caseId: string, path: FieldProblem['path'], choices: DocumentChoices): { href: string; label: string } | undefined {
  const [head, index] = path;
  if (head === 'debtor') return { href: `/cases/${caseId}/debtor`, label: '債務者と財産' };
  if (head === 'letterhead') return { href: `/cases/${caseId}/documents#letterhead`, label: '事務所の情報' };
  if (head === 'creditors' && typeof index === 'number') {
    const contract = choices.creditors[index]?.contracts[0];
    if (contract) return { href: `/cases/${caseId}/contracts/${contract.id}`, label: `${choices.creditors[index]?.name}の情報` };
  }
  return undefined;
}

/**
 * The confirmation a refused document asks for, by the refusal's code (never its wording): an offer
 * letter or agreement for a time-barred debt (承認で援用できなくなる), or a 時効援用通知 whose
 * missing facts the user has checked. Null where the refusal asks for none.
 */
const confirmationsAsked: Record<string, { param: string; label: string }> = {
  timeBarredUnconfirmed: {
    param: 'confirmTimeBarred',
    label: '時効の危険(承認となり時効の援用ができなくなること)を理解したうえで作成する',
  },
  limitationFactsUnconfirmed: { param: 'confirmLimitationFacts', label: '時効を数えるための事実を確かめたうえで作成する' },
};

export function DocumentButtons({
  caseId,
  kind,
  choices,
  query,
}: {
  caseId: string;
  kind: DocumentChoices['kinds'][number];
  choices: DocumentChoices;
  /** The document's choices (creditor, contract, sender, dates …) as query parameters. */
  query: Record<string, string>;
}) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; fields: FieldProblem[]; code?: string | null }>();
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const asked = status?.kind === 'error' && status.code ? (confirmationsAsked[status.code] ?? null) : null;
  async function make(format: string) {
    setBusy(true);
    try {
      const confirmation = confirmed && asked ? { [asked.param]: 'true' } : {};
      const params = new URLSearchParams({ ...query, ...confirmation, format }).toString();
      const name = await download(`/cases/${caseId}/documents/${kind.kind}?${params}`, `${kind.label}.${format}`);
      setStatus({ kind: 'ok', text: `${name} を作成しました`, fields: [] });
    } catch (e) {
      const error = e instanceof ApiError ? e : null;
      setStatus({ kind: 'error', text: error?.message ?? String(e), fields: error?.fields ?? [], code: error?.code });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="document-buttons">
      {asked && (
        <label className="check" data-testid="document-confirm">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {asked.label}
        </label>
      )}
      <div className="actions">
        {kind.formats.map((format) => (
          <button key={format} type="button" className="small" disabled={busy} onClick={() => void make(format)}>
            {kind.label}({formatLabels[format] ?? format})
          </button>
        ))}
      </div>
      {status && (
        <Notice kind={status.kind}>
          {status.kind === 'error' && status.fields.length > 0 ? (
            <>
              {kind.label}を作成できません。次の項目を入力してください:
              <ul data-testid="document-missing">
                {status.fields.map((field) => {
                  const place = placeOf(caseId, field.path, choices);
                  return (
                    <li key={field.path.join('.')}>
                      {field.message}
                      {place && (
                        <>
                          {' '}
                          → <Link href={place.href}>{place.label}</Link>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            status.text
          )}
        </Notice>
      )}
    </div>
  );
}
