// The owner's (office's) notes on creditors: read (empty until saved) and saved at the version read.
import { creditorNotesSchema, withEdit } from '@wakai/core';
import { getCreditorNotes, saveCreditorNotes, type User } from '@wakai/db';
import { checked, conflict } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { editOf } from '../edit.js';

export async function creditorNotesOf(ctx: ServiceContext, { user }: { user: User }) {
  const stored = await getCreditorNotes(ctx.db, user.id);
  return { notes: stored?.notes ?? [], version: stored?.version ?? null };
}

export async function saveCreditorNotesOf(ctx: ServiceContext, { user, body }: { user: User; body: unknown }) {
  const edit = editOf(body, { firstSave: true });
  const stored = await getCreditorNotes(ctx.db, user.id);
  const { notes } = checked(creditorNotesSchema, withEdit({ notes: stored?.notes ?? [] }, edit.fields));
  const version = await saveCreditorNotes(ctx.db, user.id, notes, edit.version);
  if (version === undefined) throw conflict();
  return { notes, version };
}
