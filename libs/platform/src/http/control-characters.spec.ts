import { controlCharacterProblems, CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_PATTERN } from './control-characters';

describe('control characters in requests', () => {
  it('names every field, nested or in a list, whose text holds one; tab and line breaks are text', () => {
    const body = { name: 'ok\tline\nnext\r', reason: 'a\u0000b', members: [{ name: '张三' }, { name: 'x\u0081' }], nested: { note: '\u007f' } };
    expect(controlCharacterProblems(body).map((p) => p.field)).toEqual(['reason', 'members[1].name', 'nested.note']);
    expect(controlCharacterProblems('%00 decoded: \u0000', 'action')).toEqual([{ field: 'action', message: 'action must not contain control characters' }]);
    expect(controlCharacterProblems({ 'bad\u0001key': 1 })).toHaveLength(1);
    expect(controlCharacterProblems({ n: 1, b: true, z: null })).toEqual([]);
  });

  it('documents the same rule it enforces', () => {
    const documented = new RegExp(NO_CONTROL_CHARACTERS_PATTERN);
    for (let code = 0; code <= 0x200; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(documented.test(text)).toBe(!CONTROL_CHARACTERS.test(text));
    }
  });
});
