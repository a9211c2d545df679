// The people a case is shared with: staff its owner assigns (staff see only the cases assigned to
// them), and the debtor who accepted the case's invitation. Only the case's owner changes them.
import { addCaseMember, getUser, listCaseMembers, listInvitations, listUsers, removeCaseMember, touchCase, type User } from '@wakai/db';
import { z } from 'zod';
import { caseOf, requireOwnerRole } from '../access.js';
import { AppError, checked, notFound } from '../app-error.js';
import { logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';

export async function caseMembers(ctx: ServiceContext, { user, caseId }: { user: User; caseId: string }) {
  const stored = await caseOf(ctx.db, user, caseId, 'office');
  const invitations = await listInvitations(ctx.db, stored.id);
  return { members: await listCaseMembers(ctx.db, stored.id), invitations };
}

export const assignSchema = z.object({ userId: z.uuid({ error: '担当者を選んでください' }) });

export async function assignStaff(ctx: ServiceContext, { user, caseId, input }: { user: User; caseId: string; input: unknown }) {
  const stored = await caseOf(ctx.db, user, caseId, 'owner');
  const { userId } = checked(assignSchema, input);
  const staff = await getUser(ctx.db, userId);
  if (staff?.role !== 'staff')
    throw new AppError('validation', '事務員のアカウントだけを担当にできます', {
      fields: [{ path: ['userId'], message: '事務員を選んでください' }],
    });
  await ctx.db.transaction().execute(async (trx) => {
    await addCaseMember(trx, stored.id, staff.id);
    await touchCase(trx, stored.id);
    // Who may read the case is part of its history (issue 18 #12: assignments were not logged).
    await logChange(trx, ctx, user, {
      caseId: stored.id,
      action: 'create',
      kind: 'member',
      id: staff.id,
      label: staff.displayName || staff.email,
    });
  });
  return { assigned: staff.id };
}

export async function unassignMember(ctx: ServiceContext, { user, caseId, userId }: { user: User; caseId: string; userId: string }) {
  const stored = await caseOf(ctx.db, user, caseId, 'owner');
  if (!z.uuid().safeParse(userId).success) throw notFound();
  const member = await getUser(ctx.db, userId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await removeCaseMember(trx, stored.id, userId))) throw notFound();
    const label = member ? member.displayName || member.email : userId;
    await logChange(trx, ctx, user, { caseId: stored.id, action: 'delete', kind: 'member', id: userId, label });
  });
  return { removed: userId };
}

/** The office's staff, for an owner choosing whom to assign. */
export async function staffAccounts(ctx: ServiceContext, { user }: { user: User }) {
  requireOwnerRole(user);
  return (await listUsers(ctx.db, 'staff')).filter((account) => !account.disabled);
}
