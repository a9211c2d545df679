// 時効援用通知: the debtor (or the office for them) invokes limitation against a creditor, by 内容証明
// with 配達証明. Title; the debt (for a servicer, the original creditor and the assignment; contract
// number and date, the amount claimed); the period, its law and its start as the debt position
// gives them (旧商法522条 / 旧民法167条1項 before 2020-04-01, 民法166条1項1号 after, 169条1項 for a
// court title); "消滅時効を援用します"; nothing that acknowledges the debt; the sender (with 上記代理人
// where an office sends it) and the recipient as on the envelope. Written only where the period has
// run (limitation-status.ts). How to send it and what to check first go on a page for the sender
// (docs/documents.md "時効援用通知", "内容証明 rules"). Laid on the 26字×20行 grid; refused when it does not fit.
import {
  type DebtPosition,
  type LimitationPosition,
  limitationArticles,
  limitationEventLabels,
  limitationQuestion,
  limitationQuestions,
} from '@wakai/core';
import { formatYenWithUnit as yen } from '@wakai/core/engine';
import { documentPositions } from '../case-figures.js';
import { layoutCertifiedMail } from '../certified-mail/certified-mail-grid.js';
import { certifiedMailParagraphs } from '../certified-mail/certified-mail-model.js';
import { certifiedMailRecipient } from '../certified-mail/certified-mail-recipient.js';
import { DocumentUnavailableError } from '../document-errors.js';
import type { DocumentInput } from '../document-input.js';
import type { Block, DocumentModel } from '../document-model.js';
import { warekiDate } from '../japanese-dates.js';
import { MissingFields } from '../missing-data.js';
import { positionAt, refuseOverScrivenerLimit } from '../position-guards.js';
import { oneCreditor } from './creditor-selection.js';
import { agentName, debtorContact, officeLetterhead } from './letter-parts.js';
import { refuseUnlessRun } from './limitation-status.js';

const TITLE = '時効援用通知書';
const DEFAULT_MAX_SHEETS = 2;

/** The sentence that states the period: its start, its length and its article, as the position counts them. */
function periodSentence(limitation: LimitationPosition): string {
  const { rule, startsFrom, endsOn } = limitation;
  if (!rule || !startsFrom || !endsOn) return '';
  return `${limitationEventLabels[startsFrom.event]}(${warekiDate(startsFrom.on)})の翌日から起算して${rule.years}年の時効期間が、${warekiDate(endsOn)}の経過により満了しています(${rule.article})。`;
}

/** For the sender, not sent: how to send it and what to check first. */
function senderNotes(position: DebtPosition, limitation: LimitationPosition, confirmed: boolean): { title: string; lines: string[] } {
  const lines = [
    'この通知は、内容証明郵便(配達証明付)で送ってください。同じ文面を3通(相手方・郵便局・控え)用意します。郵便局の受領証と配達証明書は、時効を援用した証拠として保管してください。',
    `送る前も後も、支払ったり、支払の約束や減額・分割の相談をしたりしないでください。債務を認めたことになり、時効を援用できなくなります(${limitationArticles.acknowledgement}、${limitationArticles.acknowledgementAfter})。`,
  ];
  if (limitation.rule?.law !== 'court-title')
    lines.push(`${limitationQuestion}届いている場合は、この通知を送る前に弁護士・司法書士に相談してください。`);
  if (confirmed && limitation.missing.length > 0)
    lines.push(
      `この通知は、次の点を確認したうえで作成しています(確認できない点があれば送らずに相談してください): ${limitationQuestions(limitation).join(' / ')}`,
    );
  return { title: `送付の手順と確認(この頁は送りません): ${position.name}`, lines };
}

export function limitationNotice(input: DocumentInput): DocumentModel {
  const { case: content, today, options = {} } = input;
  const { creditor, index } = oneCreditor(content, TITLE, options.creditor);
  const contractIndex = options.contract ?? 0;
  const contract = creditor.contracts[contractIndex];
  if (!contract) throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の契約(${contractIndex + 1}番目)が見つかりません`);
  const position = positionAt(documentPositions(input), index, TITLE);
  refuseOverScrivenerLimit(TITLE, position);
  const limitation = position.contracts[contractIndex]?.limitation;
  if (!limitation) throw new DocumentUnavailableError(TITLE, `「${creditor.name}」の契約(${contractIndex + 1}番目)が見つかりません`);
  const confirmed = options.confirmLimitationFacts === true;
  refuseUnlessRun(TITLE, `「${creditor.name}」の${contract.label || '契約'}`, limitation, confirmed);

  const missing = new MissingFields(TITLE);
  const address = missing.need(creditor.contact.address, `creditors[${index}].contact.address`, `債権者「${creditor.name}」の住所`);
  const office = input.letterhead?.kind === 'office' ? officeLetterhead(input.letterhead, missing) : null;
  const sender = debtorContact(input.letterhead, input.debtor, missing);
  const original = creditor.kind === 'servicer' ? creditor.originalCreditor : null;
  if (creditor.kind === 'servicer' && !original?.name)
    missing.add(`creditors[${index}].originalCreditor`, `「${creditor.name}」の元の債権者(債権を譲り受けた元の会社)`);
  missing.check();

  const member = input.debtor?.memberNumbers[index] || contract.contractNumber;
  const debt = [
    ...(original ? [`原債権者 ${original.name}`, `債権譲渡 ${original.name}から貴社へ(貴社の主張による)`] : []),
    member ? `契約番号 ${member}` : '',
    contract.contractDate ? `契約日 ${warekiDate(contract.contractDate)}` : '',
    contract.label ? `契約の名称 ${contract.label}` : '',
    contract.creditLimit ? `借入限度額 ${yen(contract.creditLimit)}` : '',
    contract.claimedBalance !== null ? `貴社の請求額 ${yen(contract.claimedBalance)}` : '',
    contract.lastPaymentDate ? `最終返済日 ${warekiDate(contract.lastPaymentDate)}` : '',
  ].filter(Boolean);
  const subject = office ? '通知人' : '私';
  const claim = original
    ? `貴社が${original.name}から譲り受けたとして${subject}に対して有すると主張する下記の債権`
    : `貴社が${subject}に対して有すると主張する下記の債権`;
  const senderLines = [`${sender.postcode ? `〒${sender.postcode} ` : ''}${sender.address}`, `通知人 ${content.debtor.name}`];
  if (office)
    senderLines.push(
      `${office.postcode ? `〒${office.postcode} ` : ''}${office.address} ${office.office}`,
      `上記代理人 ${agentName(office)}`,
    );
  const blocks: Block[] = [
    { type: 'title', text: TITLE },
    {
      type: 'paragraph',
      indent: true,
      text: `${claim}について、${periodSentence(limitation)}よって、${subject}は、本書をもって、当該債権について消滅時効を援用します。`,
    },
    { type: 'paragraph', text: '記', align: 'center' },
    { type: 'lines', lines: debt },
    { type: 'paragraph', text: '以上', align: 'right' },
    { type: 'paragraph', text: warekiDate(today) },
    { type: 'lines', lines: senderLines },
    // As on the envelope: the company and, where known, its representative (docs/documents.md 時効援用通知).
    {
      type: 'lines',
      lines: [
        `${creditor.contact.postcode ? `〒${creditor.contact.postcode} ` : ''}${address}`,
        ...certifiedMailRecipient(creditor.name, creditor.contact.representative || undefined),
      ],
    },
  ];
  const model: DocumentModel = {
    title: TITLE,
    fileName: `時効援用通知書_${content.debtor.name}_${creditor.name}`,
    style: 'certified-mail',
    sections: [{ name: TITLE, blocks }],
    senderNotes: senderNotes(position, limitation, confirmed),
  };
  // Refuse now, with the count, rather than in a renderer: the text must fit the sheets in every format.
  layoutCertifiedMail(certifiedMailParagraphs(model), options.maxSheets ?? DEFAULT_MAX_SHEETS);
  return model;
}
