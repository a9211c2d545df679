// A login's password check on an office server. An unknown e-mail is checked against a dummy hash,
// so that it takes as long as a wrong password (a quick answer would tell which e-mails have
// accounts); a disabled account answers as a wrong password does, after the same work.
import { findUserForLogin, type User } from '@wakai/db';
import argon2 from 'argon2';
import { z } from 'zod';
import { AppError, checked } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { hashPassword } from './users.js';

export const loginSchema = z.object({
  email: z.string({ error: 'メールアドレスを入力してください' }).email({ error: 'メールアドレスの形式が正しくありません' }),
  password: z.string({ error: 'パスワードを入力してください' }).min(1, { error: 'パスワードを入力してください' }),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** The body of a login, checked (the e-mail is needed before the password, by the throttle). */
export function loginInput(body: unknown): LoginInput {
  return checked(loginSchema, body);
}

/**
 * Checks e-mails and passwords; made once per server, so that the dummy hash is ready before the
 * first login (making it then would itself tell that the e-mail is unknown).
 */
export function passwordLogins(ctx: ServiceContext) {
  const dummy = crypto.getRandomValues(new Uint8Array(32));
  const dummyHash = hashPassword(btoa(String.fromCharCode(...dummy)));
  return async ({ email, password }: LoginInput): Promise<User> => {
    const found = await findUserForLogin(ctx.db, email);
    const valid = await argon2.verify(found?.passwordHash ?? (await dummyHash), password);
    if (!found?.passwordHash || !valid || found.disabled) throw new AppError('unauthenticated', 'メールアドレスまたはパスワードが違います');
    const { passwordHash: _, disabled: _d, ...user } = found;
    return user;
  };
}
