/** Valid citizen ID numbers for tests, different on every call (the tests share one database). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
// Tests pin birth dates ('19800101' for an adult), so on one date only the address code and the
// 3-digit sequence tell people apart. Test files start at a random place among 99 address codes x
// 1000 sequences, so two files picking the same date rarely meet (one thousand was not enough).
const ADDRESS_CODES = 99;
let serial = Math.floor(Math.random() * ADDRESS_CODES * 1000);

/** A valid ID; without a birth date, a fresh one too, so that test files running apart rarely meet. */
export function newCitizenId(birthDate = newBirthDate(1940), address?: string): string {
  serial = (serial + 1) % (ADDRESS_CODES * 1000);
  const addressCode = address ?? `3101${String(1 + Math.floor(serial / 1000)).padStart(2, '0')}`;
  const body = `${addressCode}${birthDate}${String(serial % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * Another birth date per call too, so name + birth date matches only happen when a test wants them.
 * The dates spread over about 33 years from `fromYear`: a test that needs an age pins the date.
 */
let day = Math.floor(Math.random() * 12000);
export function newBirthDate(fromYear = 1950): string {
  day += 1;
  const d = new Date(Date.UTC(fromYear, 0, 1) + (day % 12000) * 86_400_000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** A valid ID of a man or a woman (the sequence digit decides: odd for men). */
export function newCitizenIdOfSex(sex: 'male' | 'female', birthDate = newBirthDate(1940)): string {
  for (;;) {
    const id = newCitizenId(birthDate);
    if ((Number(id[16]) % 2 === 1) === (sex === 'male')) return id;
  }
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
let usccSerial = Math.floor(Math.random() * 1_000_000);

/**
 * A valid unified social credit code (GB 32100) registered in Xuhui, different on every call: an
 * enterprise's by default, or of the authority and type `kind` says (`51` a social group, `52` a
 * social service institution, `53` a foundation).
 */
export function newUscc(kind = '91'): string {
  usccSerial += 1;
  const body = `${kind}310104${String(usccSerial).padStart(9, '0')}`;
  const sum = [...body].reduce((acc, ch, i) => acc + USCC_CHARS.indexOf(ch) * USCC_WEIGHTS[i], 0);
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}
