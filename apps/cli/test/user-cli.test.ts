// wakai user add|list|passwd|disable|enable on an embedded folder, as an office administrator runs them:
// roles, the password rules, and a disabled account listed as such.
import { expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

const good = 'a long office passphrase\n';

// Each run opens the folder's database (a few seconds on a busy machine): the steps go in three tests.
const data = folderWith({});
const run = (args: string[], input = good) => wakai(['user', ...args, '--data', data], input);

it('adds users with roles, and refuses weak or common passwords and bad e-mails', () => {
  expect(run(['add', 'owner@office.example', '--name', '山田 太郎', '--role', 'scrivener']).stdout).toContain('(司法書士)');
  expect(run(['add', 'staff@office.example', '--name', '佐藤', '--role', 'staff']).status).toBe(0);
  const weak = run(['add', 'x@office.example', '--name', 'X'], 'short pass\n');
  expect([weak.status, weak.stderr]).toEqual([2, expect.stringContaining('パスワードは12文字以上にしてください')]);
  const common = run(['add', 'y@office.example', '--name', 'Y'], '1qaz2wsx3edc\n');
  expect([common.status, common.stderr]).toEqual([2, expect.stringContaining('よく使われていて')]);
  const badEmail = run(['add', 'not-mail', '--name', 'Z']);
  expect([badEmail.status, badEmail.stderr]).toEqual([2, expect.stringContaining('メールアドレスの形式が正しくありません')]);
});

it('refuses a second account for an e-mail, changes a password and disables an account', () => {
  const twice = run(['add', 'STAFF@office.example', '--name', '佐藤']);
  expect(twice.stderr).toContain('このメールアドレスの利用者はすでにいます');
  expect(run(['add', 'd@office.example', '--name', 'D', '--role', 'debtor']).stderr).toContain('招待');
  expect(run(['passwd', 'staff@office.example'], 'another long passphrase\n').status).toBe(0);
  expect(run(['disable', 'staff@office.example']).status).toBe(0);
  expect(run(['passwd', 'nobody@office.example']).stderr).toContain('利用者が見つかりません');
});

it('lists the accounts with their roles, a disabled one marked', () => {
  expect(run(['list']).stdout).toBe(
    'owner@office.example  山田 太郎  司法書士 (scrivener)\nstaff@office.example  佐藤  事務員 (staff)  無効 / disabled\n',
  );
  expect(run(['enable', 'staff@office.example']).status).toBe(0);
  expect(run(['list']).stdout).not.toContain('無効');
});
