// Who is on which cases, counted by triggers, as Kysely sees it (migration 2026-12-06T0200-case-people).

/** How many cases a viewer and a person are both on (owner or member); with themself, how many the viewer sees. */
export interface CasePeopleTable {
  viewer_id: string;
  person_id: string;
  cases: number;
}
