// Issue 17, as far as documents go: each letter and court paper reads the debt position and lays it
// out — the settlement base, the limitation, the creditor's regime, the 140万 limit — and refuses
// what the position forbids. One test per defect, read back the way a person reads the file.
import { formatYen } from '@wakai/core/engine';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document.js';
import { caseFigures, creditorNegotiationView } from './case-figures.js';
import { SLOW } from './document-checks.fixture.js';
import { completedDemoCase, demoInput, office, TODAY } from './documents.fixture.js';
import { accepted, flatText, layoutText, refusal, withCase } from './position-documents.fixture.js';

describe('defect 1: a time-barred debt gets no offer and no agreement without a confirmation', () => {
  it('refuses the offer letter and the draft agreement, naming the risk (民法152条1項・最判昭和41年4月20日)', () => {
    const content = completedDemoCase();
    const servicer = content.creditors[3];
    if (!servicer) throw new Error('fixture');
    // A new negotiation object: a parsed default may be shared between cases (never mutate it).
    servicer.negotiation = { ...servicer.negotiation, offers: [{ offer: accepted, contact: null } as never] };
    const input = withCase(content, { creditor: 3, replyBy: '2026-12-10', payeeAccount: 'x' });
    for (const kind of ['offer-letter', 'settlement-agreement'] as const) {
      const reason = refusal(kind, input);
      expect(reason).toContain('民法152条1項');
      expect(reason).toContain('最判昭和41年4月20日');
      expect(reason).toContain('時効の援用ができなくなります');
    }
  });

  it(
    'with the confirmation, offers no more than the claim (the settlement base)',
    async () => {
      const content = completedDemoCase();
      const servicer = content.creditors[3];
      if (!servicer) throw new Error('fixture');
      servicer.inPlan = true;
      const text = await flatText(
        'offer-letter',
        withCase(content, { creditor: 3, replyBy: '2026-12-10', paymentDay: 27, confirmTimeBarred: true }),
      );
      expect(text).toContain('債務額450,000円(貴社ご請求の残高)');
      expect(text).toContain('和解金額450,000円');
    },
    SLOW,
  );
});

describe('defect 2: a recalculation above the claim never raises the debt', () => {
  it(
    'states the claim as the debt in the offer letter and the creditor list, never 元金のみ',
    async () => {
      const content = completedDemoCase();
      const mizuho = content.creditors[1];
      const contract = mizuho?.contracts[0];
      if (!mizuho || !contract) throw new Error('fixture');
      mizuho.kind = 'card';
      mizuho.negotiation = { ...mizuho.negotiation, offers: [] };
      contract.claimedBalance = 480_000;
      // A history typed from memory: a large borrowing, few repayments — it recalculates far above the claim.
      contract.transactions = [
        { date: '2025-01-10', borrow: 1_500_000, repay: 0, rate: '15', note: '', estimated: false },
        { date: '2025-02-10', borrow: 0, repay: 20_000, rate: '15', note: '', estimated: false },
      ];
      const input = withCase(content, { creditor: 1, replyBy: '2026-12-10', paymentDay: 27 });
      const position = caseFigures(input.case, TODAY).positions[1];
      expect(position?.recalculated).toBeGreaterThan(480_000);
      expect(position?.settlementBase).toBe(480_000);
      const letter = await flatText('offer-letter', input);
      expect(letter).toContain('債務額480,000円(貴社ご請求の残高)');
      expect(letter).not.toContain(formatYen(position?.recalculated ?? 0));
      expect(letter).not.toContain('元金のみ');
      const list = await flatText('creditor-list', input);
      expect(list).toContain('480,000');
      expect(list).not.toContain(formatYen(position?.recalculated ?? 0));
    },
    SLOW,
  );
});

describe('defect 3: the 時効援用通知 follows the position', () => {
  it('is refused for a 信用金庫 loan under the old law, with the date its 10 years end (旧民法167条1項)', () => {
    const content = completedDemoCase();
    const servicer = content.creditors[3];
    if (!servicer) throw new Error('fixture');
    servicer.kind = 'cooperative';
    servicer.name = '架空信用金庫';
    servicer.originalCreditor = null;
    // Accelerated on the 2019-03-27 due date: 10 years → the end of 2029-03-27 (民法140条・143条2項).
    const reason = refusal('limitation-notice', withCase(content, { creditor: 3 }));
    expect(reason).toContain('令和11年3月27日');
    expect(reason).toContain('旧民法167条1項');
  });

  it('is refused where a fact is missing, unless the user confirms it', () => {
    const content = completedDemoCase();
    const contract = content.creditors[3]?.contracts[0];
    if (!contract) throw new Error('fixture');
    contract.limitation.accelerationType = null;
    expect(refusal('limitation-notice', withCase(content, { creditor: 3 }))).toContain('期限の利益喪失条項');
    expect(buildDocument('limitation-notice', withCase(content, { creditor: 3, confirmLimitationFacts: true })).title).toBe(
      '時効援用通知書',
    );
  });

  it(
    "cites the old law's article, names the original creditor and the assignment and the office as 代理人, and says how to send it",
    async () => {
      const text = await flatText('limitation-notice', withCase(completedDemoCase(), { creditor: 3 }));
      expect(text).toContain('旧商法522条');
      expect(text).not.toContain('民法166条1項1号');
      expect(text).toContain('期限の利益を失った日(平成31年3月27日)の翌日から起算して5年');
      expect(text).toContain('原債権者架空クレジット株式会社');
      expect(text).toContain('架空クレジット株式会社から譲り受けた');
      expect(text).toContain('上記代理人弁護士山田太郎');
      expect(text).toContain('内容証明郵便(配達証明付)');
      expect(text).toContain('裁判所から判決や支払督促が届いたことはありますか');
    },
    SLOW,
  );
});

describe('defect 4: the 財産目録 lists every 過払金, the figure of the creditor list', () => {
  it(
    'puts the overpayment in the 貸付金 row with its date, and names a time-barred one without counting it',
    async () => {
      const content = completedDemoCase();
      const position = caseFigures(content, TODAY).positions[0];
      const text = await flatText('asset-list', withCase(content));
      expect(text).toContain('貸付金(過払金返還請求権を含む)有明細のとおり');
      expect(text).toContain(`ひまわりファイナンス(架空)${formatYen(position?.overpayment.recoverable ?? 0)}令和8年11月23日`);
      // A history that ended in 2010: its overpayment claim ran out in 2020 (最判H21.1.22).
      const old = completedDemoCase();
      const contract = old.creditors[0]?.contracts[0];
      if (!contract) throw new Error('fixture');
      // The same history twelve years earlier: it ended in the 2000s.
      contract.transactions = contract.transactions.map((t) => ({ ...t, date: `${Number(t.date.slice(0, 4)) - 12}${t.date.slice(4)}` }));
      contract.contractDate = null;
      const barred = caseFigures(old, TODAY).positions[0]?.overpayment;
      expect(barred?.barred).toBeGreaterThan(0);
      const barredText = await flatText('asset-list', withCase(old));
      expect(barredText).toContain(`ほかに${formatYen(barred?.barred ?? 0)}円は取引の終了から10年を過ぎ`);
    },
    SLOW,
  );
});

describe('defect 5: a 認定司法書士 makes no document over 140万 per claim (司法書士法3条1項7号)', () => {
  it('refuses every document for that creditor, with the reason', () => {
    const content = completedDemoCase();
    const contract = content.creditors[1]?.contracts[0];
    if (!contract) throw new Error('fixture');
    contract.claimedBalance = 1_500_000;
    const scrivener = { ...office, profession: 'scrivener' as const };
    const options = { creditor: 1, replyBy: '2026-12-10', paymentDay: 27 };
    for (const kind of ['engagement-notice', 'offer-letter', 'recalc-statement', 'preparation-sheet', 'negotiation-report'] as const) {
      const reason = refusal(kind, withCase(content, options, scrivener));
      expect(reason).toContain('司法書士法3条1項7号');
      expect(reason).toContain('最判平成28年6月27日');
    }
    // A lawyer may.
    expect(buildDocument('offer-letter', withCase(content, options)).title).toBe('和解提案書');
  });

  it(
    'measures an overpayment by its 過払元金: refused over 140万, a page for the office where only the interest passes it',
    async () => {
      const scaled = (factor: number) => {
        const content = completedDemoCase();
        const contract = content.creditors[0]?.contracts[0];
        if (!contract) throw new Error('fixture');
        contract.transactions = contract.transactions.map((t) => ({ ...t, borrow: t.borrow * factor, repay: t.repay * factor }));
        return content;
      };
      const scrivener = { ...office, profession: 'scrivener' as const };
      const options = { creditor: 0, payeeAccount: 'ゆうちょ銀行 〇一八支店 普通 1234567' };
      const over = caseFigures(scaled(2), TODAY, {}, 'scrivener').positions[0]?.scrivenerLimit;
      expect(over?.exceeded).toBe(true);
      expect(refusal('overpayment-claim', withCase(scaled(2), options, scrivener))).toContain('司法書士法3条1項7号');
      const near = caseFigures(scaled(1.5), TODAY, {}, 'scrivener').positions[0];
      expect(near?.scrivenerLimit).toMatchObject({ exceeded: false, withInterestExceeded: true });
      const text = await flatText('overpayment-claim', withCase(scaled(1.5), options, scrivener));
      expect(text).toContain('送付前の確認(この頁は送りません)');
      expect(text).toContain('利息を含めると140万円を超えます');
    },
    SLOW,
  );
});

describe('defect 7: notices cite the statutes that bind the creditor', () => {
  it(
    'cites no 貸金業法 to a bank, 24条2項 to a servicer holding a card claim, サービサー法18条8項 only in a lawyer’s notice',
    async () => {
      const content = completedDemoCase();
      const bank = await flatText('engagement-notice', withCase(content, { creditor: 1 }));
      expect(bank).not.toContain('貸金業法');
      expect(bank).toContain('個人情報の保護に関する法律33条');
      const servicer = await flatText('engagement-notice', withCase(content, { creditor: 3 }));
      expect(servicer).toContain('貸金業法21条1項9号(同法24条2項により譲受人にも適用)');
      const bankClaim = completedDemoCase();
      const holder = bankClaim.creditors[3];
      if (!holder) throw new Error('fixture');
      holder.originalCreditor = { name: '架空銀行', kind: 'bank' };
      expect(await flatText('engagement-notice', withCase(bankClaim, { creditor: 3 }))).toContain('サービサー法18条8項');
      const byScrivener = await flatText('engagement-notice', withCase(bankClaim, { creditor: 3 }, { ...office, profession: 'scrivener' }));
      expect(byScrivener).not.toContain('サービサー法18条8項');
      expect(byScrivener).not.toContain('貸金業法');
      const request = await flatText('history-request', { ...withCase(content, { creditor: 1 }), letterhead: null });
      expect(request).not.toContain('貸金業法');
    },
    SLOW,
  );

  it(
    'flags late charges above the shopping cap and acceleration without the 20-day demand as 要確認 (割賦販売法30条の3・30条の2の4)',
    async () => {
      // さくらカード: card shopping (2015), the accepted offer asks 29.2%.
      const text = await flatText(
        'settlement-agreement',
        withCase(completedDemoCase(), { creditor: 2, payeeAccount: 'さくら銀行 梅田支店 普通 1234567' }),
      );
      const layout = await layoutText('settlement-agreement', withCase(completedDemoCase(), { creditor: 2, payeeAccount: 'x' }));
      expect(layout).toMatch(/遅延損害金\s+要確認\s+年20% はショッピングの上限 年6% を超えます/);
      expect(layout.replace(/\s+/g, '')).toContain('割賦販売法30条の3');
      expect(text).toContain('割賦販売法30条の2の4');
    },
    SLOW,
  );
});

describe('defect 8: one set of terms, never the whole surplus; the cover is the negotiation page’s check', () => {
  it(
    "carries the accepted offer's terms and does not tell the creditor the debtor's whole monthly surplus",
    async () => {
      const input = demoInput({ creditor: 2, replyBy: '2026-12-10' });
      const { sustainable } = caseFigures(input.case, TODAY).diagnosis.affordability;
      const text = await flatText('offer-letter', input);
      expect(text).toContain('48回の分割払い(毎月13,334円');
      expect(text).not.toContain('返済に回せる額');
      expect(text).not.toContain(`${formatYen(sustainable)}円`);
    },
    SLOW,
  );

  it(
    'counts the problems the negotiation page counts, and adds no 振込手数料 clause nobody entered',
    async () => {
      const content = completedDemoCase();
      const mizuho = content.creditors[1];
      if (!mizuho) throw new Error('fixture');
      mizuho.negotiation = {
        ...mizuho.negotiation,
        offers: [{ offer: { ...accepted, amount: 820_000, monthly: 13_667 }, contact: null } as never],
      };
      mizuho.negotiation.agreement = {
        confirmedBalance: 820_000,
        installments: 60,
        monthly: 13_667,
        firstPaymentDate: '2027-01-27',
        payeeAccount: 'みずほ銀行 本店 普通 1',
      } as never;
      const input = withCase(content, { creditor: 1 });
      const figures = caseFigures(input.case, TODAY);
      const view = creditorNegotiationView(input.case, 1, figures, TODAY);
      expect(view.checklist?.problems).toBeGreaterThan(1);
      const text = await flatText('settlement-agreement', input);
      expect(text).toContain(`確認が必要な項目が${view.checklist?.problems}件あります`);
      expect(await layoutText('settlement-agreement', input)).toMatch(/清算条項\s+要確認/);
      expect(text).not.toContain('振込手数料は乙の負担');
    },
    SLOW,
  );
});
