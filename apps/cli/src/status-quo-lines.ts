// `wakai compare`'s first block: doing nothing against each route and each fee quote, as text lines.
import { type RouteCosts, formatYenWithUnit as yen } from '@wakai/core';

const saving = (amount: number | null) => (amount === null ? '—' : amount >= 0 ? `${yen(amount)} 少ない` : `${yen(-amount)} 多い`);

export function statusQuoLines(costs: RouteCosts): string[] {
  const { statusQuo } = costs;
  const lines = [
    '■ 今のまま払い続けた場合',
    statusQuo.complete
      ? `  毎月 ${yen(statusQuo.monthly)} / 合計 ${yen(statusQuo.total)}(うち利息 ${yen(statusQuo.interest)})/ 期間 ${statusQuo.months}か月`
      : `  毎月 ${yen(statusQuo.monthly)} / 完済しません・計算できない契約があります`,
    ...statusQuo.contracts.map((c) => `  ・${c.creditor}${c.label ? ` ${c.label}` : ''}: ${c.reason}`),
    '',
    '■ 今のままと比べた各手続の負担(債権者への支払+裁判所の費用)',
  ];
  for (const route of costs.routes) {
    lines.push(
      `  ${route.label}: ${route.outlay === null ? '—' : yen(route.outlay)}(今のままより ${saving(route.saving)})`,
      ...route.quotes.map(
        (q) => `    見積もり「${q.office}」費用 ${yen(q.fee)} を含めると ${yen(q.outlay)}(今のままより ${saving(q.saving)})`,
      ),
    );
  }
  lines.push(...costs.notes.map((note) => `  ※${note}`));
  return lines;
}
