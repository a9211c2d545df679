// What `wakai help` prints, and each command's part of it for `wakai COMMAND --help`.

export const usage = `wakai — 債務整理の案件を正確に (Wakai: exact, explainable debt relief)

使い方 / usage:
  wakai serve [--port 3000] [--host 127.0.0.1] [--data DIR] [--workers N]
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
  wakai status CASE --creditor 債権者名 [--undo]
                                債権者の交渉の段階 (--undo: 直前の段階を取り消す。記録は残ります)
                                a creditor's steps (--undo: take the last step back; it stays in the history)
  wakai payment CASE --creditor 債権者名 --paid-on YYYY-MM-DD --amount 円 [--note メモ]
                                支払を記録 / record a payment made
                                --confirm-time-barred  時効の可能性がある債務への支払は承認となり、時効の援用が
                                できなくなるリスクを確認したうえで記録 / confirm that risk (民法152条1項)
  wakai deadlines [CASE] [--days 60] [--format table|json|ics] [--out FILE]
                                期限の一覧・カレンダー(.ics) / what is due, or an iCalendar file
  wakai document KIND CASE [--creditor NAME|all] [--contract LABEL] [--format pdf|docx|xlsx] [--out FILE]
                                書類を作成 (受任通知・計算書・和解提案書…) / make a document of the case
                                KIND: engagement-notice history-request recalc-statement offer-letter
                                settlement-agreement overpayment-claim limitation-notice creditor-list
                                household-budget asset-list negotiation-report preparation-sheet
                                (--sender office|debtor, --as-of, --reply-by, --pay-by, --payee-account,
                                 --payment-day, --procedure voluntary|bankruptcy|rehabilitation)
                                --confirm-time-barred  時効の可能性がある債務の和解提案書・和解契約書を、承認で
                                時効の援用ができなくなるリスクを確認したうえで作成 / confirm that risk for an
                                offer letter or agreement of a debt whose limitation may have run
                                --confirm-limitation-facts  時効援用通知: 足りない事実を確かめたうえで作成
                                / the missing limitation facts were checked
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
  wakai audit verify [--anchor FILE]
                                変更履歴の鎖(ハッシュ)を確かめる (--anchor: 前回の控えと照合し、控えを更新)
                                check every case's log along its hash chain (--anchor: against, then update, a saved anchor)
  wakai backup [--out FILE]     データベース全体をバックアップ (一貫した時点の内容、両エンジン共通の形式)
                                back up the whole database (one consistent snapshot; restores into either engine)
  wakai restore FILE [--force] [--owner EMAIL]
                                バックアップを空のデータベースに復元 (--force は今ある内容を消して置き換え)
                                restore a backup into an empty database (--force replaces what is there)
                                埋め込み版へは全案件がこの端末の利用者のものに、サーバーへは --owner の利用者のものに
                                (into embedded, every case becomes the local user's; into a server, --owner's)
  wakai help                    この説明 / this help

データ / data: DATABASE_URL があれば PostgreSQL、なければ --data か WAKAI_DATA_DIR か .wakai/data の PGlite
(DATABASE_URL selects a PostgreSQL server; otherwise embedded PGlite in --data, WAKAI_DATA_DIR or .wakai/data;
 on a server, cases / export / import take --owner EMAIL)

wakai recalc FILE (CSV: UTF-8 / Shift_JIS, XLSX, PDF, or a scan: PDF/PNG/JPEG read by OCR; '-' reads CSV from standard input)
  --as-of DATE              計算基準日まで利息を計算 / accrue interest to this date (2026-11-23, R8.11.23)
  --rate statutory|contract|N
                            利息制限法の上限 (既定) / ファイルの利率列 / 年N% (例 29.2)
  --year-basis calendar|fixed365|calendar-years-first   年日数 (既定 calendar: 閏年366日)
  --first-day none|first-loan|every-borrowing           初日算入 (既定 none: 片端)
  --rounding down|half-up|up                             円未満 (既定 down: 切捨て)
  --part-rounding sum-then-round|round-each              期間をまたぐ利息 (既定 sum-then-round)
  --overpayment-rate per-increment|by-accrual-date|by-overpayment-start|fixed-5
                            過払利息 5%/3% (既定 per-increment: 増加分ごとに発生時の利率)
  --overpayment-order oldest-first|newest-first          過払中の借入が消す過払金 (既定 oldest-first)
  --netting interest-first|principal-only|none           過払中の借入 (既定 interest-first)
  --series continuous|split                              一連計算 / 取引の分断 (既定 continuous)
  --gap-days N              分断を指摘する空白日数 (既定 365)
  --opening-balance YEN     冒頭残高 (既定 0)
  --format table|json|csv|xlsx   出力形式 (既定 table)
  --out FILE                ファイルに書き出す / write to FILE
  --wareki                  日付を和暦で表示 / show dates in 和暦
  --explain                 各行の計算過程を表示 / show every row's working
  --accept-marked           スキャンの要確認の欄を紙と照合済みとして使う / take a scan's marked cells as checked

終了コード / exit status: 0 成功 success, 2 入力の誤り bad input, 1 その他 other failure`;

/** The commands `main.ts` runs. */
export const commands = [
  'serve',
  'recalc',
  'cases',
  'export',
  'import',
  'plan',
  'prepare',
  'compare',
  'negotiation',
  'status',
  'payment',
  'deadlines',
  'document',
  'letterhead',
  'user',
  'audit',
  'backup',
  'restore',
  'help',
];

/** One command's usage: its lines of the list (with their continuation), recalc's options too. */
export function commandUsage(command: string): string {
  const lines = usage.split('\n');
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!new RegExp(`^  wakai ${command}( |$)`).test(lines[i] as string)) continue;
    own.push(lines[i] as string);
    while (/^ {4,}/.test(lines[i + 1] ?? '')) own.push(lines[++i] as string);
  }
  if (command === 'recalc') {
    const start = lines.findIndex((line) => line.startsWith('wakai recalc FILE'));
    const end = lines.findIndex((line) => line.startsWith('終了コード'));
    own.push('', ...lines.slice(start, end).filter((line, i, all) => line !== '' || i < all.length - 1));
  }
  const dataStart = lines.findIndex((line) => line.startsWith('データ / data'));
  const data = lines.slice(dataStart, lines.indexOf('', dataStart));
  const exit = lines.find((line) => line.startsWith('終了コード')) as string;
  return ['使い方 / usage:', ...own, '', ...(command === 'recalc' ? [] : [...data, '']), exit].join('\n');
}
