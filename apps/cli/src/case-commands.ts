// wakai cases / export / import / user add: the case file and the users, from the command line.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { caseContentSchema, caseFile, caseFileSchema, fieldProblems } from '@wakai/core';
import {
  createUser,
  type Database,
  findUserForLogin,
  getCase,
  insertCaseContent,
  listCases,
  localUser,
  migrateToLatest,
  openDatabase,
  readCaseContent,
  type StoredCase,
  type User,
} from '@wakai/db';
import { checkCaseFileAttachments, hashPassword } from '@wakai/server';
import type { Kysely } from 'kysely';
import { CliError } from './cli-error.js';
import { databaseConfig } from './database-options.js';

const options = { data: { type: 'string' }, owner: { type: 'string' }, name: { type: 'string' } } as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`引数が正しくありません: ${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
}

export async function withDatabase<T>(dataFlag: string | undefined, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(databaseConfig(dataFlag));
  } catch (error) {
    throw new CliError(`データベースを開けません: ${(error as Error).message}`, `cannot open the database: ${(error as Error).message}`);
  }
  try {
    await migrateToLatest(opened.db);
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}

/** The local owner of an embedded install; on a server, the user named by --owner. */
export async function ownerOf(db: Kysely<Database>, owner: string | undefined): Promise<User> {
  if (!process.env.DATABASE_URL) return localUser(db);
  if (!owner) throw new CliError('--owner でメールアドレスを指定してください', 'give the owner with --owner EMAIL');
  const user = await findUserForLogin(db, owner);
  if (!user) throw new CliError(`利用者が見つかりません: ${owner}`, `no such user: ${owner}`);
  return user;
}

/** One case of the owner's, by id (or its start), debtor name or title. */
export async function findCase(db: Kysely<Database>, wanted: string, owner: string | undefined): Promise<StoredCase> {
  const user = await ownerOf(db, owner);
  const matches = (await listCases(db, user.id)).filter(
    (c) => c.id.startsWith(wanted) || c.debtorName.includes(wanted) || c.title.includes(wanted),
  );
  if (matches.length !== 1) {
    throw new CliError(
      matches.length === 0
        ? `案件が見つかりません: ${wanted}(wakai cases で一覧を表示)`
        : `案件が${matches.length}件あります。IDで指定してください`,
      matches.length === 0 ? `no such case: ${wanted} (see wakai cases)` : `${matches.length} cases match; give the id`,
    );
  }
  return (await getCase(db, (matches[0] as { id: string }).id)) as StoredCase;
}

export async function runCases(argv: string[]): Promise<number> {
  const { values } = parse(argv);
  await withDatabase(values.data, async (db) => {
    const owner = await ownerOf(db, values.owner);
    for (const item of await listCases(db, owner.id)) {
      process.stdout.write(`${item.id}  ${item.debtorName}  ${item.title}  (債権者 ${item.creditors})\n`);
    }
  });
  return 0;
}

export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (positionals.length !== 1) throw new CliError('案件を1つ指定してください(wakai export 案件ID)', 'give one case (wakai export CASE)');
  const file = await withDatabase(values.data, async (db) => {
    const stored = await findCase(db, positionals[0] as string, values.owner);
    const content = await readCaseContent(db, stored.id);
    return caseFile(caseContentSchema.parse(content), new Date().toISOString());
  });
  // Compact: indentation made files 2.6 times larger (past the web app's 20 MB import limit).
  process.stdout.write(`${JSON.stringify(file)}\n`);
  return 0;
}

export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (positionals.length !== 1)
    throw new CliError('案件ファイルを1つ指定してください(wakai import case.json)', 'give one case file (wakai import case.json)');
  const path = positionals[0] as string;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8'));
  } catch (error) {
    throw new CliError(`案件ファイルを読めません: ${path}`, `cannot read the case file ${path}: ${(error as Error).message}`);
  }
  const parsed = caseFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = fieldProblems(parsed.error);
    throw new CliError(
      `${path} は取り込めません(${problems.length}件の誤り。何も保存していません)`,
      `${path} was not imported (${problems.length} problems; nothing was saved)`,
      problems.map((p) => ({ ja: `${p.path.join('.')}: ${p.message}`, en: `${p.path.join('.')}: ${p.message}` })),
    );
  }
  // The attached files are checked as the web app's uploads are: one bad file refuses the whole file.
  const checkedFile = await checkCaseFileAttachments(parsed.data.case);
  if (!checkedFile.ok) {
    throw new CliError(
      `${path} は取り込めません(添付ファイルに${checkedFile.problems.length}件の誤り。何も保存していません)`,
      `${path} was not imported (${checkedFile.problems.length} bad attached files; nothing was saved)`,
      checkedFile.problems.map((p) => ({ ja: `${p.path.join('.')}: ${p.ja}`, en: `${p.path.join('.')}: ${p.en}` })),
    );
  }
  const content = checkedFile.content;
  const stored = await withDatabase(values.data, async (db) => insertCaseContent(db, (await ownerOf(db, values.owner)).id, content));
  process.stdout.write(`取り込みました / imported: ${stored.id}  ${stored.debtor.name}\n`);
  return 0;
}

/** wakai user add EMAIL --name NAME, the password from WAKAI_PASSWORD or standard input. */
export async function runUser(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [action, email] = positionals;
  if (action !== 'add' || !email)
    throw new CliError('使い方: wakai user add メールアドレス --name 氏名', 'usage: wakai user add EMAIL --name NAME');
  const password = process.env.WAKAI_PASSWORD ?? readFileSync(0, 'utf8').trim();
  if (password.length < 12) throw new CliError('パスワードは12文字以上にしてください', 'the password needs at least 12 characters');
  const user = await withDatabase(values.data, async (db) =>
    createUser(db, { email, displayName: values.name ?? email, passwordHash: await hashPassword(password) }),
  );
  process.stdout.write(`利用者を登録しました / user added: ${user.email}\n`);
  return 0;
}
