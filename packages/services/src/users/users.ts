// The people who use an office server: added with an argon2id-hashed password; the owner a CLI
// command acts for (the local owner of an embedded install, or the user it names on a server).
import { createUser, findUserForLogin, localUser, type User } from '@wakai/db';
import argon2 from 'argon2';
import { z } from 'zod';
import { AppError, checked } from '../app-error.js';
import type { ServiceContext } from '../context.js';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

const newUserSchema = z.object({
  email: z.string().email({ error: 'メールアドレスの形式が正しくありません' }),
  displayName: z.string().trim().min(1, { error: '氏名を入力してください' }).max(100),
  password: z.string().min(12, { error: 'パスワードは12文字以上にしてください' }),
});

export async function addUser(ctx: ServiceContext, input: { email: string; displayName: string; password: string }): Promise<User> {
  const user = checked(newUserSchema, input);
  return createUser(ctx.db, { email: user.email, displayName: user.displayName, passwordHash: await hashPassword(user.password) });
}

/** Who a command acts for: the local owner of an embedded install, or on a server the user with this e-mail. */
export async function ownerFor(ctx: ServiceContext, { embedded, email }: { embedded: boolean; email?: string }): Promise<User> {
  if (embedded) return localUser(ctx.db);
  if (!email) throw new AppError('validation', '利用者のメールアドレスを指定してください');
  const user = await findUserForLogin(ctx.db, email);
  if (!user) throw new AppError('notFound', `利用者が見つかりません: ${email}`);
  const { passwordHash: _, ...found } = user;
  return found;
}
