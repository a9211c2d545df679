// What the forms send: typed texts turned into the API's values where they read as such; a text
// that does not read is sent as it is, so the server's message names the field.
import { formatYen, parseJapaneseDate, parseYen } from '@wakai/core';

export function amountValue(text: string): number | string | null {
  if (text.trim() === '') return null;
  const parsed = parseYen(text);
  return parsed.ok ? parsed.value : text;
}

export function dateValue(text: string): string | null {
  if (text.trim() === '') return null;
  const parsed = parseJapaneseDate(text);
  return parsed.ok ? parsed.value : text;
}

export function wholeValue(text: string): number | string | null {
  if (text.trim() === '') return null;
  const normalized = text.normalize('NFKC').trim();
  return /^\d+$/.test(normalized) ? Number(normalized) : text;
}

export function amountText(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : formatYen(amount);
}

/** A text input's value by its name (a form without it reads as empty). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
