// The login throttle (issue 18 item 17): per account and source, a wait that doubles past the
// limit, and a known device never held back by others' failures at its address.
import { describe, expect, it } from 'vitest';
import { loginThrottle } from './login-throttle.js';

const limits = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20 };
const minute = 60_000;

describe('loginThrottle', () => {
  it('makes attempts past the limit wait, the wait doubling with each failure, up to the window', async () => {
    const throttle = loginThrottle(limits);
    const attacker = { client: '203.0.113.9' };
    let now = 0;
    for (let n = 0; n < 5; n++) expect(await throttle.attempt('a@office.example', attacker, now)).toBeUndefined();
    // Each further attempt made as soon as it is let in: the waits double, never beyond the window.
    const waits: number[] = [];
    for (let n = 0; n < 7; n++) {
      const wait = (await throttle.attempt('a@office.example', attacker, now)) as number;
      waits.push(wait);
      now += wait * 1000;
      expect(await throttle.attempt('a@office.example', attacker, now)).toBeUndefined();
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
    // A day after the last failure, all is forgotten.
    now += 24 * 60 * minute + 1;
    for (let n = 0; n < 5; n++) expect(await throttle.attempt('a@office.example', attacker, now)).toBeUndefined();
  });

  it('holds back neither another source nor the known device of the same address', async () => {
    const throttle = loginThrottle(limits);
    const office = '198.51.100.7';
    // The owner logged in from this browser before: its device is known for the account.
    const device = throttle.newDevice();
    await throttle.attempt('a@office.example', { client: office, device }, 0);
    await throttle.succeeded('a@office.example', { client: office, device });
    // Someone behind the same proxy tries 20 accounts and the owner's 5 times.
    for (let n = 0; n < 15; n++) await throttle.attempt(`x${n}@office.example`, { client: office }, 1);
    for (let n = 0; n < 5; n++) await throttle.attempt('a@office.example', { client: office }, 1);
    expect(await throttle.attempt('a@office.example', { client: office }, 2)).toBeGreaterThan(0);
    expect(await throttle.attempt('b@office.example', { client: office }, 2)).toBeGreaterThan(0);
    // The owner's device, and the owner from home, are let through.
    expect(await throttle.attempt('a@office.example', { client: office, device }, 2)).toBeUndefined();
    expect(await throttle.attempt('a@office.example', { client: '192.0.2.1' }, 2)).toBeUndefined();
    // A device id is known only for the account that logged in on it.
    expect(await throttle.attempt('b@office.example', { client: office, device }, 2)).toBeGreaterThan(0);
  });
});
