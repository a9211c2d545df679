// The negotiation board: every creditor of a case with the offers taken together, computed once per
// case revision, day, reader's role and the office's profession, and kept in the database as its JSON
// text (negotiation-board.repository.ts). A read checks access on the case's head alone, then looks
// the board up; only a miss reads the whole case and computes it. Every write to a case bumps its
// revision, so no process reads a board computed before a write it did not make.
import type { CivilDate } from '@wakai/core';
import { type BoardKey, getCase, getLetterhead, type StoredCase, saveBoard, storedBoard, type User } from '@wakai/db';
import { type CaseRole, caseHeadAccess } from '../access.js';
import { notFound } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { revisionMemo } from '../revision-memo.js';
import { caseNegotiation, negotiationJson } from './case-negotiation.js';
import type { CreditorNegotiation } from './creditor-negotiation-model.js';
import { offersTogether } from './offers-together.js';

/** Bumped when the board's shape or what goes into it changes: boards stored in another format are computed again. */
// 2: a debt whose limitation may have run stands apart from the combined months (`combined.timeBarred`).
const BOARD_FORMAT = 2;

/** A JSON text known to hold a `T`: sent as it is, and typed for the web's client as `T`. */
export type JsonText<T> = string & { readonly jsonOf?: T };

export type NegotiationBoard = ReturnType<typeof boardOf>;

function boardOf(stored: StoredCase, creditors: CreditorNegotiation[], today: CivilDate) {
  return {
    today,
    case: {
      id: stored.id,
      title: stored.title,
      debtorName: stored.debtor.name,
      stepNorms: stored.stepNorms,
      officeActs: stored.officeActs,
      version: stored.version,
    },
    creditors: creditors.map(negotiationJson),
    ...offersTogether(creditors, today),
  };
}

/** Boards just read, per process: readers at once share one computation, and a board read again costs no row. */
const recent = revisionMemo<JsonText<NegotiationBoard>>(300);

/** Every creditor of the case, for the board, as its JSON text. */
export async function caseNegotiationBoard(
  ctx: ServiceContext,
  { user, caseId }: { user: User; caseId: string },
): Promise<JsonText<NegotiationBoard>> {
  const { head, as } = await caseHeadAccess(ctx.db, user, caseId, 'debtor');
  const day = ctx.today();
  const { id, revision, version, profession } = head;
  const key: BoardKey = { caseId: id, revision, version, day, reader: as, profession, format: BOARD_FORMAT };
  const memoKey = `${id}:${revision}:${version}:${day}:${as}:${profession}`;
  return recent(ctx, memoKey, async () => {
    const found = await storedBoard(ctx.db, key);
    if (found !== undefined) return found as JsonText<NegotiationBoard>;
    const stored = await getCase(ctx.db, id);
    if (!stored) throw notFound();
    return keptBoard(ctx, stored, as, day, await caseNegotiation(ctx, stored, day, undefined, as));
  });
}

/**
 * The owner's negotiation of every creditor on `day`, its board stored on the way: the scheduled
 * refresh computes this for the deadlines of every changed case, so the morning board is a lookup.
 */
export async function ownerNegotiationKeepingBoard(
  ctx: ServiceContext,
  stored: StoredCase,
  day: CivilDate,
): Promise<CreditorNegotiation[]> {
  const creditors = await caseNegotiation(ctx, stored, day);
  await keptBoard(ctx, stored, 'owner', day, creditors);
  return creditors;
}

/** Stores the board against the revision the case was read at: what was read after it is at least as new. */
async function keptBoard(
  ctx: ServiceContext,
  stored: StoredCase,
  as: CaseRole,
  day: CivilDate,
  creditors: CreditorNegotiation[],
): Promise<JsonText<NegotiationBoard>> {
  const board = JSON.stringify(boardOf(stored, creditors, day)) as JsonText<NegotiationBoard>;
  const profession = (await getLetterhead(ctx.db, stored.ownerId))?.letterhead.profession ?? null;
  const { id: caseId, revision, version } = stored;
  await saveBoard(ctx.db, { caseId, revision, version, day, reader: as, profession, format: BOARD_FORMAT }, board);
  return board;
}
