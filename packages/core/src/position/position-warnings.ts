// The warnings a debt position carries wherever it is shown, in Japanese with their sources.

import { limitationArticles } from '../law/limitation.js';
import { formatYen } from '../money.js';
import type { DebtPosition, PositionWarning } from './position-types.js';

const yen = (amount: number) => `${formatYen(amount)}円`;

export const limitationQuestion =
  '裁判所から判決や支払督促が届いたことはありますか。届いていれば、時効は確定の時から10年です(民法169条1項)。';

function recalcAboveClaim(p: DebtPosition): PositionWarning[] {
  return p.contracts.flatMap((c) =>
    c.claimed !== null && c.recalculated !== null && c.recalculated > c.claimed
      ? [
          {
            code: 'recalc-exceeds-claim' as const,
            message: `${p.name}${c.label ? `(${c.label})` : ''}: 引き直し計算の結果(${yen(c.recalculated)})が請求額(${yen(c.claimed)})を上回っています。取引履歴が途中からか、抜けている可能性があります。全部の取引履歴を取り寄せるか、冒頭残高を入力してください。交渉の基準は請求額(${yen(c.claimed)})です。`,
            source: '貸金業法19条の2(取引履歴の開示)・利息制限法1条',
          },
        ]
      : [],
  );
}

function limitation(p: DebtPosition): PositionWarning[] {
  if (p.limitationStatus === 'has-run')
    return [
      {
        code: 'limitation-has-run',
        message: `${p.name}の債務は、記録された事実のうえでは時効期間が過ぎています(判決・支払督促・和解・調停がなく、借金を認めていなければ)。払う・払う約束をする・減額や分割を頼むと、時効を主張できなくなります。時効の援用を内容証明郵便(配達証明付)で通知することを検討してください。${limitationQuestion}`,
        source: `${limitationArticles.invocation}・${limitationArticles.acknowledgement}・${limitationArticles.acknowledgementAfter}`,
      },
    ];
  if (p.limitationStatus === 'may-have-run')
    return [
      {
        code: 'limitation-may-have-run',
        message: `${p.name}の債務は時効が完成している可能性があります(時効を数えるための事実が足りません)。確かめるまでは、払う・払う約束をする・借金を認めることをしないでください。${limitationQuestion}`,
        source: `${limitationArticles.acknowledgement}・${limitationArticles.acknowledgementAfter}`,
      },
    ];
  return [];
}

function overpayment(p: DebtPosition): PositionWarning[] {
  if (p.overpayment.barred <= 0) return [];
  return [
    {
      code: 'overpayment-barred',
      message: `${p.name}の過払金のうち${yen(p.overpayment.barred)}は、取引の終了から10年を過ぎ、時効で請求できない可能性があります。回収できる額・財産には数えていません。`,
      source: '最判平成21年1月22日・民法166条1項',
    },
  ];
}

function scrivener(p: DebtPosition): PositionWarning[] {
  const limit = p.scrivenerLimit;
  if (!limit) return [];
  if (limit.exceeded)
    return [
      {
        code: 'scrivener-limit',
        message: `${p.name}の債権の額(${yen(limit.value)})は140万円を超えるため、認定司法書士は代理できません。弁護士に依頼してください。`,
        source: limit.source,
      },
    ];
  if (limit.withInterestExceeded)
    return [
      {
        code: 'scrivener-limit-with-interest',
        message: `${p.name}の元金は140万円以内ですが、利息を含めると140万円を超えます。代理できる範囲を確認してください。`,
        source: limit.source,
      },
    ];
  return [];
}

export function positionWarnings(p: DebtPosition): PositionWarning[] {
  return [...limitation(p), ...recalcAboveClaim(p), ...overpayment(p), ...scrivener(p)];
}
