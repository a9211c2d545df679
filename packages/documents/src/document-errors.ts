// Why a document cannot be produced for this case, other than missing fields (MissingDataError):
// the case has nothing for it to say (no overpayment to claim, no accepted offer to draft from).
export class DocumentUnavailableError extends Error {
  constructor(
    readonly document: string,
    /** The reason, in Japanese, for the user. */
    readonly reason: string,
  ) {
    super(`${document}を作成できません: ${reason}`);
    this.name = 'DocumentUnavailableError';
  }
}
