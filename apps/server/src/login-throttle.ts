// Password guessing is slowed without locking out the account's owner. Failed logins are counted
// per account and source (the client's address, or a device the account has logged in from
// before) and per source across accounts; past a limit, each further attempt must wait, the wait
// doubling with every failure up to the window (the attempt is then refused with 429, the password
// not checked). An attacker elsewhere, or on the office's own address, does not hold the owner's
// known device back: its failures count against that device alone. The counts live in a store: the
// database on a server (every process of `--workers N` counts the same failures), or this process's
// memory (tests, and the browser's own API).
import { randomBytes } from 'node:crypto';
import type { LoginAttemptStore } from '@wakai/services';

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
/** Keys kept at most in memory (an attacker inventing e-mails must not grow the maps without end). */
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
  attempt(account: string, source: LoginSource, now?: number): Promise<number | undefined>;
  /** A right password: this attempt is not held against anyone, and the device is known for the account from now on. */
  succeeded(account: string, source: LoginSource): Promise<void>;
  /** A new device id for a browser that has none. */
  newDevice(): string;
}

/** The counts in this process's memory, bounded. */
export function memoryLoginAttempts(): LoginAttemptStore {
  const failures = new Map<string, number[]>();
  const devices = new Map<string, Set<string>>();
  const bounded = <V>(map: Map<string, V>) => {
    for (const key of map.keys()) {
      if (map.size <= MAX_KEYS) break;
      map.delete(key);
    }
  };
  return {
    add: async (keys, at, forgetBefore) => {
      for (const key of keys) {
        const kept = failures.get(key) ?? [];
        failures.set(key, [...((kept.at(-1) ?? forgetBefore) > forgetBefore ? kept : []), at]);
      }
      bounded(failures);
      return { keys, at };
    },
    takeBack: async (added) => {
      const { keys, at } = added as { keys: string[]; at: number };
      for (const key of keys) {
        const times = failures.get(key) ?? [];
        const index = times.lastIndexOf(at);
        if (index >= 0) times.splice(index, 1);
      }
    },
    times: async (keys) => new Map(keys.map((key) => [key, [...(failures.get(key) ?? [])]])),
    forget: async (key) => {
      failures.delete(key);
    },
    dropLatest: async (key) => {
      failures.get(key)?.pop();
    },
    knows: async (device, account) => devices.get(device)?.has(account) === true,
    remember: async (device, account) => {
      devices.set(device, (devices.get(device) ?? new Set()).add(account));
      bounded(devices);
    },
  };
}

export function loginThrottle(limits: LoginLimits = defaultLoginLimits, store: LoginAttemptStore = memoryLoginAttempts()): LoginThrottle {
  /** Past `limit` failures, the wait since the last one doubles with each failure beyond it. */
  const waitMs = (times: number[], limit: number, now: number) => {
    if (times.length < limit) return 0;
    const wait = Math.min(FIRST_WAIT_MS * 2 ** (times.length - limit), limits.windowMs);
    return Math.max(0, (times.at(-1) as number) + wait - now);
  };
  const keysOf = async (account: string, { client, device }: LoginSource) => {
    const name = account.toLowerCase();
    const known = device !== undefined && (await store.knows(device, name));
    // A known device is its own source: the address it shares with others does not hold it back.
    return known
      ? [{ key: `device:${device}|${name}`, limit: limits.perAccount }]
      : [
          { key: `client:${client}|${name}`, limit: limits.perAccount },
          { key: `client:${client}`, limit: limits.perClient },
        ];
  };

  return {
    async attempt(account, source, now = Date.now()) {
      const keys = await keysOf(account, source);
      // Counted first, judged after: attempts made at once (on any process) see each other.
      const names = keys.map(({ key }) => key);
      const added = await store.add(names, now, now - REMEMBER_MS);
      const times = await store.times(names);
      // Judged on the failures before this one (its own is the latest).
      const wait = Math.max(...keys.map(({ key, limit }) => waitMs((times.get(key) ?? []).slice(0, -1), limit, now)));
      if (wait <= 0) return undefined;
      await store.takeBack(added);
      return Math.ceil(wait / 1000);
    },
    async succeeded(account, source) {
      const name = account.toLowerCase();
      for (const { key } of await keysOf(account, source)) {
        // The account's own failures from this source are forgotten; the address keeps the others'.
        if (key.endsWith(`|${name}`)) await store.forget(key);
        else await store.dropLatest(key);
      }
      if (source.device !== undefined) await store.remember(source.device, name);
    },
    newDevice: () => randomBytes(24).toString('base64url'),
  };
}
