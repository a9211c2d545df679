import { civilDateInJapan } from '@wakai/core';

/** Today's civil date in Japan (the cases' law runs on Japanese dates whatever the server's zone). */
export function todayInJapan(now = new Date()): string {
  return civilDateInJapan(now);
}
