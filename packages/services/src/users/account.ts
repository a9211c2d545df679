// A signed-in user's own account: their sessions (listed, ended one by one) and their password
// (changed with the current one; every other session ends).
import { findUserForLogin, listSessions, revokeOtherSessions, revokeSession, setPasswordHash, type User } from '@wakai/db';
import argon2 from 'argon2';
import { z } from 'zod';
import { AppError, checked, notFound } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { passwordSchema } from './password-rules.js';
import { hashPassword } from './users.js';

const noPassword = () => new AppError('forbidden', 'この端末の利用者にはパスワードもログインもありません(事務所サーバーでのみ使えます)');

export async function sessionsOf(ctx: ServiceContext, { user, currentId }: { user: User; currentId?: string }) {
  if (user.isLocal) return [];
  return (await listSessions(ctx.db, user.id, ctx.now())).map((session) => ({ ...session, current: session.id === currentId }));
}

export async function endSession(ctx: ServiceContext, { user, sessionId }: { user: User; sessionId: string }) {
  if (user.isLocal) throw noPassword();
  if (!/^[0-9a-f-]{36}$/i.test(sessionId) || !(await revokeSession(ctx.db, user.id, sessionId))) throw notFound();
  return { deleted: sessionId };
}

export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: '今のパスワードを入力してください' }).min(1, { error: '今のパスワードを入力してください' }),
  newPassword: passwordSchema,
});

export async function changeOwnPassword(ctx: ServiceContext, { user, currentId, body }: { user: User; currentId?: string; body: unknown }) {
  if (user.isLocal) throw noPassword();
  const { currentPassword, newPassword } = checked(passwordChangeSchema, body);
  const found = await findUserForLogin(ctx.db, user.email);
  if (!found?.passwordHash || !(await argon2.verify(found.passwordHash, currentPassword)))
    throw new AppError('validation', '今のパスワードが違います', {
      fields: [{ path: ['currentPassword'], message: '今のパスワードが違います' }],
    });
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, hash);
    await revokeOtherSessions(trx, user.id, currentId);
  });
  return { changed: true };
}
