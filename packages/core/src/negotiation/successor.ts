// 代位弁済 / 債権譲渡: the debt passes to another company (a guarantor company that paid the bank, a
// servicer that bought it), which the negotiation then starts with from the beginning. What the
// claim was stays with it; the history stays with the original creditor.
import { type ContractInput, type CreditorInput, contractSchema, creditorSchema } from '../case/case-schema.js';
import type { CivilDate } from '../civil-date.js';
import type { Yen } from '../money.js';
import type { NegotiationStatus } from './negotiation-status.js';

/** The creditor and contract a step to 代位弁済 or 債権譲渡 brings in; undefined for any other step. */
export function successorOf(
  creditor: { name: string; contracts: readonly { claimedBalance: Yen | null }[] },
  move: { to: NegotiationStatus; date: CivilDate; successor: string },
): { creditor: CreditorInput; contract: ContractInput } | undefined {
  if (move.to !== 'subrogated' && move.to !== 'assigned') return undefined;
  const subrogated = move.to === 'subrogated';
  const claimed = creditor.contracts.reduce((sum, k) => sum + (k.claimedBalance ?? 0), 0);
  return {
    creditor: creditorSchema.parse({
      name: move.successor,
      kind: subrogated ? 'guarantor-company' : 'servicer',
      note: `${creditor.name}から${subrogated ? '代位弁済' : '債権譲渡'}(${move.date})`,
    }),
    contract: contractSchema.parse({ label: `${creditor.name}の債権`, claimedBalance: claimed > 0 ? claimed : null }),
  };
}
