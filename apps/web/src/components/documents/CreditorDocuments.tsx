// The documents of one creditor, beside its negotiation: each letter in its formats, for this
// creditor (and its first contract where a document is about one).
import { call, client } from '../../api.js';
import { useLoad } from '../../use-load.js';
import { DocumentButtons } from './DocumentButtons.js';

export function CreditorDocuments({ caseId, creditorId }: { caseId: string; creditorId: string }) {
  const { data } = useLoad(() => call(client.cases[':caseId'].documents.$get({ param: { caseId } })), [caseId]);
  if (!data) return null;
  const contract = data.creditors.find((c) => c.id === creditorId)?.contracts[0]?.id;
  return (
    <section className="card" aria-label="この債権者への書類" data-testid="creditor-documents">
      <h2>この債権者への書類</h2>
      {data.kinds
        .filter((kind) => kind.creditors !== 'case')
        .map((kind) => (
          <DocumentButtons
            key={kind.kind}
            caseId={caseId}
            kind={kind}
            choices={data}
            query={{ sender: data.sender, creditor: creditorId, ...(kind.perContract && contract ? { contract } : {}) }}
          />
        ))}
    </section>
  );
}
