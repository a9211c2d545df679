import { CliError } from './cli-error.js';

const usage = `wakai — 債務整理の案件を正確に (Wakai: exact, explainable debt relief)

使い方 / usage:
  wakai serve [--port 3000] [--host 127.0.0.1] [--data DIR]
                                Web画面とAPIを起動 / run the web app and API
  wakai recalc FILE [options]   取引履歴の引き直し計算 / recalculate a transaction history
  wakai cases                   案件の一覧 / list the cases
  wakai export CASE > case.json 案件ファイルを書き出す / write a case file
  wakai import case.json        案件ファイルを取り込む / import a case file
  wakai plan CASE [--installments 36] [--margin 0] [--floor 0] [--format table|json]
                                任意整理の返済計画 / the voluntary-settlement plan
  wakai plan CASE --exclude 債権者名   その債権者を和解案から外す / leave a creditor out of the plan
  wakai prepare CASE --creditor 債権者名 [--format table|json]
                                連絡の前の準備シート / the preparation sheet before a contact
  wakai compare CASE [--installments 36] [--margin 0] [--format table|json]
                                4つの手続の比較と注意点 / the four procedures compared, and the risks
  wakai negotiation CASE [--format table|json]
                                債権者ごとの交渉の状況 / where each creditor's negotiation stands
  wakai deadlines [CASE] [--days 60] [--format table|json|ics] [--out FILE]
                                期限の一覧・カレンダー(.ics) / what is due, or an iCalendar file
  wakai document KIND CASE [--creditor NAME|all] [--contract LABEL] [--format pdf|docx|xlsx] [--out FILE]
                                書類を作成 (受任通知・計算書・和解提案書…) / make a document of the case
                                KIND: engagement-notice history-request recalc-statement offer-letter
                                settlement-agreement overpayment-claim limitation-notice creditor-list
                                household-budget asset-list negotiation-report preparation-sheet
                                (--sender office|debtor, --as-of, --reply-by, --pay-by, --payee-account,
                                 --payment-day, --procedure voluntary|bankruptcy|rehabilitation)
  wakai letterhead [letterhead.json]
                                事務所の情報(レターヘッド)を表示・保存 / show or save the office's letterhead
                                (office, profession lawyer|scrivener, agent, registrationNumber, postcode,
                                 address, tel, fax, person)
  wakai user add EMAIL --name NAME [--role lawyer|scrivener|staff]
                                事務所サーバーの利用者を登録 (パスワードは WAKAI_PASSWORD か標準入力)
                                add an office user (password from WAKAI_PASSWORD or standard input;
                                12文字以上、よく使われるものは不可 / 12+ characters, not a common one)
  wakai user passwd EMAIL       パスワードを変更 / change a password (its sessions end)
  wakai user disable|enable EMAIL
                                利用者を無効・有効に / disable (its sessions end) or enable again
  wakai user list               利用者の一覧 / list the users with their roles
  wakai audit CASE [--limit 50] [--format table|json]
                                案件の変更履歴(新しい順) / who changed what in the case, newest first
  wakai backup [--out FILE]     データベース全体をバックアップ (一貫した時点の内容、両エンジン共通の形式)
                                back up the whole database (one consistent snapshot; restores into either engine)
  wakai restore FILE [--force]  バックアップを空のデータベースに復元 (--force は今ある内容を消して置き換え)
                                restore a backup into an empty database (--force replaces what is there)
  wakai help                    この説明 / this help

データ / data: DATABASE_URL があれば PostgreSQL、なければ --data か WAKAI_DATA_DIR か .wakai/data の PGlite
(DATABASE_URL selects a PostgreSQL server; otherwise embedded PGlite in --data, WAKAI_DATA_DIR or .wakai/data;
 on a server, cases / export / import take --owner EMAIL)

wakai recalc FILE (CSV: UTF-8 / Shift_JIS, or XLSX; '-' reads CSV from standard input)
  --as-of DATE              計算基準日まで利息を計算 / accrue interest to this date (2026-11-23, R8.11.23)
  --rate statutory|contract|N
                            利息制限法の上限 (既定) / ファイルの利率列 / 年N% (例 29.2)
  --year-basis calendar|fixed365|calendar-years-first   年日数 (既定 calendar: 閏年366日)
  --first-day none|first-loan|every-borrowing           初日算入 (既定 none: 片端)
  --rounding down|half-up|up                             円未満 (既定 down: 切捨て)
  --part-rounding sum-then-round|round-each              期間をまたぐ利息 (既定 sum-then-round)
  --overpayment-rate by-accrual-date|by-overpayment-start|fixed-5
                                                         過払利息 5%/3% (既定 by-accrual-date)
  --netting interest-first|principal-only|none           過払中の借入 (既定 interest-first)
  --series continuous|split                              一連計算 / 取引の分断 (既定 continuous)
  --gap-days N              分断を指摘する空白日数 (既定 365)
  --opening-balance YEN     冒頭残高 (既定 0)
  --format table|json|csv|xlsx   出力形式 (既定 table)
  --out FILE                ファイルに書き出す / write to FILE
  --wareki                  日付を和暦で表示 / show dates in 和暦
  --explain                 各行の計算過程を表示 / show every row's working

終了コード / exit status: 0 成功 success, 2 入力の誤り bad input, 1 その他 other failure`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  // Each command loads only what it needs: `recalc` must start fast, without the server or database.
  if (command === 'recalc') return (await import('./recalc-command.js')).runRecalc(rest);
  if (command === 'serve') return (await import('./serve-command.js')).runServe(rest);
  if (command === 'cases') return (await import('./case-commands.js')).runCases(rest);
  if (command === 'export') return (await import('./case-commands.js')).runExport(rest);
  if (command === 'import') return (await import('./case-commands.js')).runImport(rest);
  if (command === 'backup') return (await import('./backup-commands.js')).runBackup(rest);
  if (command === 'restore') return (await import('./backup-commands.js')).runRestore(rest);
  if (command === 'user') return (await import('./user-commands.js')).runUser(rest);
  if (command === 'plan') return (await import('./diagnosis-commands.js')).runPlan(rest);
  if (command === 'compare') return (await import('./diagnosis-commands.js')).runCompare(rest);
  if (command === 'prepare') return (await import('./prepare-command.js')).runPrepare(rest);
  if (command === 'negotiation') return (await import('./negotiation-commands.js')).runNegotiation(rest);
  if (command === 'deadlines') return (await import('./negotiation-commands.js')).runDeadlines(rest);
  if (command === 'document') return (await import('./document-command.js')).runDocument(rest);
  if (command === 'audit') return (await import('./audit-command.js')).runAudit(rest);
  if (command === 'letterhead') return (await import('./document-command.js')).runLetterhead(rest);
  throw new CliError(`不明なコマンドです: ${command}(wakai help を参照)`, `unknown command: ${command} (see wakai help)`);
}

/** The exit status, set again as the process exits: PGlite's runtime, failing to start, resets it to 0 a tick later. */
function exitWith(code: number) {
  process.exitCode = code;
  process.once('exit', () => {
    process.exitCode = code;
  });
}

main(process.argv.slice(2)).then(
  (code) => exitWith(code),
  async (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`エラー: ${error.ja}\n`);
      for (const detail of error.details) process.stderr.write(`  ${detail.ja}\n`);
      process.stderr.write(`error: ${error.en}\n`);
      for (const detail of error.details) process.stderr.write(`  ${detail.en}\n`);
      exitWith(2);
      return;
    }
    // A use case's refusal (bad input, no such case, a newer save): the user's to fix, exit 2.
    const { AppError } = await import('@wakai/services');
    if (error instanceof AppError && error.code !== 'internal') {
      process.stderr.write(`エラー: ${error.userMessage}\n`);
      for (const field of error.details.fields ?? []) process.stderr.write(`  ${field.path.join('.')}: ${field.message}\n`);
      process.stderr.write(`error: ${error.code}\n`);
      for (const problem of error.details.problems ?? [])
        process.stderr.write(`  ${typeof problem === 'string' ? problem : JSON.stringify(problem)}\n`);
      exitWith(2);
      return;
    }
    process.stderr.write(`内部エラー / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    exitWith(1);
  },
);
