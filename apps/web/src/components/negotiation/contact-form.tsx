// A contact's fields, empty for a new one or filled to correct one, and the JSON they send; what a
// 409 compares them with.
import {
  contactChannelLabels,
  contactChannels,
  contactDemandLabels,
  contactDemands,
  contactDirectionLabels,
  contactDirections,
  type FieldProblem,
  fieldLabel,
} from '@wakai/core';
import type { StoredContact } from '../../api.js';
import { dateValue } from '../../form-values.js';
import { DateInput } from '../DateInput.js';
import { Field, problemAt } from '../form.js';
import { TermHelp } from '../help/Term.js';

/** Now on this computer's clock, as the datetime-local field wants it. */
function nowLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function contactBody(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '');
  return {
    at: text('at'),
    channel: text('channel'),
    direction: text('direction'),
    person: text('person'),
    summary: text('summary'),
    promises: text('promises'),
    nextAction: text('nextAction'),
    nextActionDue: dateValue(text('nextActionDue')),
    demand: text('demand') || 'none',
    collectionAfterNotice: form.get('collectionAfterNotice') === 'on',
    officeOnly: form.get('officeOnly') === 'on',
  };
}

/** The fields of a contact, empty for a new one or filled with a stored one to correct. */
export function ContactFields({ contact, problems }: { contact?: StoredContact; problems: FieldProblem[] }) {
  return (
    <>
      <div className="grid-3">
        <Field label={fieldLabel('contact', 'at')} error={problemAt(problems, 'at')}>
          <input name="at" type="datetime-local" defaultValue={contact?.at ?? nowLocal()} />
        </Field>
        <Field label={fieldLabel('contact', 'channel')} error={problemAt(problems, 'channel')}>
          <select name="channel" defaultValue={contact?.channel ?? 'phone'}>
            {contactChannels.map((c) => (
              <option key={c} value={c}>
                {contactChannelLabels[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={fieldLabel('contact', 'direction')} error={problemAt(problems, 'direction')}>
          <select name="direction" defaultValue={contact?.direction ?? 'outgoing'}>
            {contactDirections.map((d) => (
              <option key={d} value={d}>
                {contactDirectionLabels[d]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={fieldLabel('contact', 'person')} error={problemAt(problems, 'person')}>
          <input name="person" defaultValue={contact?.person ?? ''} />
        </Field>
        <Field label={fieldLabel('contact', 'nextAction')} error={problemAt(problems, 'nextAction')}>
          <input name="nextAction" defaultValue={contact?.nextAction ?? ''} />
        </Field>
        <Field label={fieldLabel('contact', 'nextActionDue')} error={problemAt(problems, 'nextActionDue')} hint="例: 2026-12-01, R8.12.1">
          <DateInput name="nextActionDue" defaultValue={contact?.nextActionDue ?? ''} />
        </Field>
      </div>
      <Field label={fieldLabel('contact', 'summary')} required error={problemAt(problems, 'summary')}>
        <textarea name="summary" rows={3} defaultValue={contact?.summary ?? ''} />
      </Field>
      <Field label={fieldLabel('contact', 'promises')} error={problemAt(problems, 'promises')}>
        <input name="promises" defaultValue={contact?.promises ?? ''} />
      </Field>
      <div className="grid-3">
        <Field label={fieldLabel('contact', 'demand')} error={problemAt(problems, 'demand')}>
          <select name="demand" defaultValue={contact?.demand ?? 'none'}>
            {contactDemands.map((d) => (
              <option key={d} value={d}>
                {contactDemandLabels[d]}
              </option>
            ))}
          </select>
        </Field>
        <div className="field">
          <label className="check">
            <input type="checkbox" name="collectionAfterNotice" defaultChecked={contact?.collectionAfterNotice ?? false} />{' '}
            受任通知の後に支払いを求められた(取立て)
          </label>
          <TermHelp name="受任通知" />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" name="officeOnly" defaultChecked={contact?.officeOnly ?? false} />{' '}
        事務所内のみ(案件を共有しているご本人には見せない)
      </label>
    </>
  );
}
