// A document that lacks a fact it must state is not produced half-filled: every missing field is
// named, in Japanese, in one error, so the user can fill them all at once.

export interface MissingField {
  /** Where it is kept (`letterhead.address`, `creditors[1].contact.address`), for the UI to link. */
  path: string;
  /** What to fill in, in Japanese ("債権者「○○」の住所"). */
  label: string;
}

export class MissingDataError extends Error {
  constructor(
    /** The document's Japanese name. */
    readonly document: string,
    readonly missing: readonly MissingField[],
  ) {
    super(`${document}を作成できません。次の項目を入力してください: ${missing.map((m) => m.label).join('、')}`);
    this.name = 'MissingDataError';
  }
}

/** Collects missing fields while a document is assembled; `check` throws once with all of them. */
export class MissingFields {
  private readonly fields: MissingField[] = [];

  constructor(private readonly document: string) {}

  /** Records `label` as missing when `value` is empty or blank; returns the value ('' when missing). */
  need(value: string | null | undefined, path: string, label: string): string {
    if (value == null || value.trim() === '') {
      this.add(path, label);
      return '';
    }
    return value;
  }

  /** Each field once: a bundle of 30 letters asks for the debtor's birth date once, not 30 times. */
  add(path: string, label: string): void {
    if (!this.fields.some((f) => f.path === path)) this.fields.push({ path, label });
  }

  check(): void {
    if (this.fields.length > 0) throw new MissingDataError(this.document, this.fields);
  }
}
