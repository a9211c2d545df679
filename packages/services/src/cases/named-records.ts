// A record the user names (a creditor, a contract): the exact name if one has it, else every name
// that contains the text. The caller refuses none or several, naming the candidates.
export function recordsNamed<T>(items: readonly T[], wanted: string, nameOf: (item: T) => string): T[] {
  const matches = items.filter((item) => nameOf(item).includes(wanted));
  const exact = matches.filter((item) => nameOf(item) === wanted);
  return exact.length === 1 ? exact : matches;
}
