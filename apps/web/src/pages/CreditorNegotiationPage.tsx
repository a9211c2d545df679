import { call, client } from '../api.js';
import { CaseCrumbs } from '../components/Crumbs.js';
import { LimitationPanel } from '../components/coach/LimitationPanel.js';
import { CreditorDocuments } from '../components/documents/CreditorDocuments.js';
import { Notice } from '../components/form.js';
import { NextStep } from '../components/help/NextStep.js';
import { nextStepLine } from '../components/help/next-steps.js';
import { AgreementPanel } from '../components/negotiation/AgreementPanel.js';
import { BreachPanel } from '../components/negotiation/BreachPanel.js';
import { ContactLog } from '../components/negotiation/ContactLog.js';
import { CreditorTendencyPanel } from '../components/negotiation/CreditorTendencyPanel.js';
import { OfferPanel } from '../components/negotiation/OfferPanel.js';
import { PaymentPanel } from '../components/negotiation/PaymentPanel.js';
import { StatusPanel } from '../components/negotiation/StatusPanel.js';
import { SubmitDocument } from '../components/negotiation/SubmitDocument.js';
import { PositionCard } from '../components/position/PositionCard.js';
import { TimeBarredWarning } from '../components/position/TimeBarredWarning.js';
import { useRole, ViewOnly } from '../session.js';
import { useLoad } from '../use-load.js';

export function CreditorNegotiationPage({ caseId, creditorId }: { caseId: string; creditorId: string }) {
  const { isDebtor } = useRole();
  const { data, error, reload } = useLoad(
    () => call(client.creditors[':creditorId'].negotiation.$get({ param: { creditorId } })),
    [creditorId],
  );
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!data) return <p>読み込み中…</p>;
  return (
    <div className="page negotiation">
      <CaseCrumbs
        caseId={caseId}
        caseName={data.case.debtorName}
        steps={[{ href: `/cases/${caseId}/negotiation`, label: '交渉' }]}
        here={data.creditor.name}
        title={`${data.creditor.name} 交渉`}
      />
      <h1>
        {data.creditor.name} <small>との交渉</small>
      </h1>
      <NextStep>{nextStepLine(data.view.status, data.coach.facts.officeActs, data.position.limitationStatus)}</NextStep>
      <TimeBarredWarning position={data.position} />
      {/* The debtor reads the negotiation and hands in documents; the office moves it. */}
      {isDebtor && <SubmitDocument creditorId={creditorId} onSubmitted={reload} />}
      <ViewOnly when={isDebtor}>
        <StatusPanel key={data.creditor.version} data={data} onChanged={reload} />
      </ViewOnly>
      <PositionCard position={data.position} />
      <LimitationPanel data={data} />
      {!isDebtor && <CreditorTendencyPanel caseId={caseId} creditor={data.creditor} />}
      <ViewOnly when={isDebtor}>
        <ContactLog data={data} onChanged={reload} />
        <OfferPanel data={data} onChanged={reload} />
        <AgreementPanel data={data} onChanged={reload} />
        <PaymentPanel data={data} onChanged={reload} />
        <BreachPanel data={data} onChanged={reload} />
      </ViewOnly>
      {!isDebtor && <CreditorDocuments caseId={caseId} creditorId={creditorId} />}
    </div>
  );
}
