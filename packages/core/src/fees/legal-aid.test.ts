import { expect, it } from 'vitest';
import { legalAidCheck } from './legal-aid.js';

// 法テラス: 1 person 182,000 (200,200 in large cities) + rent up to 41,000 (53,000); 4 people 299,000; +30,000 per
// extra person; assets 180万 / 250万 / 270万 / 300万 (docs/law/practice.md, "Professional fees").
const person = { householdSize: 1, largeCity: false, monthlyIncome: 182_000, housingCost: 0, assets: 1_800_000 };

it('takes income and assets up to the line as eligible, one yen more as not', () => {
  expect(legalAidCheck(person, '2026-11-23')).toMatchObject({ incomeLimit: 182_000, eligible: true });
  expect(legalAidCheck({ ...person, monthlyIncome: 182_001 }, '2026-11-23')).toMatchObject({ incomeOk: false, eligible: false });
  expect(legalAidCheck({ ...person, assets: 1_800_001 }, '2026-11-23')).toMatchObject({ assetsOk: false, eligible: false });
});

it('raises the line in large cities and by the rent paid, up to the allowance', () => {
  expect(legalAidCheck({ ...person, largeCity: true }, '2026-11-23').incomeLimit).toBe(200_200);
  expect(legalAidCheck({ ...person, housingCost: 30_000 }, '2026-11-23').incomeLimit).toBe(212_000);
  expect(legalAidCheck({ ...person, housingCost: 60_000 }, '2026-11-23').incomeLimit).toBe(223_000);
  expect(legalAidCheck({ ...person, largeCity: true, housingCost: 60_000 }, '2026-11-23').incomeLimit).toBe(253_200);
});

it('adds 30,000 a person beyond four, and says the asset line is unknown there', () => {
  const six = legalAidCheck({ ...person, householdSize: 6, monthlyIncome: 359_000, assets: 0 }, '2026-11-23');
  expect(six).toMatchObject({ incomeLimit: 359_000, incomeOk: true, assetLimit: null, eligible: null });
});
