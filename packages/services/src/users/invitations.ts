// The debtor invited to their case: the office makes a one-time link (a random token, kept only as
// its hash, valid 7 days, used once); the debtor opens it and sets a password, which makes their
// account (role 債務者) and shares the case with them.
import { createHash, randomBytes } from 'node:crypto';
import { addCaseMember, createUser, findOpenInvitation, findUserForLogin, insertInvitation, type User, useInvitation } from '@wakai/db';
import { z } from 'zod';
import { caseOf } from '../access.js';
import { AppError, checked } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { displayNameSchema, emailSchema, passwordSchema } from './password-rules.js';
import { emailTaken, hashPassword } from './users.js';

const INVITATION_DAYS = 7;

export const invitationTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const invitationSchema = z.object({ email: emailSchema, displayName: displayNameSchema });

/** A new invitation; the token is returned once, here, and never stored. */
export async function inviteDebtor(ctx: ServiceContext, { user, caseId, input }: { user: User; caseId: string; input: unknown }) {
  if (user.isLocal)
    throw new AppError(
      'forbidden',
      '招待は、ログインのある事務所サーバー(PostgreSQL)でのみ使えます。この端末だけのときは案件ファイルを渡してください',
    );
  const stored = await caseOf(ctx.db, user, caseId, 'owner');
  const { email, displayName } = checked(invitationSchema, input);
  if (await findUserForLogin(ctx.db, email)) throw emailTaken();
  const token = randomBytes(32).toString('base64url');
  const invitation = await ctx.db.transaction().execute(async (trx) => {
    const made = await insertInvitation(trx, {
      caseId: stored.id,
      email,
      displayName,
      tokenHash: invitationTokenHash(token),
      invitedBy: user.id,
      expiresAt: new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    // The invitation is part of the case's history (issue 18 #12); the token never is.
    await logChange(trx, ctx, user, {
      caseId: stored.id,
      action: 'create',
      kind: 'invitation',
      id: made.id,
      label: `${displayName}(${email})`,
    });
    return made;
  });
  return { ...invitation, token, path: `/invite/${token}` };
}

const invalid = () =>
  new AppError('notFound', 'この招待リンクは使えません(期限切れか、すでに使われています)。事務所に新しい招待を依頼してください');

/** What the invitation page shows before the password is set. */
export async function openInvitation(ctx: ServiceContext, { token }: { token: string }) {
  const found = await findOpenInvitation(ctx.db, invitationTokenHash(token), ctx.now());
  if (!found) throw invalid();
  return { email: found.email, displayName: found.displayName, expiresAt: found.expiresAt };
}

export const acceptSchema = z.object({ password: passwordSchema });

/** Tokens whose password is being hashed: a second request with one waits for nothing and is refused. */
const accepting = new Set<string>();

/**
 * The debtor's password: the invitation used (once), the account made and the case shared, together.
 * The token is checked before the password is hashed (argon2 costs ~0.1 s of CPU and 19 MB): an
 * unknown, used or expired token costs one indexed read, and one token hashes one password at a time.
 */
export async function acceptInvitation(ctx: ServiceContext, { token, body }: { token: string; body: unknown }) {
  const tokenHash = invitationTokenHash(token);
  if (accepting.has(tokenHash) || !(await findOpenInvitation(ctx.db, tokenHash, ctx.now()))) throw invalid();
  const { password } = checked(acceptSchema, body);
  accepting.add(tokenHash);
  try {
    const passwordHash = await hashPassword(password);
    return await ctx.db.transaction().execute(async (trx) => {
      const invitation = await useInvitation(trx, tokenHash, ctx.now());
      if (!invitation) throw invalid();
      if (await findUserForLogin(trx, invitation.email)) throw emailTaken();
      const debtor = await createUser(trx, { email: invitation.email, displayName: invitation.displayName, passwordHash, role: 'debtor' });
      await addCaseMember(trx, invitation.caseId, debtor.id);
      // The debtor's first step into the case is part of its history, by the debtor (issue 18 #12).
      await logChange(trx, ctx, debtor, {
        caseId: invitation.caseId,
        action: 'update',
        kind: 'invitation',
        id: invitation.id,
        label: `${debtor.displayName}(${debtor.email})`,
        changes: [{ field: 'accepted', from: false, to: true }],
      });
      return { email: debtor.email };
    });
  } finally {
    accepting.delete(tokenHash);
  }
}
