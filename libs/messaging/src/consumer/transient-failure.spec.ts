import { isTransientFailure } from './transient-failure';

const pgError = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('transient failures of a consumer', () => {
  it('are the ones that pass by themselves: connection lost or refused, serialization, deadlock, timeouts', () => {
    expect(isTransientFailure(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isTransientFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientFailure(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isTransientFailure(pgError('08006'))).toBe(true);
    expect(isTransientFailure(pgError('40001'))).toBe(true);
    expect(isTransientFailure(pgError('40P01'))).toBe(true);
    expect(isTransientFailure(pgError('57014', 'canceling statement due to statement timeout'))).toBe(true);
    expect(isTransientFailure(pgError('53300', 'too many connections'))).toBe(true);
    // TypeORM wraps the driver's error.
    expect(isTransientFailure(Object.assign(new Error('query failed'), { driverError: pgError('40P01') }))).toBe(true);
  });

  it('are not verdicts on the event: constraint, schema and domain failures are permanent', () => {
    expect(isTransientFailure(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isTransientFailure(pgError('22P02', 'invalid input syntax for type uuid'))).toBe(false);
    expect(isTransientFailure(Object.assign(new Error('the division is revoked'), { code: 'DIVISION.REVOKED' }))).toBe(false);
    expect(isTransientFailure(new Error('schema violation: /code must be string'))).toBe(false);
    expect(isTransientFailure(undefined)).toBe(false);
  });
});
