// Plain-Japanese explanations of the legal terms the screens show, in one place: the hover/tap
// help beside each term and the 用語集 page read this list. Our own words (the source guides are
// material, not text to copy); where a term rests on a statute, the statute is named.

export interface LegalTerm {
  /** The term as the screens write it. */
  term: string;
  reading: string;
  /** One or two short sentences a non-lawyer can follow. */
  explanation: string;
  source?: string;
}

export const legalTerms: readonly LegalTerm[] = [
  {
    term: '任意整理',
    reading: 'にんいせいり',
    explanation: '裁判所を使わず、債権者ごとに話し合って、利息をなくしたり分割にしたりして返す方法です。対象にする債権者を選べます。',
  },
  {
    term: '受任通知',
    reading: 'じゅにんつうち',
    explanation:
      '弁護士や司法書士が「この人の代理人になりました」と債権者に知らせる通知です。届いた後、貸金業者は本人に直接請求できなくなります。',
    source: '貸金業法21条1項9号',
  },
  {
    term: '取引履歴',
    reading: 'とりひきりれき',
    explanation: '借りた日・返した日と金額の、最初からの記録です。債権者に開示を求められ、引き直し計算のもとになります。',
  },
  {
    term: '引き直し計算',
    reading: 'ひきなおしけいさん',
    explanation: '取引履歴を、法律の上限の利率(15〜20%)で計算し直すことです。払いすぎた利息は元本に回し、本当の残高を出します。',
    source: '利息制限法1条',
  },
  {
    term: '過払金',
    reading: 'かばらいきん',
    explanation: '引き直し計算をすると、借金を返し終えた後も払い続けていた分です。取り戻すよう請求できます(取引の終わりから10年で時効)。',
    source: '民法704条; 最判H21.1.22',
  },
  {
    term: '期限の利益',
    reading: 'きげんのりえき',
    explanation: '分割で少しずつ払えばよいという約束のことです。支払いを何回か怠ると失い(期限の利益喪失)、残りを一括で請求されます。',
  },
  {
    term: '遅延損害金',
    reading: 'ちえんそんがいきん',
    explanation: '支払いが遅れたときにかかる損害金です。法律の上限(多くは年20%)を超える部分は無効です。',
    source: '利息制限法4条・7条',
  },
  {
    term: '将来利息',
    reading: 'しょうらいりそく',
    explanation: '和解した後の分割払いにつく利息です。任意整理では付けないよう交渉するのが基本です。',
  },
  {
    term: '経過利息',
    reading: 'けいかりそく',
    explanation: '最後の取引から和解するまでの間についた利息です。',
  },
  {
    term: '按分',
    reading: 'あんぶん',
    explanation: '毎月払える額を、各債権者の借金の大きさに応じて分けることです。',
  },
  {
    term: '清算条項',
    reading: 'せいさんじょうこう',
    explanation: '和解書の「この和解で決めた以外に、お互いに請求するものはない」という条項です。後から別の請求をされないために確認します。',
  },
  {
    term: '和解書',
    reading: 'わかいしょ',
    explanation: '債権者と合意した返し方(金額・回数・支払日など)を書いた書面です。署名する前に条項を一つずつ確認します。',
  },
  {
    term: '代位弁済',
    reading: 'だいいべんさい',
    explanation: '保証会社が本人の代わりに銀行へ借金を払うことです。その後は保証会社が債権者になります。',
  },
  {
    term: '消滅時効',
    reading: 'しょうめつじこう',
    explanation:
      '一定の期間(借金は多くの場合5年)請求も支払いもないと、支払う義務がなくなる仕組みです。支払いや借金を認めることでやり直しになります。',
    source: '民法166条1項; 民法152条1項',
  },
  {
    term: '時効援用',
    reading: 'じこうえんよう',
    explanation: '「時効を使います」と債権者に伝えることです。伝えて初めて支払う義務がなくなります。多くは内容証明郵便で送ります。',
  },
  {
    term: '承認',
    reading: 'しょうにん',
    explanation: '借金があると認めることです。少しでも払う、「払います」と言う、分割を申し出ることも含まれ、時効がやり直しになります。',
    source: '民法152条1項',
  },
  {
    term: '債権回収会社',
    reading: 'さいけんかいしゅうがいしゃ',
    explanation:
      '古い借金を買い取ったり任されたりして回収する会社(サービサー)です。時効になっている借金の請求も多いので、支払う前に確認します。',
  },
  {
    term: '一括請求',
    reading: 'いっかつせいきゅう',
    explanation: '期限の利益を失ったとして、残りの全額を一度に払うよう求められることです。',
  },
  {
    term: '差押え',
    reading: 'さしおさえ',
    explanation: '判決などにもとづき、給与や預金から強制的に回収されることです。',
    source: '民事執行法22条',
  },
  {
    term: '個人再生',
    reading: 'こじんさいせい',
    explanation: '裁判所を通して借金を大きく減らし、原則3年で分割して返す手続です。家を残せる場合があります。',
  },
  {
    term: '自己破産',
    reading: 'じこはさん',
    explanation: '裁判所を通して、財産を手放す代わりに借金の支払いを免除してもらう手続です。',
  },
  {
    term: '特定調停',
    reading: 'とくていちょうてい',
    explanation: '簡易裁判所で、調停委員を交えて債権者と返し方を話し合う手続です。',
  },
  {
    term: '信用情報',
    reading: 'しんようじょうほう',
    explanation: 'ローンやカードの利用と返済の記録です。債務整理をすると、およそ5年ほど新しい借入が難しくなります。',
  },
];

/** The explanation of `term`, if the list has one. */
export function legalTerm(term: string): LegalTerm | undefined {
  return legalTerms.find((t) => t.term === term);
}
