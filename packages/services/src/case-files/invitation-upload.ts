// The debtor's case file sent by their invitation link, from a Wakai that has no account on the
// office's server (the static build on their phone): the token is the only credential. The preview
// only compares (nothing is kept); the apply is the office's ordinary merge, all or nothing, and
// uses the invitation up in the same transaction — one link, one upload, within its 7 days.
import { findOpenInvitation, getCase, type Invitation, useInvitation } from '@wakai/db';
import { AppError } from '../app-error.js';
import { type Actor, logChange } from '../audit/case-log.js';
import type { ServiceContext } from '../context.js';
import { invitationTokenHash } from '../users/invitations.js';
import { applyMergeInto, previewMergeInto } from './case-file-merge.js';

const unusable = () =>
  new AppError(
    'notFound',
    'この招待リンクは使えません(期限切れか、すでに使われています)。事務所に新しい招待リンクを依頼してください。この端末の案件はそのまま残っています',
  );

async function invitedCase(ctx: ServiceContext, token: string) {
  const invitation = await findOpenInvitation(ctx.db, invitationTokenHash(token), ctx.now());
  const stored = invitation && (await getCase(ctx.db, invitation.caseId));
  if (!invitation || !stored) throw unusable();
  return { invitation, stored };
}

/** The debtor as the case's log names them: the invitation's name and address, with no account behind it. */
const debtorOf = (invitation: Invitation): Actor => ({ id: null, displayName: invitation.displayName, email: invitation.email });

/** What the file would change in the invited case, and the baseline an apply must match; nothing is written. */
export async function previewInvitedCaseFile(ctx: ServiceContext, { token, json }: { token: string; json: unknown }) {
  const { invitation, stored } = await invitedCase(ctx, token);
  const preview = await previewMergeInto(ctx, stored, json);
  return { ...preview, caseTitle: stored.title, invitedName: invitation.displayName };
}

/** The file merged into the invited case as previewed (409 if the case changed since), the invitation used with it. */
export async function applyInvitedCaseFile(ctx: ServiceContext, { token, body }: { token: string; body: unknown }) {
  const { invitation, stored } = await invitedCase(ctx, token);
  const debtor = debtorOf(invitation);
  return applyMergeInto(ctx, {
    actor: debtor,
    stored,
    body,
    beforeWrite: async (trx) => {
      // Two sends racing with one link: the second finds it used and writes nothing.
      if (!(await useInvitation(trx, invitationTokenHash(token), ctx.now()))) throw unusable();
      await logChange(trx, ctx, debtor, {
        caseId: stored.id,
        action: 'import',
        kind: 'invitation',
        id: invitation.id,
        label: `${invitation.displayName}(${invitation.email})`,
        changes: [{ field: 'caseFileSent', from: false, to: true }],
      });
    },
  });
}
