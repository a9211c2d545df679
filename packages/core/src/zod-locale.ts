// zod's own English messages ("Too big…", "Invalid option…") must never reach a Japanese user. A
// check without a message of its own is answered here in plain Japanese, and anything not covered
// by zod's Japanese locale. The messages fields.ts sets on each field are the schema's own and so
// always come first.
import { z } from 'zod';

const zodJapanese = z.locales.ja().localeError;

const wakaiJapanese: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '入力してください' : '入力の形式が正しくありません';
    case 'invalid_value':
      return issue.values.length === 1 ? '値が正しくありません' : `次のいずれかを選んでください: ${issue.values.map(String).join('・')}`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return `件数が多すぎます(${issue.maximum}件まで)`;
      if (issue.origin === 'string') return `${issue.maximum}文字以内にしてください`;
      return `${issue.maximum}${issue.inclusive === false ? '未満' : '以下'}にしてください`;
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return `${issue.minimum}件以上にしてください`;
      if (issue.origin === 'string') return issue.minimum === 1 ? '入力してください' : `${issue.minimum}文字以上にしてください`;
      return `${issue.minimum}${issue.inclusive === false ? 'より大きく' : '以上に'}してください`;
    case 'invalid_format':
      return '形式が正しくありません';
    case 'invalid_union':
      return '入力の形式が正しくありません';
    default:
      return zodJapanese(issue);
  }
};

z.config({ localeError: wakaiJapanese });
