// A scanned history read by OCR as a job the page follows: started with the file, asked how far
// it is (pages read of the pages), cancelled at any time. What it read is only a review — the cells
// to check marked, each marked row with its line's image; the user corrects them and imports the
// corrected table like any file (importHistory), so nothing is saved from a scan unchecked.
import { describeProblem, isImageFile, isPdfFile } from '@wakai/core';
import type { User } from '@wakai/db';
import { contractOf } from '../access.js';
import { AppError } from '../app-error.js';
import type { ServiceContext } from '../context.js';

type ScanResult = Awaited<ReturnType<typeof import('@wakai/documents/scan-import')['readHistoryScanOffThread']>>;

interface ScanJob {
  id: string;
  userId: string;
  contractId: string;
  state: 'reading' | 'done' | 'failed' | 'cancelled';
  pagesRead: number;
  pages: number | null;
  result?: ScanResult;
  controller: AbortController;
  finishedAt?: number;
}

const jobs = new Map<string, ScanJob>();
/** A finished job's result is kept this long for the page to fetch, then dropped. */
const KEEP_MS = 60 * 60 * 1000;

export async function startHistoryScan(
  ctx: ServiceContext,
  { user, contractId, file }: { user: User; contractId: string; file: Uint8Array },
) {
  const contract = await contractOf(ctx.db, user, contractId, 'debtor');
  if (!isPdfFile(file) && !isImageFile(file)) {
    throw new AppError('validation', 'スキャンの読み取りにはPDF・PNG・JPEGのファイルを選んでください');
  }
  dropOldJobs();
  const job: ScanJob = {
    id: globalThis.crypto.randomUUID(),
    userId: user.id,
    contractId: contract.id,
    state: 'reading',
    pagesRead: 0,
    pages: null,
    controller: new AbortController(),
  };
  jobs.set(job.id, job);
  const reader = await import('@wakai/documents/scan-import');
  reader
    .readHistoryScanOffThread(file, {
      signal: job.controller.signal,
      onPage: (page, total) => {
        job.pagesRead = page;
        job.pages = total;
      },
    })
    .then(
      (result) => {
        job.result = result;
        job.state = 'done';
      },
      () => {
        job.state = job.controller.signal.aborted ? 'cancelled' : 'failed';
      },
    )
    .finally(() => {
      job.finishedAt = Date.now();
    });
  return view(job);
}

function jobOf(user: User, contractId: string, scanId: string): ScanJob {
  const job = jobs.get(scanId);
  if (!job || job.userId !== user.id || job.contractId !== contractId) throw new AppError('notFound', 'この読み取りは見つかりません');
  return job;
}

export async function historyScan(ctx: ServiceContext, { user, contractId, scanId }: { user: User; contractId: string; scanId: string }) {
  await contractOf(ctx.db, user, contractId, 'debtor');
  return view(jobOf(user, contractId, scanId));
}

export async function cancelHistoryScan(
  ctx: ServiceContext,
  { user, contractId, scanId }: { user: User; contractId: string; scanId: string },
) {
  await contractOf(ctx.db, user, contractId, 'debtor');
  const job = jobOf(user, contractId, scanId);
  if (job.state === 'reading') job.controller.abort();
  job.state = job.state === 'reading' ? 'cancelled' : job.state;
  return view(job);
}

function view(job: ScanJob) {
  const result = job.result;
  return {
    id: job.id,
    state: job.state,
    pagesRead: job.pagesRead,
    pages: job.pages,
    review: result?.ok ? result.review : null,
    lineImages: result?.ok ? result.lineImages : {},
    problems: result && !result.ok ? result.problems.map((problem) => ({ ...problem, ja: describeProblem(problem, 'ja') })) : [],
  };
}

function dropOldJobs() {
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_MS) jobs.delete(id);
}
