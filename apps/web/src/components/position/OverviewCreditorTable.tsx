// The overview's creditors, each read from its debt position: the claim, the recalculation, the
// settlement base, the overpayment (to its date, the time-barred part apart), the limitation status.
import { creditorKindLabels, formatYenWithUnit, negotiationStatusLabels } from '@wakai/core';
import { Link } from 'wouter';
import type { Overview, StoredContract, StoredCreditor } from '../../api.js';
import { LimitationStatus, OverpaymentFigure, SettlementBase } from './PositionParts.js';

export function OverviewCreditorTable({
  caseId,
  rows,
  creditors,
}: {
  caseId: string;
  rows: Overview['creditors'];
  creditors: readonly StoredCreditor[];
}) {
  return (
    <table className="table stack" data-testid="creditor-table">
      <thead>
        <tr>
          <th>債権者</th>
          <th>種類</th>
          <th className="num">請求額</th>
          <th className="num">引き直し後</th>
          <th className="num">交渉の基準額</th>
          <th className="num">過払金</th>
          <th>時効</th>
          <th className="num">毎月の返済</th>
          <th>契約・取引履歴</th>
          <th>交渉</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // The overview and the case are two requests: after an edit either may arrive first, so a
          // row is matched by id and drawn without its links until its creditor has arrived.
          const creditor = creditors.find((c) => c.id === row.id);
          const { position } = row;
          return (
            <tr key={row.id} data-creditor={row.id}>
              <td data-label="債権者">{row.name}</td>
              <td data-label="種類">
                {creditorKindLabels[row.kind as keyof typeof creditorKindLabels] ?? row.kind}
                {position.regime.kind === 'servicer' && <small className="field-hint"> {position.regime.label}</small>}
              </td>
              <td data-label="請求額" className="num">
                {position.claimed === null ? '—' : formatYenWithUnit(position.claimed)}
              </td>
              <td data-label="引き直し後" className="num">
                {position.recalculated === null ? '(履歴なし)' : formatYenWithUnit(position.recalculated)}
              </td>
              <td data-label="交渉の基準額" className="num">
                <SettlementBase position={position} />
              </td>
              <td data-label="過払金" className="num">
                <OverpaymentFigure overpayment={position.overpayment} />
              </td>
              <td data-label="時効">
                <LimitationStatus status={position.limitationStatus} />
              </td>
              <td data-label="毎月の返済" className="num">
                {formatYenWithUnit(position.monthlyPayment)}
              </td>
              <td data-label="契約・取引履歴">
                {creditor?.contracts.map((contract: StoredContract) => (
                  <Link key={contract.id} href={`/cases/${caseId}/contracts/${contract.id}`} className="contract-link">
                    {contract.label || '契約'}({contract.transactionCount ?? 0}件)
                  </Link>
                ))}
              </td>
              <td data-label="交渉">
                {creditor && (
                  <Link href={`/cases/${caseId}/creditors/${creditor.id}/negotiation`}>{negotiationStatusLabels[creditor.status]}</Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
