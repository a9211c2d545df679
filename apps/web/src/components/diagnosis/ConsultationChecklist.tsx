// What to bring to a first consultation and what to ask there: printed with the diagnosis.
const bring = [
  'すべての借入先の明細・取引履歴(カード、契約書、利用明細、督促状)',
  '毎月の返済額と返済日がわかるもの',
  '給与明細(直近2〜3か月)・源泉徴収票または課税証明書',
  '家賃・光熱費・通信費など毎月の固定費がわかるもの',
  '債権者からの手紙・メール、和解案の書面(あれば)',
  '相談したいことのメモ',
];

const ask = [
  '私の場合、どの手続が考えられますか。それぞれの理由は何ですか',
  '費用の総額と内訳(着手金・報酬・実費・分割払いの可否)を書面でいただけますか',
  '家族や保証人、車や自宅への影響はありますか',
  '過払金が戻る可能性はありますか',
  '手続中、債権者とのやり取りはどうなりますか',
];

export function ConsultationChecklist() {
  return (
    <section className="card print-only-break" aria-label="相談の準備">
      <h2>相談のときに持っていくもの</h2>
      <ul>
        {bring.map((item) => (
          <li key={item}>□ {item}</li>
        ))}
      </ul>
      <h2>聞いておきたいこと</h2>
      <ul>
        {ask.map((item) => (
          <li key={item}>□ {item}</li>
        ))}
      </ul>
      <button type="button" className="no-print" onClick={() => window.print()}>
        この診断を印刷する
      </button>
    </section>
  );
}
