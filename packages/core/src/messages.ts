// Every user-facing sentence of the core, in Japanese and English, keyed by a reason code.
// Callers keep the code and its parameters; they turn it into words only when they show it.

export type MessageCode = keyof typeof messages;
export type MessageParams = Record<string, string | number>;

const messages = {
  'amount.invalid': {
    ja: '金額として読めません: 「{value}」',
    en: 'not an amount: "{value}"',
  },
  'amount.negative': {
    ja: 'マイナスの金額は入力できません: 「{value}」',
    en: 'negative amounts are not allowed: "{value}"',
  },
  'amount.fraction': {
    ja: '円未満の端数は入力できません: 「{value}」',
    en: 'amounts must be whole yen: "{value}"',
  },
  'amount.tooLarge': {
    ja: '金額が大きすぎます(1件1兆円まで): 「{value}」',
    en: 'amount too large (at most 1,000,000,000,000 yen): "{value}"',
  },
  'date.empty': { ja: '日付がありません', en: 'the date is missing' },
  'date.unreadable': {
    ja: '日付として読めません: 「{value}」(例: 2001-01-15, 2001/1/15, H13.1.15, 平成13年1月15日)',
    en: 'not a date: "{value}" (e.g. 2001-01-15, 2001/1/15, H13.1.15, 平成13年1月15日)',
  },
  'date.impossible': {
    ja: '存在しない日付です: 「{value}」',
    en: 'no such date: "{value}"',
  },
  'date.outsideEra': {
    ja: '{era}{year}年{month}月{day}日は存在しません({era}は{first}から{last}まで)',
    en: '{era} {year}/{month}/{day} does not exist ({era} runs from {first} to {last})',
  },
  'rate.invalid': {
    ja: '利率として読めません: 「{value}」(例: 18, 29.2, 29.2%)',
    en: 'not a rate: "{value}" (e.g. 18, 29.2, 29.2%)',
  },
  'rate.tooPrecise': {
    ja: '利率は小数点以下4桁までです: 「{value}」',
    en: 'rates take at most 4 decimal places: "{value}"',
  },
  'import.empty': {
    ja: 'ファイルに取引がありません',
    en: 'the file holds no transactions',
  },
  'import.noHeader': {
    ja: '見出し行が見つかりません。日付の列(年月日・日付・取引日・date)と借入・返済の列が必要です',
    en: 'no header row found: a date column (年月日, 日付, 取引日, date) and a borrow or repay column are needed',
  },
  'import.duplicateColumn': {
    ja: '「{column}」の列が2つあります',
    en: 'the column "{column}" appears twice',
  },
  // The row rules (recalc/transaction-rules.ts): the same sentence from the importer, the case
  // file's schema and the web grid.
  'import.noAmount': {
    ja: '借入か返済のどちらかを入力してください',
    en: 'neither a borrowing nor a repayment is given',
  },
  'import.dateOrder': {
    ja: '取引日が前の行({previous})より前です',
    en: 'the date is earlier than the previous row ({previous}): out of date order',
  },
  'import.futureDate': {
    ja: '取引日({date})が今日({today})より後です',
    en: 'the date ({date}) is after today ({today})',
  },
  'import.flag': {
    ja: '「推定」欄は 1・○・推定・true のいずれか、または空欄にしてください: 「{value}」',
    en: 'the estimated column takes 1, ○, 推定, true or nothing: "{value}"',
  },
  'import.encoding': {
    ja: '文字コードを判別できません(UTF-8 または Shift_JIS のCSVにしてください)',
    en: 'unknown text encoding (use UTF-8 or Shift_JIS CSV)',
  },
  'import.csvSyntax': {
    ja: 'CSVの形式が正しくありません: {detail}',
    en: 'malformed CSV: {detail}',
  },
  'import.xlsxTooLarge': {
    ja: 'Excelファイルが大きすぎます(展開すると{size}MB。{limit}MBまで)。取引履歴の部分だけを保存し直してください',
    en: 'the Excel file is too large ({size} MB unpacked; at most {limit} MB): save only the transaction history',
  },
  'import.tooManyRows': {
    ja: 'シート「{sheet}」の行が多すぎます({limit}行まで。取引は20万件まで取り込めます)',
    en: 'the sheet "{sheet}" has too many rows (at most {limit}; a history takes at most 200,000 transactions)',
  },
  'import.xlsxDamaged': {
    ja: 'Excelファイルの形式が正しくありません(壊れているか、Excelのデータの前に別のデータがあります)。Excelで開いて保存し直してください',
    en: 'the Excel file is malformed (damaged, or other data stands before the workbook): open it in Excel and save it again',
  },
  'import.xlsxTooHeavy': {
    ja: 'Excelファイルを読むのに必要なメモリが多すぎるため、読みませんでした。取引履歴の部分だけを保存し直してください',
    en: 'reading the Excel file would take too much memory: save only the transaction history',
  },
  'import.pdf': {
    ja: 'PDFファイルを読めません: {detail}',
    en: 'cannot read the PDF file: {detail}',
  },
  'import.pdfNoText': {
    ja: 'スキャンした画像です(文字の情報がありません)。読み取り(OCR)で取り込んでください',
    en: 'this is a scanned image (no text layer): import it by OCR',
  },
  'import.scanNoTable': {
    ja: 'スキャン画像から取引履歴の表を読み取れませんでした(見出しの「年月日」「借入」「返済」などが読めません)。傾きや明るさを直して撮り直すか、CSVで入力してください',
    en: 'no history table could be read from the scan (the headers 年月日, 借入, 返済 … were not read): rescan it straighter or brighter, or type it as CSV',
  },
  'import.xlsx': {
    ja: 'Excelファイルを読めません: {detail}',
    en: 'cannot read the Excel file: {detail}',
  },
  'recalc.asOfBeforeLast': {
    ja: '計算基準日 {asOf} が最後の取引日 {last} より前です',
    en: 'the as-of date {asOf} is before the last transaction {last}',
  },
  'recalc.badOption': { ja: '計算条件が正しくありません: {detail}', en: 'bad option: {detail}' },
  'recalc.noContractRate': {
    ja: '約定利率がわかりません。利率を指定するか(--rate 29.2 など)、取引履歴に利率の列を設けてください',
    en: 'no contract rate: give a rate (e.g. --rate 29.2) or a rate column in the history',
  },
  'recalc.noContractRateInPage': {
    ja: '約定利率がわかりません。契約の内容で約定利率を入力するか、取引履歴に利率の列を設けてください',
    en: 'no contract rate: enter the contract rate in the contract details, or add a rate column to the history',
  },
  'recalc.dateOrder': { ja: '{row}行目: {date} が前の行より前です', en: 'row {row}: {date} is before the previous row' },
  'recalc.badDate': { ja: '{row}行目: 日付が正しくありません: {date}', en: 'row {row}: not a date: {date}' },
  'recalc.badAmount': {
    ja: '{row}行目: 金額は0以上の整数(円)にしてください: {amount}',
    en: 'row {row}: amounts must be whole yen ≥ 0: {amount}',
  },
  'recalc.legalRateUnknown': {
    ja: '{date} の法定利率はまだ公表されていないため、過払利息を計算できません',
    en: 'no legal interest rate is published for {date}, so 過払利息 cannot be computed',
  },
  'recalc.openingRepayment': {
    ja: '取引が返済から始まっています。それ以前の残高を0として計算しました(冒頭ゼロ計算)。冒頭残高がわかる場合は指定してください',
    en: 'the history starts with a repayment: the earlier balance was taken as 0 (冒頭ゼロ); give the opening balance if it is known',
  },
  'recalc.estimatedRows': {
    ja: '推定の取引が{count}行含まれています(推定計算)',
    en: '{count} estimated rows are included (推定計算)',
  },
  'recalc.gap': {
    ja: '{from} から {to} まで {days} 日間取引がありません(基準 {threshold} 日超)。取引の分断が争われる可能性があります',
    en: 'no transaction for {days} days from {from} to {to} (over {threshold}); the lender may argue the series is split',
  },
  'recalc.limitation': {
    ja: '第{series}取引の過払金は、最終取引日 {end} から10年の {date} に時効を迎える目安です。早めの請求をご検討ください',
    en: 'series {series}: the overpayment claim is expected to become time-barred on {date}, 10 years after the last transaction on {end}',
  },
  'recalc.limitationPassed': {
    ja: '第{series}取引の過払金は、最終取引日 {end} から10年({date})が経過しており、時効の援用があれば請求できない可能性があります',
    en: 'series {series}: 10 years have passed since the last transaction on {end} ({date}); the claim may be time-barred if limitation is invoked',
  },
  'plan.fits': { ja: '家計の範囲で返せる見込みです', en: 'the budget can carry the plan' },
  'plan.short': { ja: '毎月 {amount} 足りません', en: 'each month is {amount} short' },
  'plan.shortWithPeak': {
    ja: '毎月 {amount} 足りません({when}は {peak} 足りません)',
    en: 'each month is {amount} short ({when}: {peak} short)',
  },
  'plan.shortPeakOnly': {
    ja: '毎月の額は払えますが、{when}({total})は {amount} 足りません',
    en: 'the regular month fits, but {when} ({total}) is {amount} short',
  },
  'plan.tooLong': { ja: '{max}回を超える債権者があります', en: 'a creditor would need more than {max} installments' },
} satisfies Record<string, { ja: string; en: string }>;

export type Language = 'ja' | 'en';

/** Every reason code (for checks over all the sentences). */
export const messageCodes = Object.keys(messages) as MessageCode[];

/** The sentence for a reason code, with `{name}` placeholders filled in. */
export function messageText(code: MessageCode, params: MessageParams = {}, language: Language = 'ja'): string {
  return messages[code][language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
