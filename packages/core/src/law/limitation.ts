/**
 * 過払金返還請求権の消滅時効: 10 years from the end of the transaction where a 充当合意 exists
 * (最判H21.1.22). Since 2020-04-01 it is the earlier of 5 years from knowledge and 10 years
 * (民法166条1項); the 10-year date is the latest the claim can run, so it is what we can compute.
 */
export const overpaymentLimitation = {
  years: 10,
  source: '最判H21.1.22; 民法166条1項2号',
} as const;
