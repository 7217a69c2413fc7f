import { scaledExactly } from './exact-decimal';

describe('decimals exactly as written', () => {
  it('scale two-decimal values that binary floating point cannot hold exactly', () => {
    // 0.29 * 100 is 28.999999999999996: a check by multiplication refused 0.29 m².
    expect([0.29, 0.57, 0.58, 1.13, 0.6, 999.99, 3.5, -0.07, 12].map((v) => scaledExactly(v, 2))).toEqual([29, 57, 58, 113, 60, 99999, 350, -7, 1200]);
  });
  it('refuse more decimals than allowed and what is no plain decimal', () => {
    for (const v of [0.001, 0.125, 1e-7, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) expect(scaledExactly(v, 2)).toBeNull();
  });
});
