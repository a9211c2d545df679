// Why a document cannot be produced for this case, other than missing fields (MissingDataError):
// the case has nothing for it to say (no overpayment to claim, no accepted offer to draft from).
// A refusal that a confirmation lifts names it, so callers match that and never the wording.
export type DocumentConfirmation = 'confirmTimeBarred' | 'confirmLimitationFacts';

export class DocumentUnavailableError extends Error {
  constructor(
    readonly document: string,
    /** The reason, in Japanese, for the user. */
    readonly reason: string,
    /** The option (DocumentOptions) that makes the document once the user confirms; none where nothing does. */
    readonly confirmation: DocumentConfirmation | null = null,
  ) {
    super(`${document}を作成できません: ${reason}`);
    this.name = 'DocumentUnavailableError';
  }
}
