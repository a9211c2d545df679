// What a password must be: long enough, and not one of the passwords attackers try first.
import { z } from 'zod';
import { commonPasswords } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z
  .string({ error: 'パスワードを入力してください' })
  .min(MIN_PASSWORD_LENGTH, { error: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください` })
  .max(200, { error: 'パスワードは200文字以内にしてください' })
  .refine((password) => /\S/u.test(password), { error: 'パスワードが空白だけです。文字を含めてください' })
  // Twelve of one character (12 spaces, あああ…) is the first thing a guesser tries after the lists.
  .refine((password) => new Set(password.replace(/\s/gu, '')).size > 1, {
    error: 'パスワードが同じ文字の繰り返しです。別の文字を混ぜてください',
  })
  .refine((password) => !commonPasswords.has(password.toLowerCase()), {
    error: 'このパスワードはよく使われていて推測されやすいため使えません。別のパスワードにしてください',
  });

export const emailSchema = z
  .string({ error: 'メールアドレスを入力してください' })
  .trim()
  .max(254, { error: 'メールアドレスが長すぎます' })
  .pipe(z.email({ error: 'メールアドレスの形式が正しくありません' }));

export const displayNameSchema = z
  .string({ error: '氏名を入力してください' })
  .trim()
  .min(1, { error: '氏名を入力してください' })
  .max(100, { error: '氏名は100文字以内にしてください' });
