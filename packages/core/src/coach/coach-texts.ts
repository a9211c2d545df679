// The coach's longer sentences and their sources, kept apart from the rules that choose them.
// Sources name the statute or the practice, as users see them.

import { acknowledgementRenews } from '../law/limitation.js';
import type { ContactDemand } from '../negotiation/negotiation-schema.js';
import type { CreditorRegime } from '../position/creditor-regime.js';

export const coachSources = {
  acknowledgement: acknowledgementRenews.source,
  noDirectContact: '債務整理の実務: 受任通知の後は債権者との連絡を代理人に一本化する(本人は直接交渉しない)',
  lenderStop: '貸金業法21条1項9号(受任通知を受けた後の債務者への直接の請求の禁止)',
  servicerStop: '債権管理回収業に関する特別措置法18条8項(弁護士からの受任通知の後の請求の禁止)',
  registration: '貸金業法3条1項(2つ以上の都道府県に営業所があれば財務局長、1つなら都道府県知事の登録)',
  installments: '任意整理の実務(分割は36回が標準、36〜60回が一般的)',
  judgment: '民法169条1項(判決で確定した権利の時効は10年); 民事執行法22条1号(確定判決による強制執行)',
  balloon: '任意整理の実務(家計で払えない額は約束しない; 支払を怠ると期限の利益を失い一括請求される)',
} as const;

/** What binds the creditor after the notice, read from its regime (PRACTICE "Which rules bind the creditor"). */
export function collectionWarning(creditor: { name: string }, regime: CreditorRegime, notice: string, recorded: boolean) {
  const stop = regime.stopsCollection;
  const law =
    stop?.after === 'any-professional'
      ? `${regime.label}は、受任通知を受けた後に本人へ直接請求することが法律で禁じられています。`
      : stop?.after === 'lawyer'
        ? '債権回収会社(サービサー)は、弁護士からの受任通知を受けた後は、本人に請求できません(司法書士からの通知には、この定めはありません)。'
        : regime.kind === 'bank' || regime.kind === 'cooperative'
          ? `${regime.label.replace(/\(.*\)/, '')}は貸金業法の対象ではないため、この禁止は直接は当てはまりません。それでも事務所への報告は必要です。`
          : '貸金業者(登録のある貸金業の会社)なら、受任通知を受けた後に本人へ直接請求することは法律で禁じられています。';
  const source = stop
    ? `${stop.source}${regime.moneyLendingAct ? `; ${coachSources.registration}` : ''}`
    : `${coachSources.lenderStop}; ${coachSources.registration}`;
  if (!recorded)
    return {
      title: '受任通知の後に債権者から連絡がありました',
      message: `${notice}に受任通知が送られています。${law}`,
      todo: '支払いを求められた場合は「受任通知後の取立て」に印を付け、日時と言われたことを内容に書いて記録してください。その場で支払いや約束はせず、「代理人に任せています」とだけ答えてください。',
      source,
    };
  return {
    title: '受任通知後の取立てとして記録します',
    message: `${creditor.name}から、受任通知(${notice})の後に支払いを求められたことを記録します。${law}`,
    todo: 'すぐに事務所に報告してください。続くときは、その会社の登録番号(「財務局長」または「都道府県知事」の登録)を確かめ、登録した財務局または都道府県の貸金業の相談窓口に申告できます。日時と言われたことの記録が証拠になります。',
    source,
  };
}

const demandMeaning: Record<Exclude<ContactDemand, 'none'>, { title: string; meaning: string }> = {
  'lump-sum': {
    title: '一括で払うよう求められました',
    meaning: '一括請求は、分割で払う約束(期限の利益)がなくなったとして、残りの全額を今すぐ払うよう求めるものです。',
  },
  lawsuit: {
    title: '訴訟(裁判)を起こすと言われました',
    meaning: '訴訟の予告は、裁判所に支払いを命じる判決を求めるという意味です。予告の段階では、まだ裁判は始まっていません。',
  },
};

export function demandWarning(demand: Exclude<ContactDemand, 'none'>, timeBarred = false) {
  const { title, meaning } = demandMeaning[demand];
  if (timeBarred)
    return {
      title,
      message: `${meaning}この債務は時効が完成している(可能性がある)ため、金額や分割の話をすると借金を認めたこと(承認)になり、時効を主張できなくなります。`,
      todo: '金額・回数を伝えず、払う約束もしないでください。時効援用の通知(内容証明郵便・配達証明付)を検討し、専門家に相談してください。裁判所から書類が届いたら必ず受け取り、答弁書で時効を主張します(放っておくと判決で10年になります)。',
      source: `民法145条・152条1項・169条1項; 最判昭和41年4月20日`,
    };
  return {
    title,
    message: `${meaning}慌ててその場で約束しないでください。まず請求が正しいか(利息を引き直した残高、時効)を確かめます。放っておくと、訴訟 → 判決 → 差押え(給与・預金など)と進むことがあり、判決で確定すると時効は10年になります。`,
    todo: '現実的な対案は、家計で払える毎月の額での分割です(36回が標準、60回までが多い)。「毎月○円を○回」と具体的な額で伝え、書面でのやり取りを求めてください。裁判所から書類が届いたら必ず受け取り、すぐ専門家に相談してください。',
    source: `${coachSources.installments}; ${coachSources.judgment}`,
  };
}
