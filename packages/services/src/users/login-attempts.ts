// Where the login throttle keeps its counts: in the database, so that every server process on it
// (`wakai serve --workers N`, or several instances behind a proxy) counts the same failures.
import {
  addKnownLoginDevice,
  addLoginFailures,
  dropLatestLoginFailure,
  forgetLoginFailures,
  isKnownLoginDevice,
  loginFailureTimes,
  removeLoginFailures,
} from '@wakai/db';
import type { ServiceContext } from '../context.js';

/** The throttle's memory: failures per key (times in ms, oldest first) and the devices each account logged in on. */
export interface LoginAttemptStore {
  /**
   * Counts an attempt against each key (a key whose last failure is at or before `forgetBefore` is
   * forgotten first); what to pass to `takeBack` if it is refused.
   */
  add(keys: readonly string[], at: number, forgetBefore: number): Promise<unknown>;
  takeBack(added: unknown): Promise<void>;
  /** Each key's failures, oldest first. */
  times(keys: readonly string[]): Promise<Map<string, number[]>>;
  forget(key: string): Promise<void>;
  dropLatest(key: string): Promise<void>;
  knows(device: string, account: string): Promise<boolean>;
  remember(device: string, account: string): Promise<void>;
}

/** The store of one throttle (`scope`: logins, invitations …): each counts its own failures. */
export function databaseLoginAttempts(ctx: ServiceContext, scope = 'login'): LoginAttemptStore {
  const { db } = ctx;
  const scoped = (key: string) => `${scope}:${key}`;
  return {
    add: (keys, at, forgetBefore) => addLoginFailures(db, keys.map(scoped), at, forgetBefore),
    takeBack: (added) => removeLoginFailures(db, added as string[]),
    times: async (keys) => {
      const found = await loginFailureTimes(db, keys.map(scoped));
      return new Map(keys.map((key) => [key, found.get(scoped(key)) ?? []]));
    },
    forget: (key) => forgetLoginFailures(db, scoped(key)),
    dropLatest: (key) => dropLatestLoginFailure(db, scoped(key)),
    knows: (device, account) => isKnownLoginDevice(db, device, account),
    remember: (device, account) => addKnownLoginDevice(db, device, account),
  };
}
