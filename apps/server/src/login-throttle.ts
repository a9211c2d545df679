// Password guessing is slowed without locking out the account's owner. Failed logins are counted
// per account and source (the client's address, or a device the account has logged in from
// before) and per source across accounts; past a limit, each further attempt must wait, the wait
// doubling with every failure up to the window (the attempt is then refused with 429, the password
// not checked). An attacker elsewhere, or on the office's own address, does not hold the owner's
// known device back: its failures count against that device alone. In memory: one server process,
// and a restart forgets (no Redis needed).
import { randomBytes } from 'node:crypto';

export interface LoginLimits {
  /** The longest wait between attempts past a limit. */
  windowMs: number;
  /** Failures of one account from one source before attempts must wait. */
  perAccount: number;
  /** Failures from one address (any accounts, from no known device) before attempts must wait. */
  perClient: number;
}

export const defaultLoginLimits: LoginLimits = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20 };

/** The first wait past a limit; each further failure doubles it (30 s, 1 min, 2 min … up to the window). */
const FIRST_WAIT_MS = 30_000;
/** Failures are forgotten this long after the last one (the waits keep doubling until then). */
const REMEMBER_MS = 24 * 60 * 60_000;
/** Keys kept at most (an attacker inventing e-mails must not grow the maps without end). */
const MAX_KEYS = 10_000;

/** Where an attempt comes from: the client's address, and the device id its browser holds, if any. */
export interface LoginSource {
  client: string;
  device?: string | undefined;
}

export interface LoginThrottle {
  /**
   * Records an attempt before the password is checked (so that parallel guesses count too) and
   * returns the seconds to wait when the account or the source is over its limit (the attempt is
   * then not recorded and must be refused).
   */
  attempt(account: string, source: LoginSource, now?: number): number | undefined;
  /** A right password: this attempt is not held against anyone, and the device is known for the account from now on. */
  succeeded(account: string, source: LoginSource): void;
  /** A new device id for a browser that has none. */
  newDevice(): string;
}

interface Failures {
  /** When each failed (or not yet judged) attempt was made, oldest first. */
  times: number[];
}

export function loginThrottle(limits: LoginLimits = defaultLoginLimits): LoginThrottle {
  const failures = new Map<string, Failures>();
  /** device id → the accounts that logged in on it. */
  const devices = new Map<string, Set<string>>();

  const recent = (key: string, now: number) => {
    const found = failures.get(key);
    const last = found?.times.at(-1);
    // Forgotten a day after the last failure.
    if (!found || last === undefined || last <= now - REMEMBER_MS) {
      failures.delete(key);
      return [];
    }
    return found.times;
  };
  /** Past `limit` failures, the wait since the last one doubles with each failure beyond it. */
  const waitMs = (times: number[], limit: number, now: number) => {
    if (times.length < limit) return 0;
    const wait = Math.min(FIRST_WAIT_MS * 2 ** (times.length - limit), limits.windowMs);
    return Math.max(0, (times.at(-1) as number) + wait - now);
  };
  const keysOf = (account: string, { client, device }: LoginSource) => {
    const name = account.toLowerCase();
    const known = device !== undefined && devices.get(device)?.has(name) === true;
    // A known device is its own source: the address it shares with others does not hold it back.
    return known
      ? [{ key: `device:${device}|${name}`, limit: limits.perAccount }]
      : [
          { key: `client:${client}|${name}`, limit: limits.perAccount },
          { key: `client:${client}`, limit: limits.perClient },
        ];
  };
  const bounded = <V>(map: Map<string, V>) => {
    for (const key of map.keys()) {
      if (map.size <= MAX_KEYS) break;
      map.delete(key);
    }
  };

  return {
    attempt(account, source, now = Date.now()) {
      const keys = keysOf(account, source);
      const wait = Math.max(...keys.map(({ key, limit }) => waitMs(recent(key, now), limit, now)));
      if (wait > 0) return Math.ceil(wait / 1000);
      for (const { key } of keys) failures.set(key, { times: [...recent(key, now), now] });
      bounded(failures);
      return undefined;
    },
    succeeded(account, source) {
      const name = account.toLowerCase();
      for (const { key } of keysOf(account, source)) {
        // The account's own failures from this source are forgotten; the address keeps the others'.
        if (key.endsWith(`|${name}`)) failures.delete(key);
        else failures.get(key)?.times.pop();
      }
      if (source.device !== undefined) {
        devices.set(source.device, (devices.get(source.device) ?? new Set()).add(name));
        bounded(devices);
      }
    },
    newDevice: () => randomBytes(24).toString('base64url'),
  };
}
