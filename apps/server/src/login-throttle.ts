// Password guessing is slowed per account and per client (IP): past a number of failed logins in a
// window, further attempts are refused (429) until the oldest failures leave the window, without
// checking the password. In memory: one server process, and a restart forgets (no Redis needed).

export interface LoginLimits {
  windowMs: number;
  perAccount: number;
  perClient: number;
}

export const defaultLoginLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20 };

/** Keys kept at most (an attacker inventing e-mails must not grow the map without end). */
const MAX_KEYS = 10_000;

export interface LoginThrottle {
  /**
   * Records an attempt before the password is checked (so that parallel guesses count too) and
   * returns the seconds to wait when the account or the client is over its limit (the attempt
   * is then not recorded and must be refused).
   */
  attempt(account: string, client: string, now?: number): number | undefined;
  /** A right password: the account's failures are forgotten, and this attempt is not held against the client. */
  succeeded(account: string, client: string): void;
}

export function loginThrottle(limits: LoginLimits = defaultLoginLimits): LoginThrottle {
  // key → times of failed (or not yet judged) attempts, oldest first.
  const attempts = new Map<string, number[]>();

  const recent = (key: string, now: number) => {
    const times = (attempts.get(key) ?? []).filter((time) => time > now - limits.windowMs);
    if (times.length > 0) attempts.set(key, times);
    else attempts.delete(key);
    return times;
  };
  // Over the limit: wait until enough of the oldest attempts have left the window.
  const waitMs = (times: number[], limit: number, now: number) =>
    times.length < limit ? 0 : (times[times.length - limit] as number) + limits.windowMs - now;

  const prune = (now: number) => {
    if (attempts.size <= MAX_KEYS) return;
    for (const key of [...attempts.keys()]) recent(key, now);
    for (const key of attempts.keys()) {
      if (attempts.size <= MAX_KEYS) break;
      attempts.delete(key);
    }
  };

  return {
    attempt(account, client, now = Date.now()) {
      const accountKey = `account:${account.toLowerCase()}`;
      const clientKey = `client:${client}`;
      const accountTimes = recent(accountKey, now);
      const clientTimes = recent(clientKey, now);
      const wait = Math.max(waitMs(accountTimes, limits.perAccount, now), waitMs(clientTimes, limits.perClient, now));
      if (wait > 0) return Math.ceil(wait / 1000);
      attempts.set(accountKey, [...accountTimes, now]);
      attempts.set(clientKey, [...clientTimes, now]);
      prune(now);
      return undefined;
    },
    succeeded(account, client) {
      attempts.delete(`account:${account.toLowerCase()}`);
      const clientTimes = attempts.get(`client:${client}`);
      clientTimes?.pop();
      if (clientTimes?.length === 0) attempts.delete(`client:${client}`);
    },
  };
}
