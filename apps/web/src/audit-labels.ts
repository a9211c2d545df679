// How the change log and the trash name what changed, in Japanese: the record kinds, the actions, a
// field and a value — all from the core's one list (the CLI's `wakai audit` reads the same).
export {
  auditActionLabels as actionLabels,
  auditKindLabels as kindLabels,
  changeText,
  fieldLabel,
} from '@wakai/core';

export const dateTime = (iso: string) => new Date(iso).toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });
