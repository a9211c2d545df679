// wakai user add|disable|enable|passwd|list: the accounts of an office server, from the command line.
// A password comes from WAKAI_PASSWORD or standard input, never from the command line (it would
// stay in the shell's history and the process list).
import { readFileSync } from 'node:fs';
import { addUser, changePasswordOf, disableUser, listAccounts, roleLabels } from '@wakai/services';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { withContext } from './command-services.js';

const options = { data: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } as const;

const usage = {
  ja: '使い方: wakai user add メールアドレス --name 氏名 [--role lawyer|scrivener|staff] / disable|enable|passwd メールアドレス / list',
  en: 'usage: wakai user add EMAIL --name NAME [--role lawyer|scrivener|staff] / disable|enable|passwd EMAIL / list',
};

function password(): string {
  return process.env.WAKAI_PASSWORD ?? readFileSync(0, 'utf8').trim();
}

export async function runUser(argv: string[]): Promise<number> {
  const { values, positionals } = commandLine(argv, options);
  const [action, email] = positionals;
  if (action === 'list') {
    const accounts = await withContext(values, (ctx) => listAccounts(ctx));
    for (const account of accounts)
      process.stdout.write(
        `${account.email}  ${account.displayName}  ${roleLabels[account.role]} (${account.role})${account.disabled ? '  無効 / disabled' : ''}\n`,
      );
    return 0;
  }
  if (!email || !['add', 'disable', 'enable', 'passwd'].includes(action ?? '')) throw new CliError(usage.ja, usage.en);
  if (action === 'add') {
    // The debtor's account comes from the office's invitation (they choose their own password).
    if (values.role === 'debtor')
      throw new CliError('債務者のアカウントは、案件の画面から招待して作ります', 'a debtor account is made by inviting them from the case');
    const user = await withContext(values, (ctx) =>
      addUser(ctx, { email, displayName: values.name ?? email, password: password(), ...(values.role ? { role: values.role } : {}) }),
    );
    process.stdout.write(`利用者を登録しました / user added: ${user.email} (${roleLabels[user.role]})\n`);
  } else if (action === 'passwd') {
    await withContext(values, (ctx) => changePasswordOf(ctx, { email, password: password() }));
    process.stdout.write(`パスワードを変更しました(ログイン中の画面はすべてログアウト)/ password changed, sessions ended: ${email}\n`);
  } else {
    const enabled = action === 'enable';
    await withContext(values, (ctx) => disableUser(ctx, { email, enabled }));
    process.stdout.write(
      enabled
        ? `有効にしました / enabled: ${email}\n`
        : `無効にしました(ログイン中の画面もログアウト)/ disabled, sessions ended: ${email}\n`,
    );
  }
  return 0;
}
