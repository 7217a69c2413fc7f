import { continueTrace, traceIdOf } from './trace-context';

describe('W3C trace context', () => {
  const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('continues the caller trace in a new span, keeping its flags', () => {
    const child = continueTrace(parent);
    expect(child).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(child).not.toBe(parent);
    expect(continueTrace('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00').endsWith('-00')).toBe(true);
  });

  it('starts a new sampled trace when there is no valid parent', () => {
    for (const bad of [
      undefined,
      '',
      'not-a-trace',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
      `${parent}-extra`,
    ]) {
      const fresh = continueTrace(bad);
      expect(fresh).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(traceIdOf(fresh)).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    }
    expect(traceIdOf(continueTrace(undefined))).not.toBe(traceIdOf(continueTrace(undefined)));
  });

  it('accepts a future version with extra fields, as the standard asks', () => {
    expect(traceIdOf('01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes-next')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });
});
