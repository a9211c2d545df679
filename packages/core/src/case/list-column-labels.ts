// The columns of the debtor's lists (家族, 預貯金, 自動車, 保険, その他の財産) and the home's fields, by
// their path in the case: the debtor page heads its columns with these and the 変更履歴 names a changed
// cell with them, so 「自動車 1件目 車名」 in the log is the 「車名」 the user typed into.
export const listColumnLabels: Record<string, Record<string, string>> = {
  'debtor.householdMembers': { name: '氏名', relation: '続柄', age: '年齢', monthlyIncome: '月収' },
  'assets.deposits': { bank: '金融機関', branch: '支店', kind: '種類', balance: '残高' },
  'assets.cars': { name: '車名', value: '時価', loanBalance: 'ローン残高', lender: 'ローン会社', titleRetained: '所有権留保' },
  'assets.insurance': { company: '保険会社', kind: '種類', surrenderValue: '解約返戻金' },
  'assets.other': { name: '名称', value: '評価額' },
  'assets.home': { value: '評価額', mortgageBalance: '住宅ローン残高', mortgageLender: '住宅ローンの借入先' },
};
