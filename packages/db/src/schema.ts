// The tables as Kysely sees them. Rows stay inside this package: repositories return domain objects.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_local: Generated<boolean>;
  created_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
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
  version: Generated<number>;
  /** Bumped by every change to the case or anything in it (what derived data is stored against). */
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A case's deadlines as computed on `computed_on` at the case's `revision` (derived; recomputed when stale). */
export interface CaseDeadlineTable {
  case_id: string;
  revision: number;
  computed_on: string;
  format: number;
  deadlines: JSONColumnType<object[]>;
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
}

export interface ContractTable {
  id: Generated<string>;
  creditor_id: string;
  position: number;
  label: string;
  contract_number: Generated<string>;
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
  version: Generated<number>;
  history_version: Generated<number>;
}

export interface TransactionTable {
  contract_id: string;
  position: number;
  date: string;
  borrow: number;
  repay: number;
  rate: string | null;
  note: string;
  estimated: boolean;
}

export interface StatusChangeTable {
  id: Generated<string>;
  creditor_id: string;
  status: string;
  date: string;
  note: string;
  successor: string;
  created_at: Timestamp;
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
  version: Generated<number>;
}

export interface AttachmentTable {
  id: Generated<string>;
  contact_id: string;
  file_name: string;
  content_type: string;
  size: number;
  content: Uint8Array;
  created_at: Timestamp;
}

export interface OfferTable {
  id: Generated<string>;
  creditor_id: string;
  contact_id: string | null;
  offer: JSONColumnType<object>;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface AgreementTable {
  creditor_id: string;
  terms: JSONColumnType<object>;
  version: Generated<number>;
}

export interface PaymentTable {
  id: Generated<string>;
  creditor_id: string;
  paid_on: string;
  amount: number;
  note: string;
  created_at: Timestamp;
}

export interface LetterheadTable {
  owner_id: string;
  letterhead: JSONColumnType<object>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  cases: CaseTable;
  case_deadlines: CaseDeadlineTable;
  creditors: CreditorTable;
  contracts: ContractTable;
  transactions: TransactionTable;
  status_changes: StatusChangeTable;
  contacts: ContactTable;
  attachments: AttachmentTable;
  offers: OfferTable;
  agreements: AgreementTable;
  payments: PaymentTable;
  letterheads: LetterheadTable;
}
