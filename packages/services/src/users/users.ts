// The people who use an office server: added with an argon2id-hashed password and a role, their
// password changed, disabled (their sessions end), listed; and the owner a CLI command acts for (the
// local owner of an embedded install, or the user it names on a server).
import {
  createUser,
  findUserForLogin,
  listUsers,
  localUser,
  type Role,
  roles,
  setPasswordHash,
  setUserDisabled,
  type User,
} from '@wakai/db';
import argon2 from 'argon2';
import { z } from 'zod';
import { AppError, checked } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { displayNameSchema, emailSchema, passwordSchema } from './password-rules.js';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export const roleLabels: Record<Role, string> = { lawyer: '弁護士', scrivener: '司法書士', staff: '事務員', debtor: '債務者' };

const newUserSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: z.enum(roles, { error: `役割は ${roles.join(' / ')} のどれかにしてください` }).default('lawyer'),
});

/** A new account; a second account with the same e-mail is refused, naming the field. */
export async function addUser(
  ctx: ServiceContext,
  input: { email: string; displayName: string; password: string; role?: string },
): Promise<User> {
  const user = checked(newUserSchema, input);
  if (await findUserForLogin(ctx.db, user.email)) throw emailTaken();
  return createUser(ctx.db, { ...user, passwordHash: await hashPassword(user.password) });
}

export const emailTaken = () =>
  new AppError('conflict', 'このメールアドレスの利用者はすでにいます', {
    fields: [{ path: ['email'], message: 'このメールアドレスの利用者はすでにいます' }],
  });

async function existingUser(ctx: ServiceContext, email: string) {
  const found = await findUserForLogin(ctx.db, email);
  if (!found || found.isLocal) throw new AppError('notFound', `利用者が見つかりません: ${email}`);
  return found;
}

/** A new password for the user with this e-mail (the CLI); their sessions end. */
export async function changePasswordOf(ctx: ServiceContext, { email, password }: { email: string; password: string }): Promise<void> {
  const found = await existingUser(ctx, email);
  const hash = await hashPassword(checked(passwordSchema, password));
  await ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, found.id, hash);
    await trx.deleteFrom('sessions').where('user_id', '=', found.id).execute();
  });
}

/** Disables (or, with `enabled`, enables again) the account; a disabled account cannot log in and its sessions end. */
export async function disableUser(ctx: ServiceContext, { email, enabled = false }: { email: string; enabled?: boolean }): Promise<User> {
  const found = await existingUser(ctx, email);
  await ctx.db.transaction().execute((trx) => setUserDisabled(trx, found.id, !enabled, ctx.now()));
  const { passwordHash: _, disabled: _d, ...user } = found;
  return user;
}

export function listAccounts(ctx: ServiceContext) {
  return listUsers(ctx.db);
}

/** Who a command acts for: the local owner of an embedded install, or on a server the user with this e-mail. */
export async function ownerFor(ctx: ServiceContext, { embedded, email }: { embedded: boolean; email?: string }): Promise<User> {
  if (embedded) return localUser(ctx.db);
  if (!email) throw new AppError('validation', '利用者のメールアドレスを指定してください');
  const user = await findUserForLogin(ctx.db, email);
  if (!user || user.disabled) throw new AppError('notFound', `利用者が見つかりません: ${email}`);
  const { passwordHash: _, disabled: _d, ...found } = user;
  return found;
}
