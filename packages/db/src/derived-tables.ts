// Tables that hold only what is computed from the rest (boards, overviews, ledgers) or kept by
// triggers (the deadlines' change marks, who is on which cases): never copied, in a backup or into
// the trash — computed or written again when the rows they come from are put back.
export const derivedTables: ReadonlySet<string> = new Set([
  'negotiation_boards',
  'derived_texts',
  'deadline_changes',
  'deadline_days',
  'deadline_marks',
  'case_people',
]);
