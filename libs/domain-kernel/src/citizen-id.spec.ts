import { errorCodeOf } from './error-code-of';
import { CitizenId, checkCharacterOf, maskCitizenId } from './citizen-id';
import { ControllableClock } from './clock';
import { DomainError } from './domain-error';

const clock = new ControllableClock(new Date('2026-11-29T04:00:00Z'));

const codeOf = (raw: string) => errorCodeOf(() => CitizenId.parse(raw, 'citizenId', clock));

describe('CitizenId (GB 11643)', () => {
  it.each([
    ['11010519491231002X', 'the standard example'],
    ['11010519491231002x', 'lower-case x'],
    ['310104200002290014', 'a leap day'],
  ])('accepts %s (%s)', (raw) => {
    expect(codeOf(raw)).toBeUndefined();
  });

  it.each([
    ['11010519491231002', 'CITIZEN_ID.MALFORMED'],
    ['1101051949123100211', 'CITIZEN_ID.MALFORMED'],
    ['11010519491231002Y', 'CITIZEN_ID.MALFORMED'],
    ['11010519491231A02X', 'CITIZEN_ID.MALFORMED'],
    ['11010519491231002Z', 'CITIZEN_ID.MALFORMED'],
    ['110105194912310021', 'CITIZEN_ID.BAD_CHECK_CHARACTER'],
    ['310104199002300010', 'CITIZEN_ID.BAD_BIRTH_DATE'], // 30 February
    ['310104199013010011', 'CITIZEN_ID.BAD_BIRTH_DATE'], // month 13
    ['310104202702010015', 'CITIZEN_ID.FUTURE_BIRTH_DATE'],
    ['440524188001010014', 'CITIZEN_ID.BAD_BIRTH_DATE'], // before 1900: no living person
    ['010104199001010011', 'CITIZEN_ID.BAD_ADDRESS_CODE'],
  ])('refuses %s with %s', (raw, code) => {
    expect(codeOf(raw)).toBe(code);
  });

  it('computes the check character of the standard example', () => {
    expect(checkCharacterOf('11010519491231002')).toBe('X');
  });

  it('normalises to upper-case X and exposes birth date and sex', () => {
    const id = CitizenId.parse('11010519491231002x', 'citizenId', clock);
    expect(id.value).toBe('11010519491231002X');
    expect(id.birthDate.toString()).toBe('1949-12-31');
    expect(id.sex).toBe('female');
  });

  it('masks the birth date and sequence for logs', () => {
    expect(CitizenId.parse('11010519491231002X', 'id', clock).masked()).toBe('110105********002X');
    expect(maskCitizenId('holder 310104200002290014 applied')).toBe('holder 310104********0014 applied');
    // Beside letters or underscores too (a \b boundary missed these), never inside a longer number.
    expect(maskCitizenId('id_310104200002290014')).toBe('id_310104********0014');
    expect(maskCitizenId('ID31010419491231002Xok')).toBe('ID310104********002Xok');
    expect(maskCitizenId('6222021001122334458999')).toBe('6222021001122334458999');
  });

  it('names the field in the error', () => {
    try {
      CitizenId.parse('bad', 'members[0].citizenId', clock);
      fail('expected an error');
    } catch (e) {
      expect((e as DomainError).field).toBe('members[0].citizenId');
    }
  });
});
