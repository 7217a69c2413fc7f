/** Valid citizen ID numbers for tests, different on every call (the tests share one database). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
let sequence = Math.floor(Math.random() * 500);

/** A valid ID; without a birth date, a fresh one too, so that test files running apart rarely meet. */
export function newCitizenId(birthDate = newBirthDate(1940), address = '310104'): string {
  sequence = (sequence + 1) % 1000;
  const body = `${address}${birthDate}${String(sequence).padStart(3, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** Another birth date per call too, so name + birth date matches only happen when a test wants them. */
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
