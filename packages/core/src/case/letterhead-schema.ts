// The office's letterhead (事務所の情報), kept once per office and used by every letter it sends.
import { z } from 'zod';
import { choice, text } from './fields.js';

export const professions = ['lawyer', 'scrivener'] as const;
export type Profession = (typeof professions)[number];
export const professionLabels: Record<(typeof professions)[number], string> = { lawyer: '弁護士', scrivener: '認定司法書士' };

export const letterheadSchema = z.object({
  office: text('事務所名', { max: 100, required: true }),
  profession: choice('資格', professions),
  agent: text('代理人の氏名', { max: 100, required: true }),
  registrationNumber: text('登録番号', { max: 30, required: true }),
  postcode: text('郵便番号', { max: 10, halfWidth: true }),
  address: text('事務所の住所', { required: true }),
  tel: text('電話番号', { max: 30, required: true }),
  fax: text('FAX番号', { max: 30 }),
  person: text('担当者', { max: 100 }),
});

export type LetterheadInput = z.infer<typeof letterheadSchema>;
