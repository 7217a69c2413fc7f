import { DomainError } from './domain-error';

/**
 * An amount of CNY held as integer fen (分): never a binary float, so that 0.1 + 0.2 is 0.30 and
 * district totals add up to the city total to the fen.
 */
export class Money {
  private constructor(readonly fen: number) {}

  static readonly ZERO = new Money(0);

  static ofFen(fen: number): Money {
    if (!Number.isSafeInteger(fen)) throw new DomainError('MONEY.NOT_WHOLE_FEN', 'amount must be a whole number of fen');
    return new Money(fen);
  }

  /** Parses a decimal yuan amount such as `1420`, `1420.5` or `1420.50`; at most 2 decimals. */
  static parse(raw: string | number, field = 'amount'): Money {
    const text = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim();
    const match = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
    if (!match) {
      throw new DomainError('MONEY.MALFORMED', `${field} must be a yuan amount with at most two decimals`, 'invalid', field);
    }
    const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
    return new Money(match[1] ? -fen : fen);
  }

  plus(other: Money): Money {
    return Money.ofFen(this.fen + other.fen);
  }
  minus(other: Money): Money {
    return Money.ofFen(this.fen - other.fen);
  }
  times(factor: number): Money {
    if (!Number.isInteger(factor)) throw new DomainError('MONEY.FRACTIONAL_FACTOR', 'use timesRatio for fractional factors');
    return Money.ofFen(this.fen * factor);
  }
  /** this x numerator / denominator, rounded half away from zero to the fen. */
  timesRatio(numerator: number, denominator: number): Money {
    if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator === 0) {
      throw new DomainError('MONEY.BAD_RATIO', 'ratio must be of whole numbers with a non-zero denominator');
    }
    const product = BigInt(this.fen) * BigInt(numerator);
    const d = BigInt(denominator);
    const sign = product < 0n !== d < 0n ? -1n : 1n;
    const abs = (v: bigint) => (v < 0n ? -v : v);
    const quotient = (abs(product) * 2n + abs(d)) / (abs(d) * 2n);
    return Money.ofFen(Number(sign * quotient));
  }
  /** Never below zero: a gap formula that comes out negative pays nothing. */
  atLeastZero(): Money {
    return this.fen < 0 ? Money.ZERO : this;
  }
  isNegative(): boolean {
    return this.fen < 0;
  }
  isZero(): boolean {
    return this.fen === 0;
  }
  compare(other: Money): number {
    return this.fen - other.fen;
  }
  equals(other: Money): boolean {
    return this.fen === other.fen;
  }

  /** `1420.00`: the decimal form used in APIs, events and exports. */
  toString(): string {
    const abs = Math.abs(this.fen);
    return `${this.fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  }
  toJSON(): string {
    return this.toString();
  }
}
