// Where to get free advice (guide 000 sections 4-5 and 6; guide 002 「無料相談窓口を活用する方法」):
// what each public or professional body does and for whom, with its source. No telephone numbers or
// addresses: none is kept in a dated source of ours, and a stale number is worse than none.

export interface AdviceCentre {
  id: 'legal-aid' | 'bar-association' | 'scriveners-association' | 'consumer-centre' | 'lenders-association';
  name: string;
  what: string;
  forWhom: string;
  cost: string;
  source: string;
}

export const adviceCentres: readonly AdviceCentre[] = [
  {
    id: 'legal-aid',
    name: '法テラス(日本司法支援センター)',
    what: '国が設けた法的支援の窓口です。収入と資産が基準以下の人は、弁護士・司法書士に無料で法律相談ができ(法律相談援助)、依頼する費用を立て替えてもらえます(代理援助・書類作成援助)。立て替えた費用は毎月分割で返します。任意整理の交渉も、必要と認められれば対象です。',
    forWhom: '収入と資産が法テラスの基準以下の人(世帯の人数と地域で基準が変わります)。',
    cost: '相談は無料。依頼の費用は立替え(月5,000円〜1万円ほどの分割で返済。生活保護を受けている人は返済の猶予・免除があります)。',
    source: '総合法律支援法30条1項2号(民事法律扶助)・日本司法支援センター業務方法書',
  },
  {
    id: 'bar-association',
    name: '弁護士会の法律相談センター',
    what: '各地の弁護士会が開く相談窓口で、弁護士に借金の整理の方法(任意整理・個人再生・自己破産)を相談できます。訴えられた、差押えを受けた、140万円を超える請求がある、といった場合は弁護士が扱います。',
    forWhom: '誰でも。借金の相談は無料としている会が多くあります(会によって異なります)。',
    cost: '借金の相談は無料のことが多い(会の案内で確かめてください)。',
    source: '日本弁護士連合会・各弁護士会の法律相談の案内',
  },
  {
    id: 'scriveners-association',
    name: '司法書士会の総合相談センター',
    what: '各地の司法書士会が開く相談窓口です。認定司法書士は、1社あたりの請求が140万円以下なら任意整理の交渉を代理できます。個人再生・自己破産では裁判所に出す書類の作成を手伝います。',
    forWhom: '誰でも。1社あたりの請求が140万円以下の借金の整理に向きます。',
    cost: '相談は無料のことが多い(会の案内で確かめてください)。',
    source: '司法書士法3条1項7号(認定司法書士の代理は140万円以下)・日本司法書士会連合会の案内',
  },
  {
    id: 'consumer-centre',
    name: '消費生活センター',
    what: '都道府県と市区町村が置く消費者の相談窓口です。借金や取立ての悩み、業者とのトラブルを消費生活相談員が聞き、解決の手助けや、弁護士・司法書士など適切な窓口への案内をします。',
    forWhom: '消費者なら誰でも(住んでいる地域のセンターへ)。',
    cost: '無料。',
    source: '消費者安全法8条・10条(消費生活相談と消費生活センターの設置)',
  },
  {
    id: 'lenders-association',
    name: '日本貸金業協会 貸金業相談・紛争解決センター',
    what: '消費者金融やカード会社のキャッシングなど、貸金業者からの借入れと返済の相談、業者への苦情を受け付けます。業者との争いは、弁護士が間に入る紛争解決手続(ADR)で話し合えます。すべての貸金業者はこの手続に応じる契約を結んでいます。',
    forWhom: '貸金業者(消費者金融・カード会社のキャッシングなど)から借りている人。銀行の借入は対象外です。',
    cost: '相談・苦情は無料。',
    source: '貸金業法12条の2の2・41条の39(指定紛争解決機関)',
  },
];

export const adviceContactNote =
  '連絡先(電話番号・所在地)は、各機関の公式の案内で確かめてください。Wakai は日付のある出典で確かめた連絡先を持っていないため、載せていません。';
