// 代位弁済 / 債権譲渡: the debt passes to another company (a guarantor company that paid the bank, a
// servicer that bought it), which the negotiation then starts with from the beginning. What the
// claim was stays with it; the history stays with the original creditor.
import { type ContractInput, type CreditorInput, contractSchema, creditorSchema } from '../case/case-schema.js';
import type { CivilDate } from '../civil-date.js';
import type { NegotiationStatus } from './negotiation-status.js';

type Held = Pick<ContractInput, 'claimedBalance' | 'contractDate' | 'lastPaymentDate' | 'dueDay' | 'delinquent' | 'kind' | 'limitation'>;

const originalKinds = ['bank', 'card', 'consumer-finance', 'guarantor-company', 'cooperative'] as const;

/**
 * The creditor and contract a step to 代位弁済 or 債権譲渡 brings in; undefined for any other step. A
 * servicer holds the same claim: its contract keeps the facts its limitation and regime turn on (the
 * contract's date, the last payment, the clause) and names the original creditor (貸金業法24条2項). A
 * guarantee company's 求償権 is its own claim, running from the day after the 代位弁済.
 */
export function successorOf(
  creditor: { name: string; kind: string; contracts: readonly Held[] },
  move: { to: NegotiationStatus; date: CivilDate; successor: string },
): { creditor: CreditorInput; contract: ContractInput } | undefined {
  if (move.to !== 'subrogated' && move.to !== 'assigned') return undefined;
  const subrogated = move.to === 'subrogated';
  const claimed = creditor.contracts.reduce((sum, k) => sum + (k.claimedBalance ?? 0), 0);
  const first = creditor.contracts[0];
  const originalKind = (originalKinds as readonly string[]).includes(creditor.kind) ? creditor.kind : 'other';
  const kept = first
    ? {
        contractDate: first.contractDate,
        lastPaymentDate: first.lastPaymentDate,
        dueDay: first.dueDay,
        delinquent: first.delinquent,
        kind: first.kind,
        limitation: subrogated ? { ...first.limitation, subrogatedOn: move.date } : first.limitation,
      }
    : subrogated
      ? { limitation: { subrogatedOn: move.date } }
      : {};
  return {
    creditor: creditorSchema.parse({
      name: move.successor,
      kind: subrogated ? 'guarantor-company' : 'servicer',
      ...(subrogated ? {} : { originalCreditor: { name: creditor.name, kind: originalKind } }),
      note: `${creditor.name}から${subrogated ? '代位弁済' : '債権譲渡'}(${move.date})`,
    }),
    contract: contractSchema.parse({ label: `${creditor.name}の債権`, claimedBalance: claimed > 0 ? claimed : null, ...kept }),
  };
}
