// The scheduled refresh of the stored deadlines: every few minutes (and at start) each case's list for
// today and for tomorrow is brought up to date, so the first request after the day turns reads what
// is stored instead of computing every case. Several processes may run it at once: a list is stored
// only over an older one (case-deadline.repository.ts), so they only repeat work.
import { refreshDeadlineLists, type ServiceContext } from '@wakai/services';

/** Often enough that a case changed late in the evening is computed ahead before midnight. */
export const DEADLINE_REFRESH_MS = 10 * 60_000;

export interface ScheduledRefresh {
  /** Stops the timer and waits for a run under way (the database may then be closed). */
  stop: () => Promise<void>;
}

export function scheduleDeadlineRefresh(
  ctx: ServiceContext,
  { everyMs = DEADLINE_REFRESH_MS, log = (_: string) => {} } = {},
): ScheduledRefresh {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const computed = await refreshDeadlineLists(ctx);
        if (computed > 0) log(`deadlines: computed ${computed} case list(s) for today and tomorrow`);
      } catch (error) {
        // Never fatal: a stale list is computed when it is read.
        log(`deadlines: the scheduled refresh failed: ${(error as Error).message}`);
      }
    });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
