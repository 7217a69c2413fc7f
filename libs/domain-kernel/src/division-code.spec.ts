import { DivisionCode, DIVISION_CODE_PATTERN } from './division-code';
import { DomainError } from './domain-error';

describe('DivisionCode (GB/T 2260)', () => {
  it.each([
    ['310000', 'province', undefined],
    ['310104', 'county', '310000'],
    ['310115', 'county', '310000'],
    ['320100', 'prefecture', '320000'],
    ['320102', 'county', '320100'],
    ['310104003', 'township', '310104'],
    ['310104003001', 'committee', '310104003'],
  ])('%s is a %s under %s', (raw, level, parent) => {
    const code = DivisionCode.parse(raw);
    expect(code.level).toBe(level);
    expect(code.parent?.value).toBe(parent);
  });

  it.each([
    ['31010', 'DIVISION_CODE.MALFORMED'],
    ['3101041', 'DIVISION_CODE.MALFORMED'],
    ['31010A', 'DIVISION_CODE.MALFORMED'],
    ['990104', 'DIVISION_CODE.UNKNOWN_PROVINCE'],
    ['310004', 'DIVISION_CODE.MALFORMED'],
    ['310000001', 'DIVISION_CODE.MALFORMED'],
  ])('refuses %s with %s', (raw, code) => {
    expect(() => DivisionCode.parse(raw)).toThrow(DomainError);
    try {
      DivisionCode.parse(raw);
    } catch (e) {
      expect((e as DomainError).code).toBe(code);
    }
  });

  it('knows containment for district scoping', () => {
    expect(DivisionCode.parse('310000').contains(DivisionCode.parse('310104003001'))).toBe(true);
    expect(DivisionCode.parse('310104').contains(DivisionCode.parse('310104003001'))).toBe(true);
    expect(DivisionCode.parse('310105').contains(DivisionCode.parse('310104003001'))).toBe(false);
    expect(DivisionCode.parse('310104003001').district).toBe('310104');
  });
});

describe('DIVISION_CODE_PATTERN', () => {
  const pattern = new RegExp(DIVISION_CODE_PATTERN);
  it('accepts exactly the codes DivisionCode.parse accepts', () => {
    const cases = [
      '310000',
      '310100',
      '310104',
      '310104003',
      '310104003012',
      '110105',
      '000000',
      '990000',
      '310001',
      '3101040',
      '310100003',
      '310004',
      '31010400',
      '310104003012345',
      '820000',
      '710000123',
      '12345a',
    ];
    for (let i = 0; i < 2000; i++) {
      const length = [6, 9, 12][i % 3];
      const prefix = ['31', '11', '82', '00', '99'][i % 5];
      cases.push(prefix + String(Math.floor(Math.random() * 10 ** (length - 2))).padStart(length - 2, '0'));
    }
    for (const code of cases) expect(`${code}: ${pattern.test(code)}`).toBe(`${code}: ${DivisionCode.isValid(code)}`);
  });
});
