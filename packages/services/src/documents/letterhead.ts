// The owner's letterhead: read (null until saved) and saved at the version it was read at.
import { letterheadSchema, withEdit } from '@wakai/core';
import { getLetterhead, saveLetterhead, type User } from '@wakai/db';
import { checked, conflict } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { editOf } from '../edit.js';

export async function letterheadOf(ctx: ServiceContext, { user }: { user: User }) {
  const stored = await getLetterhead(ctx.db, user.id);
  return { letterhead: stored?.letterhead ?? null, version: stored?.version ?? null };
}

export async function saveLetterheadOf(ctx: ServiceContext, { user, body }: { user: User; body: unknown }) {
  const edit = editOf(body, { firstSave: true });
  const stored = await getLetterhead(ctx.db, user.id);
  const letterhead = checked(letterheadSchema, withEdit(stored?.letterhead ?? {}, edit.fields));
  const version = await saveLetterhead(ctx.db, user.id, letterhead, edit.version);
  if (version === undefined) throw conflict();
  return { letterhead, version };
}
