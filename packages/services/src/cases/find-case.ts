// A case named on the command line: by its id (or the start of it), the debtor's name or the title.
import { getCase, listCases, type StoredCase, type User } from '@wakai/db';
import { AppError } from '../app-error.js';
import type { ServiceContext } from '../context.js';

export async function findCase(ctx: ServiceContext, { user, wanted }: { user: User; wanted: string }): Promise<StoredCase> {
  const matches = (await listCases(ctx.db, user.id)).filter(
    (c) => c.id.startsWith(wanted) || c.debtorName.includes(wanted) || c.title.includes(wanted),
  );
  if (matches.length !== 1)
    throw new AppError(
      'notFound',
      matches.length === 0
        ? `案件が見つかりません: ${wanted}(wakai cases で一覧を表示)`
        : `案件が${matches.length}件あります。IDで指定してください`,
      { problems: [matches.length === 0 ? `no such case: ${wanted} (see wakai cases)` : `${matches.length} cases match; give the id`] },
    );
  return (await getCase(ctx.db, (matches[0] as { id: string }).id)) as StoredCase;
}
