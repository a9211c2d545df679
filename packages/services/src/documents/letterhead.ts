// The owner's letterhead: read (null until saved) and saved at the version it was read at. Staff read
// it (their cases' letters use their owner's, through the case); the debtor has none; only an owner saves.
import { letterheadSchema, withEdit } from '@wakai/core';
import { getLetterhead, saveLetterhead, type User } from '@wakai/db';
import { forbidden, requireOwnerRole } from '../access.js';
import { checked, conflict } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { editOf } from '../edit.js';

/** The letterhead of `ownerId` (a case's owner) or else of the user. */
export async function letterheadOf(ctx: ServiceContext, { user, ownerId }: { user: User; ownerId?: string }) {
  if (user.role === 'debtor') throw forbidden(user);
  const stored = await getLetterhead(ctx.db, ownerId ?? user.id);
  return { letterhead: stored?.letterhead ?? null, version: stored?.version ?? null };
}

export async function saveLetterheadOf(ctx: ServiceContext, { user, body }: { user: User; body: unknown }) {
  requireOwnerRole(user);
  const edit = editOf(body, { firstSave: true });
  const stored = await getLetterhead(ctx.db, user.id);
  const letterhead = checked(letterheadSchema, withEdit(stored?.letterhead ?? {}, edit.fields));
  const version = await saveLetterhead(ctx.db, user.id, letterhead, edit.version);
  if (version === undefined) throw conflict();
  return { letterhead, version };
}
