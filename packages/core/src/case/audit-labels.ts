// How a case's change log names its actions and the records it speaks of, in Japanese (the web's
// 変更履歴 and ごみ箱, and `wakai audit`).

export const auditActionLabels: Record<string, string> = {
  create: '追加',
  update: '変更',
  delete: '削除',
  restore: '復元',
  import: '取込',
  undo: '取り消し',
};

export const auditKindLabels: Record<string, string> = {
  case: '案件',
  creditor: '債権者',
  contract: '契約',
  history: '取引履歴',
  status: '交渉の段階',
  contact: '連絡記録',
  attachment: '添付ファイル',
  offer: '和解案',
  agreement: '和解書',
  payment: '支払',
  breach: '和解の不履行',
  member: '担当者',
  invitation: '招待',
};
