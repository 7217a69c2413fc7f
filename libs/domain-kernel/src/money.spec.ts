import { DomainError } from './domain-error';
import { Money } from './money';

describe('Money', () => {
  it.each([
    ['1420', 142000],
    ['1420.5', 142050],
    ['1420.05', 142005],
    ['0.01', 1],
    ['-3.20', -320],
    [1330, 133000],
  ])('parses %s as %i fen', (raw, fen) => {
    expect(Money.parse(raw).fen).toBe(fen);
  });

  it.each(['1420.005', '1,420', 'abc', '', '1e3', '.5', 'NaN'])('refuses %p', (raw) => {
    expect(() => Money.parse(raw)).toThrow(DomainError);
  });

  it('adds without binary float error', () => {
    expect(Money.parse('0.1').plus(Money.parse('0.2')).toString()).toBe('0.30');
  });

  it('computes a gap that is never negative', () => {
    const standard = Money.parse('1420');
    expect(standard.minus(Money.parse('1500')).atLeastZero().toString()).toBe('0.00');
    expect(standard.minus(Money.parse('1000')).times(3).toString()).toBe('1260.00');
  });

  it('rounds ratios half away from zero to the fen', () => {
    expect(Money.parse('10.00').timesRatio(1, 3).toString()).toBe('3.33');
    expect(Money.parse('0.05').timesRatio(1, 2).toString()).toBe('0.03');
    expect(Money.parse('-0.05').timesRatio(1, 2).toString()).toBe('-0.03');
    expect(() => Money.parse('1').times(1.5)).toThrow(DomainError);
  });

  it('prints two decimals', () => {
    expect(Money.ofFen(5).toString()).toBe('0.05');
    expect(JSON.stringify({ a: Money.ofFen(-142000) })).toBe('{"a":"-1420.00"}');
  });
});
