// The tables as Kysely sees them. Rows stay inside this package: repositories return domain objects.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CasePeopleTable } from './case-people-table.js';
import type {
  DeadlineChangeTable,
  DeadlineDayTable,
  DeadlineEntryTable,
  DeadlineListTable,
  DeadlineMarkTable,
  LoginDeviceTable,
  LoginFailureTable,
} from './deadline-and-login-tables.js';
import type { DerivedTextTable } from './derived-text-table.js';
import type { NegotiationBoardTable } from './negotiation-board-table.js';
import type { TransactionTable } from './transaction-table.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_local: Generated<boolean>;
  created_at: Timestamp;
  role: Generated<string>;
  disabled_at: Date | null;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  id: Generated<string>;
  created_at: Timestamp;
  user_agent: Generated<string>;
}

/** Who besides the owner may open a case: staff it is assigned to, the debtor who accepted the invitation. */
export interface CaseMemberTable {
  case_id: string;
  user_id: string;
  added_at: Timestamp;
}

export interface InvitationTable {
  id: Generated<string>;
  case_id: string;
  email: string;
  display_name: string;
  token_hash: string;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface CaseTable {
  id: Generated<string>;
  owner_id: string;
  title: string;
  debtor: JSONColumnType<object>;
  budget: JSONColumnType<object>;
  assets: JSONColumnType<object>;
  fee_quotes: Generated<object[]>;
  step_norms: Generated<object>;
  office_acts: boolean | null;
  checklist: Generated<object>;
  version: Generated<number>;
  /** Bumped by every change to the case or anything in it (what derived data is stored against). */
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CreditorTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  name: string;
  kind: string;
  guarantor_company: string;
  contact: JSONColumnType<object>;
  note: string;
  version: Generated<number>;
  negotiation_status: Generated<string>;
  original_creditor: JSONColumnType<object | null, string | null, string | null> | null;
  in_plan: boolean | null;
}

export interface ContractTable {
  id: Generated<string>;
  creditor_id: string;
  position: number;
  label: string;
  contract_number: string | null;
  contract_date: string | null;
  contract_rate: string | null;
  credit_limit: number | null;
  claimed_balance: number | null;
  monthly_payment: number | null;
  due_day: number | null;
  last_payment_date: string | null;
  delinquent: boolean;
  guarantor_person: string;
  collateral: string;
  purpose: string;
  recalc_options: JSONColumnType<object>;
  kind: Generated<string>;
  limitation_facts: JSONColumnType<object>;
  version: Generated<number>;
  history_version: Generated<number>;
  /** Which generation of its `transactions` rows is the history (transaction-table.ts). */
  history_generation: Generated<number>;
  holder: ColumnType<object, string | undefined, string>;
  identity_theft: Generated<boolean>;
}

export interface StatusChangeTable {
  id: Generated<string>;
  creditor_id: string;
  status: string;
  date: string;
  note: string;
  successor: string;
  /** An undo: the step it takes back (both stay in the history). */
  undoes: string | null;
  created_at: Timestamp;
  /** The order rows were written in where created_at ties (one statement's rows); so in the other record tables. */
  seq: Generated<number>;
}

export interface ContactTable {
  id: Generated<string>;
  creditor_id: string;
  at: string;
  channel: string;
  direction: string;
  person: string;
  summary: string;
  promises: string;
  next_action: string;
  next_action_due: string | null;
  next_action_done: boolean;
  demand: Generated<string>;
  collection_after_notice: Generated<boolean>;
  version: Generated<number>;
  office_only: Generated<boolean>;
}

export interface AttachmentTable {
  id: Generated<string>;
  contact_id: string;
  file_name: string;
  content_type: string;
  size: number;
  content: Uint8Array;
  created_at: Timestamp;
  seq: Generated<number>;
}

export interface OfferTable {
  id: Generated<string>;
  creditor_id: string;
  contact_id: string | null;
  offer: JSONColumnType<object>;
  version: Generated<number>;
  created_at: Timestamp;
  seq: Generated<number>;
}

export interface AgreementTable {
  creditor_id: string;
  terms: JSONColumnType<object>;
  version: Generated<number>;
}

export interface AgreementBreachTable {
  id: Generated<string>;
  creditor_id: string;
  breach: JSONColumnType<object>;
  version: Generated<number>;
  created_at: Timestamp;
  seq: Generated<number>;
}

export interface PaymentTable {
  id: Generated<string>;
  creditor_id: string;
  paid_on: string;
  amount: number;
  note: string;
  created_at: Timestamp;
  seq: Generated<number>;
}

export interface LetterheadTable {
  owner_id: string;
  letterhead: JSONColumnType<object>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface AuditEntryTable {
  id: Generated<number>;
  case_id: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_kind: string;
  entity_id: string;
  label: string;
  changes: JSONColumnType<object[]>;
  at: Timestamp;
  /** The entry's place in its case's hash chain, set by the database's trigger on insert. */
  seq: Generated<number>;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

/** Each case's last place in the log's chain, written only by the log's trigger. */
export interface AuditChainHeadTable {
  case_id: string;
  seq: number;
  hash: string;
}

export interface TrashTable {
  id: Generated<string>;
  case_id: string;
  owner_id: string;
  entity_kind: string;
  entity_id: string;
  label: string;
  rows: JSONColumnType<object>;
  links: JSONColumnType<object[]>;
  deleted_by: string;
  deleted_at: Timestamp;
}

export interface CreditorNotesTable {
  owner_id: string;
  notes: JSONColumnType<object>;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** A creating request's answer, kept 24 h under the key its client sent (null while it runs). */
export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  /** The method, path and a hash of the body: the same key with another request is refused. */
  request: string;
  status: number | null;
  answer: string | null;
  created_at: Generated<Date>;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  cases: CaseTable;
  deadline_lists: DeadlineListTable;
  login_failures: LoginFailureTable;
  login_devices: LoginDeviceTable;
  deadline_entries: DeadlineEntryTable;
  deadline_changes: DeadlineChangeTable;
  deadline_days: DeadlineDayTable;
  deadline_marks: DeadlineMarkTable;
  case_people: CasePeopleTable;
  creditors: CreditorTable;
  contracts: ContractTable;
  transactions: TransactionTable;
  status_changes: StatusChangeTable;
  contacts: ContactTable;
  attachments: AttachmentTable;
  offers: OfferTable;
  agreements: AgreementTable;
  payments: PaymentTable;
  agreement_breaches: AgreementBreachTable;
  letterheads: LetterheadTable;
  case_members: CaseMemberTable;
  invitations: InvitationTable;
  audit_entries: AuditEntryTable;
  audit_chain_heads: AuditChainHeadTable;
  trash: TrashTable;
  creditor_notes: CreditorNotesTable;
  idempotency_keys: IdempotencyKeyTable;
  negotiation_boards: NegotiationBoardTable;
  derived_texts: DerivedTextTable;
}
