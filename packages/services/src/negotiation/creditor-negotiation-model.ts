// One creditor's negotiation as the case computes it: the stored record, the figures the offers are
// judged against, the view, the deadlines and the coach. Its own module so the board's parts share it.
import type { CreditorPlan, Deadline, DebtPosition, NegotiationView, OfferContext } from '@wakai/core';
import type { StoredNegotiation } from '@wakai/db';
import type { CreditorWithFigures } from '../cases/case-figures.js';
import type { CreditorCoach } from './creditor-coach.js';

export interface CreditorNegotiation {
  creditor: CreditorWithFigures;
  /** Its debt position today: every figure and status of the debt is read from here. */
  position: DebtPosition;
  stored: StoredNegotiation;
  context: OfferContext;
  view: NegotiationView;
  deadlines: Deadline[];
  coach: CreditorCoach;
  /** Its part of the standard 任意整理 plan (null: nothing owed), for the board's combined view. */
  planShare: CreditorPlan | null;
  planStartMonth: string;
}
