// wakai payment CASE --creditor NAME --paid-on DATE --amount YEN [--note TEXT] [--confirm-time-barred]:
// records a payment made, as the payment form does. On a debt whose limitation may have run a
// payment is an acknowledgement (民法152条1項), so it is refused unless --confirm-time-barred is given.
import { formatYenWithUnit } from '@wakai/core';
import { recordPayment } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withServices } from './command-services.js';
import { creditorNamed } from './creditor-named.js';

const options = {
  data: { type: 'string' },
  owner: { type: 'string' },
  creditor: { type: 'string' },
  'paid-on': { type: 'string' },
  amount: { type: 'string' },
  note: { type: 'string' },
  'confirm-time-barred': { type: 'boolean' },
  today: { type: 'string' },
} as const;

export async function runPayment(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  if (positionals.length !== 1 || !values.creditor || !values['paid-on'] || values.amount === undefined)
    throw new CliError(
      '案件・債権者・支払日・支払額を指定してください(wakai payment 案件 --creditor 債権者名 --paid-on YYYY-MM-DD --amount 円)',
      'give a case, --creditor NAME, --paid-on YYYY-MM-DD and --amount YEN',
    );
  const wanted = values.creditor;
  const saved = await withServices(values, async (ctx, owner) => {
    const creditor = await creditorNamed(ctx, owner, { caseName: positionals[0] as string, wanted });
    const input = {
      paidOn: values['paid-on'],
      // The amount as typed: the payment schema reads and checks it (integer yen).
      amount: Number((values.amount as string).replaceAll(',', '')),
      note: values.note ?? '',
      ...(values['confirm-time-barred'] ? { confirmTimeBarred: true } : {}),
    };
    return { creditor, payment: await recordPayment(ctx, { user: owner, creditorId: creditor.id, input }) };
  });
  process.stdout.write(
    `${saved.creditor.name}: ${saved.payment.paidOn} ${formatYenWithUnit(saved.payment.amount)} の支払を記録しました / the payment was recorded\n`,
  );
  return 0;
}
