// The one creditor of a case a command names (--creditor NAME): refused, listing the case's
// creditors, when none or several match.
import { caseDetail, findCase, recordsNamed, type ServiceContext, type User } from '@wakai/services';
import { CliError } from './cli-error.js';

export async function creditorNamed(ctx: ServiceContext, owner: User, { caseName, wanted }: { caseName: string; wanted: string }) {
  const stored = await findCase(ctx, { user: owner, wanted: caseName });
  const { creditors } = await caseDetail(ctx, { user: owner, caseId: stored.id });
  const found = recordsNamed(creditors, wanted, (c) => c.name);
  const creditor = found.length === 1 ? found[0] : undefined;
  if (!creditor)
    throw new CliError(
      `債権者「${wanted}」${found.length === 0 ? 'がこの案件にありません' : `に当たる債権者が${found.length}社あります`}(${creditors.map((c) => c.name).join('、')})`,
      found.length === 0 ? `no creditor "${wanted}" in this case` : `${found.length} creditors match "${wanted}"`,
    );
  return creditor;
}
