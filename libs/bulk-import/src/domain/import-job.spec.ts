import { visibleTo } from './import-job';

describe('who sees a bulk import', () => {
  it.each([
    ['a city-wide reader', ['310104'], undefined, true],
    ['a reader of the same district', ['310104'], ['310104', '310105'], true],
    ['a reader of another district', ['310104'], ['310105'], false],
    ['a district reader, for a city-wide upload', [], ['310104'], false],
  ])('%s', (_who, uploaded, reading, visible) => {
    expect(visibleTo({ subject: 's', system: 'x', districts: uploaded }, reading ? { districts: reading } : undefined)).toBe(visible);
  });
});
