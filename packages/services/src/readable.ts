// What each role reads of a record: one projection per record type, applied by every use case that
// returns a creditor, contact, offer or attached file. The office (owner and staff) reads everything;
// the debtor reads neither the office's memo on a creditor nor its office-only contacts — not their
// text, their files, their next actions, nor their ids where another record names them.
import type { StoredNegotiation } from '@wakai/db';
import type { CaseRole } from './access.js';

const isOffice = (as: CaseRole) => as !== 'debtor';

/** A creditor as `as` reads it: the memo is the office's working note. */
export function readableCreditor<T extends { note: string }>(creditor: T, as: CaseRole): T {
  return isOffice(as) ? creditor : { ...creditor, note: '' };
}

/** Whether `as` may read this contact (and the files attached to it). */
export function readableContact(contact: { officeOnly: boolean }, as: CaseRole): boolean {
  return isOffice(as) || !contact.officeOnly;
}

/** An offer as `as` reads it: the contact it came in is named only if `as` may read that contact. */
export function readableOffer<T extends { contactId: string | null }>(offer: T, as: CaseRole, readableContactIds: ReadonlySet<string>): T {
  return isOffice(as) || offer.contactId === null || readableContactIds.has(offer.contactId) ? offer : { ...offer, contactId: null };
}

/** A creditor's negotiation as `as` reads it: its contacts, and its offers naming them. */
export function readableNegotiation(negotiation: StoredNegotiation, as: CaseRole): StoredNegotiation {
  if (isOffice(as)) return negotiation;
  const contacts = negotiation.contacts.filter((contact) => readableContact(contact, as));
  const ids = new Set(contacts.map((contact) => contact.id));
  return { ...negotiation, contacts, offers: negotiation.offers.map((offer) => readableOffer(offer, as, ids)) };
}
