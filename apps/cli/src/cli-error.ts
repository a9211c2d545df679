/** A failure the user can fix: printed in Japanese and English, exit status 2. */
export class CliError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
    readonly details: { ja: string; en: string }[] = [],
  ) {
    super(en);
    this.name = 'CliError';
  }
}
