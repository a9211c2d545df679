import { readFileSync } from 'node:fs';
import {
  describeMarks,
  describeProblem,
  type HistoryImport,
  isImageFile,
  isPdfFile,
  isZipFile,
  markedRows,
  optionChoices,
  parseJapaneseDate,
  parseRatePercent,
  parseYen,
  RecalcInputError,
  type RecalcOptions,
  readHistoryCsv,
  recalcJsonChunks,
  recalculate,
  reviewCsv,
} from '@wakai/core/engine';
import { CliError } from './cli-error.js';
import { commandLine } from './command-line.js';
import { ledgerTable } from './ledger-table.js';
import { writeOutput } from './output-file.js';

const formats = ['table', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof formats)[number];

export async function runRecalc(argv: string[]): Promise<number> {
  const args = parseRecalcArgs(argv);
  const history = await readHistory(args.file, args.acceptMarked);
  const asOf = args.options.asOf ?? history.asOf;
  let result: ReturnType<typeof recalculate>;
  try {
    result = recalculate(history.transactions, { ...args.options, ...(asOf ? { asOf } : {}) });
  } catch (error) {
    if (error instanceof RecalcInputError) throw new CliError(`計算できません: ${error.ja}`, `cannot recalculate: ${error.message}`);
    throw error;
  }
  const dates = args.wareki ? 'wareki' : 'iso';
  let output: Iterable<string | Uint8Array>;
  if (args.format === 'json') output = recalcJsonChunks(result, { working: args.explain });
  else if (args.format === 'csv') output = (await import('@wakai/documents/csv')).ledgerCsvChunks(result, dates);
  else if (args.format === 'xlsx') output = [await (await import('@wakai/documents/xlsx')).ledgerXlsx(result, dates)];
  else output = ledgerTable(result, { dates, explain: args.explain });
  writeOutput(output, args.out, { binary: args.format === 'xlsx' });
  return 0;
}

interface RecalcArgs {
  file: string;
  options: Partial<RecalcOptions>;
  format: Format;
  out?: string;
  wareki: boolean;
  explain: boolean;
  /** Take a scan's marked cells as OCR read them (after checking them against the paper). */
  acceptMarked: boolean;
}

function parseRecalcArgs(argv: string[]): RecalcArgs {
  const { values, positionals } = commandLine(argv, argOptions);
  if (positionals.length !== 1) {
    throw new CliError('取引履歴のファイルを1つ指定してください(wakai recalc FILE)', 'give one history file (wakai recalc FILE)');
  }
  const options: Partial<RecalcOptions> = {};
  for (const [flag, key] of choiceFlags) {
    const value = values[flag];
    if (value === undefined) continue;
    const choices = optionChoices[key] as readonly string[];
    if (!choices.includes(value)) {
      throw new CliError(
        `--${flag} は ${choices.join(' / ')} のいずれかです: ${value}`,
        `--${flag} takes ${choices.join(' | ')}: ${value}`,
      );
    }
    (options as Record<string, string>)[key] = value;
  }
  if (values.rate !== undefined) {
    if (values.rate !== 'statutory' && values.rate !== 'contract') {
      const rate = parseRatePercent(values.rate);
      if (!rate.ok)
        throw new CliError(
          `--rate は statutory / contract / 年利(%) です: ${values.rate}`,
          `--rate takes statutory, contract or a percentage: ${values.rate}`,
        );
    }
    options.rate = values.rate;
  }
  if (values['as-of'] !== undefined) {
    const date = parseJapaneseDate(values['as-of']);
    if (!date.ok) throw new CliError(`--as-of の日付が正しくありません: ${values['as-of']}`, `--as-of is not a date: ${values['as-of']}`);
    options.asOf = date.value;
  }
  if (values['gap-days'] !== undefined) {
    if (!/^\d+$/.test(values['gap-days']))
      throw new CliError(`--gap-days は日数です: ${values['gap-days']}`, `--gap-days takes a number of days: ${values['gap-days']}`);
    options.gapDays = Number(values['gap-days']);
  }
  if (values['opening-balance'] !== undefined) {
    const amount = parseYen(values['opening-balance']);
    if (!amount.ok)
      throw new CliError(
        `--opening-balance は金額です: ${values['opening-balance']}`,
        `--opening-balance takes an amount: ${values['opening-balance']}`,
      );
    options.openingBalance = amount.value;
  }
  const format = values.format ?? 'table';
  if (!(formats as readonly string[]).includes(format)) {
    throw new CliError(`--format は ${formats.join(' / ')} のいずれかです: ${format}`, `--format takes ${formats.join(' | ')}: ${format}`);
  }
  return {
    file: positionals[0] as string,
    options,
    format: format as Format,
    ...(values.out === undefined ? {} : { out: values.out }),
    wareki: values.wareki === true,
    explain: values.explain === true,
    acceptMarked: values['accept-marked'] === true,
  };
}

const argOptions = {
  'as-of': { type: 'string' },
  rate: { type: 'string' },
  'year-basis': { type: 'string' },
  'first-day': { type: 'string' },
  rounding: { type: 'string' },
  'part-rounding': { type: 'string' },
  'overpayment-rate': { type: 'string' },
  'overpayment-order': { type: 'string' },
  netting: { type: 'string' },
  series: { type: 'string' },
  'gap-days': { type: 'string' },
  'opening-balance': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  wareki: { type: 'boolean' },
  explain: { type: 'boolean' },
  'accept-marked': { type: 'boolean' },
} as const;

const choiceFlags = [
  ['year-basis', 'yearBasis'],
  ['first-day', 'firstDay'],
  ['rounding', 'rounding'],
  ['part-rounding', 'partRounding'],
  ['overpayment-rate', 'overpaymentRate'],
  ['overpayment-order', 'overpaymentOrder'],
  ['netting', 'netting'],
  ['series', 'series'],
] as const satisfies readonly (readonly [keyof typeof argOptions, keyof typeof optionChoices])[];

/**
 * A zip is a workbook, `%PDF-` a PDF (read by OCR when it has no text), a PNG or JPEG a scan,
 * anything else a CSV; each reader is loaded only for its kind.
 */
async function readHistoryBytes(bytes: Uint8Array, acceptMarked: boolean): Promise<HistoryImport> {
  if (isZipFile(bytes)) return (await import('@wakai/documents/xlsx')).readHistoryXlsx(bytes);
  if (isPdfFile(bytes)) {
    const read = await (await import('@wakai/documents/pdf-import')).readHistoryPdf(bytes);
    if (read.ok || read.problems[0]?.code !== 'import.pdfNoText') return read;
    return readScan(bytes, acceptMarked);
  }
  if (isImageFile(bytes)) return readScan(bytes, acceptMarked);
  return readHistoryCsv(bytes);
}

/** A scan read by OCR: refused with the cells to check when any is marked, unless told to accept them. */
async function readScan(bytes: Uint8Array, acceptMarked: boolean): Promise<HistoryImport> {
  const { readHistoryScan } = await import('@wakai/documents/scan-import');
  const read = await readHistoryScan(bytes, {
    onPage: (page, total) => process.stderr.write(`OCR: ${page}/${total}ページ\n`),
  });
  if (!read.ok) return read;
  const marked = markedRows(read.review);
  if (marked.length > 0 && !acceptMarked) {
    throw new CliError(
      `読み取った${read.review.rows.length}行のうち${marked.length}行に確認が必要です。紙と照らして直したCSVを使うか、確認したうえで --accept-marked を付けてください(何も計算していません)`,
      `${marked.length} of ${read.review.rows.length} rows read need checking: correct them against the paper in a CSV, or give --accept-marked once checked (nothing was computed)`,
      marked.flatMap((row) => {
        const en = describeMarks(read.review, row, 'en');
        return describeMarks(read.review, row, 'ja').map((ja, i) => ({ ja, en: en[i] ?? '' }));
      }),
    );
  }
  return readHistoryCsv(new TextEncoder().encode(reviewCsv(read.review)));
}

async function readHistory(file: string, acceptMarked: boolean): Promise<Extract<HistoryImport, { ok: true }>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`ファイルを読めません: ${file}(${code ?? ''})`, `cannot read ${file} (${code ?? (error as Error).message})`);
  }
  const read = await readHistoryBytes(bytes, acceptMarked);
  if (read.ok) return read;
  const count = read.problems.length;
  throw new CliError(
    `${file} を読み込めません(${count}件の誤り。何も計算していません)`,
    `${file} was not read (${count} problem${count === 1 ? '' : 's'}; nothing was computed)`,
    read.problems.map((problem) => ({ ja: describeProblem(problem, 'ja'), en: describeProblem(problem, 'en') })),
  );
}
