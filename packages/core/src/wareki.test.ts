import { describe, expect, it } from 'vitest';
import { formatWareki, parseJapaneseDate } from './wareki.js';

// Era boundaries: 元号を改める政令 (昭和64年1月7日まで / 平成元年1月8日から; 平成31年4月30日まで / 令和元年5月1日から).
describe('parseJapaneseDate', () => {
  it.each([
    ['H13.1.15', '2001-01-15'],
    ['h13.1.15', '2001-01-15'],
    ['平13.1.15', '2001-01-15'],
    ['平成13年1月15日', '2001-01-15'],
    ['平成１３年１月１５日', '2001-01-15'],
    ['R2.4.1', '2020-04-01'],
    ['令和2年4月1日', '2020-04-01'],
    ['2001/1/15', '2001-01-15'],
    ['2001-01-15', '2001-01-15'],
    ['2001年1月15日', '2001-01-15'],
    ['20010115', '2001-01-15'],
    ['２００１／１／１５', '2001-01-15'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R1.5.1', '2019-05-01'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['H12.2.29', '2000-02-29'],
    ['S50.3.1', '1975-03-01'],
  ])('%s → %s', (text, date) => {
    expect(parseJapaneseDate(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['平成31年5月1日', 'date.outsideEra'],
    ['H31.5.1', 'date.outsideEra'],
    ['R1.4.30', 'date.outsideEra'],
    ['令和元年4月30日', 'date.outsideEra'],
    ['昭和64年1月8日', 'date.outsideEra'],
    ['平成元年1月7日', 'date.outsideEra'],
    ['H13.2.29', 'date.impossible'],
    ['2001-02-29', 'date.impossible'],
    ['1900/2/29', 'date.impossible'],
    ['2001-13-01', 'date.impossible'],
    ['H0.1.1', 'date.impossible'],
    ['01/1/15', 'date.unreadable'],
    ['X13.1.15', 'date.unreadable'],
    ['きのう', 'date.unreadable'],
    ['', 'date.empty'],
  ])('refuses %s (%s)', (text, code) => {
    expect(parseJapaneseDate(text)).toMatchObject({ ok: false, code });
  });
});

describe('formatWareki', () => {
  it.each([
    ['2019-04-30', '平成31年4月30日', 'H31.4.30'],
    ['2019-05-01', '令和元年5月1日', 'R1.5.1'],
    ['2020-04-01', '令和2年4月1日', 'R2.4.1'],
    ['1989-01-07', '昭和64年1月7日', 'S64.1.7'],
    ['1989-01-08', '平成元年1月8日', 'H1.1.8'],
    ['2000-02-29', '平成12年2月29日', 'H12.2.29'],
  ])('%s → %s / %s', (date, long, short) => {
    expect(formatWareki(date)).toBe(long);
    expect(formatWareki(date, 'short')).toBe(short);
  });
});
