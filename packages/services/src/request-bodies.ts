// What each use case that takes a JSON body expects, as a type, for the HTTP routes to declare (and
// so the typed client of the web app to check its requests against). The types are read from the
// same zod schemas the use cases check the bodies with: those checks stay the one source of truth.
import type {
  agreementTermsSchema,
  breachSchema,
  contactSchema,
  contractSchema,
  creditorNotesSchema,
  creditorSchema,
  letterheadSchema,
  offerSchema,
  paymentSchema,
  statusChangeSchema,
  transactionsSchema,
} from '@wakai/core';
import type { z } from 'zod';
import type { applySchema } from './case-files/case-file-merge.js';
import type { caseFieldsSchema, newCaseSchema } from './cases/case-records.js';
import type { previewSchema } from './negotiation/creditor-coach.js';
import type { passwordChangeSchema } from './users/account.js';
import type { assignSchema } from './users/case-members.js';
import type { acceptSchema, invitationSchema } from './users/invitations.js';
import type { loginSchema } from './users/login.js';

/**
 * What a client may send for schema `S`: its input, where a key that may be undefined may also be
 * left out (zod lets both through; a preprocessed field's input type would otherwise demand it).
 */
type In<S extends z.ZodType> = Sendable<z.input<S>>;
type Sendable<T> = T extends readonly (infer U)[]
  ? Sendable<U>[]
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? K : never]?: Sendable<T[K]> } & {
        [K in keyof T as undefined extends T[K] ? never : K]: Sendable<T[K]>;
      }
    : T;

/** An edit: the fields it changes, at the version it was made against (edit.ts). */
export type EditBody<S extends z.ZodType> = Partial<In<S>> & { version: number };
/** The same for a record saved the first time with version null (the agreement, the notes, the letterhead). */
export type FirstSaveBody<S extends z.ZodType> = Partial<In<S>> & { version: number | null };

export type LoginBody = In<typeof loginSchema>;
export type PasswordChangeBody = In<typeof passwordChangeSchema>;
export type InvitationBody = In<typeof invitationSchema>;
export type AcceptInvitationBody = In<typeof acceptSchema>;
export type AssignStaffBody = In<typeof assignSchema>;

export type NewCaseBody = In<typeof newCaseSchema>;
export type CaseEditBody = EditBody<typeof caseFieldsSchema>;
/** A case file as the user picked it (`wakai export` writes them): anything, until the use case checks it. */
export type CaseFileBody = unknown;
export type CaseFileApplyBody = In<typeof applySchema>;

export type NewCreditorBody = In<typeof creditorSchema>;
export type CreditorEditBody = EditBody<typeof creditorSchema>;
export type NewContractBody = In<typeof contractSchema>;
export type ContractEditBody = EditBody<typeof contractSchema>;
/** A whole history, saved at the version it was loaded at. */
export type HistorySaveBody = { version: number; transactions: In<typeof transactionsSchema> };

/**
 * A step that acknowledges a debt that may be time-barred (the debtor's offer, an acceptance, 合意,
 * the agreement's terms, a payment) carries this once the user confirmed 援用 was explained (time-barred-guard.ts).
 */
type TimeBarredConfirmation = { confirmTimeBarred?: boolean };

export type StatusMoveBody = In<typeof statusChangeSchema> & { version: number } & TimeBarredConfirmation;
export type NewContactBody = In<typeof contactSchema>;
export type ContactEditBody = EditBody<typeof contactSchema>;
export type NewOfferBody = In<typeof offerSchema> & TimeBarredConfirmation;
export type OfferEditBody = EditBody<typeof offerSchema> & TimeBarredConfirmation;
export type CoachPreviewBody = In<typeof previewSchema>;
export type AgreementTermsBody = FirstSaveBody<typeof agreementTermsSchema> & TimeBarredConfirmation;
export type NewPaymentBody = In<typeof paymentSchema> & TimeBarredConfirmation;
export type NewBreachBody = In<typeof breachSchema>;
export type BreachEditBody = EditBody<typeof breachSchema>;

export type CreditorNotesBody = FirstSaveBody<typeof creditorNotesSchema>;
export type LetterheadBody = FirstSaveBody<typeof letterheadSchema>;
