// What a password must be: long enough, and not one of the passwords attackers try first.
import { z } from 'zod';
import { commonPasswords } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z
  .string({ error: 'パスワードを入力してください' })
  .min(MIN_PASSWORD_LENGTH, { error: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください` })
  .max(200, { error: 'パスワードは200文字以内にしてください' })
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
