import { BusinessDate, systemClock } from '@civic/domain-kernel';
import { writeClockShift } from '@civic/platform';
import { newBirthDate, newCitizenId, seedTestDivisions, startTestService, TestService, testToken } from '@civic/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES } from './services';

/**
 * The sandbox clock of npm start (CIVIC_CLOCK_FILE, training and demos): a service decides by the
 * sandbox's time, and moving the clock changes its next decision with nothing restarted. Funeral
 * refuses a death dated after today: a date five days ahead is refused in real time and accepted
 * once the sandbox stands a week ahead.
 */
describe('the sandbox clock', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'civic-clock-')), 'clock.json');
  let funeral: TestService;
  let clerk: string;

  beforeAll(async () => {
    process.env.CIVIC_CLOCK_FILE = file;
    funeral = await startTestService(SERVICES.funeral.module, SERVICES.funeral.definition);
    await seedTestDivisions(funeral, 'funeral');
    clerk = await testToken(['funeral:*'], 'clock-clerk', 'funeral-home');
  });
  afterAll(async () => {
    delete process.env.CIVIC_CLOCK_FILE;
    await funeral?.close();
  });

  const register = (dateOfDeath: string) =>
    funeral.request({
      method: 'POST',
      url: '/api/v1/death-records',
      token: clerk,
      body: {
        citizenId: newCitizenId(newBirthDate(1940)),
        name: '钱',
        dateOfDeath,
        placeOfDeath: '医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-CLOCK',
      },
    });

  it('decides by the sandbox’s time, and by the new time as soon as the clock is moved', async () => {
    const fiveDaysAhead = BusinessDate.today(systemClock).addDays(5).toString();
    const refused = await register(fiveDaysAhead);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('urn:civic:problem:death.in-future');

    writeClockShift(file, { offsetMs: 7 * 86_400_000 });
    expect((await register(fiveDaysAhead)).status).toBe(201);

    writeClockShift(file, { offsetMs: 0 });
    expect((await register(fiveDaysAhead)).body.type).toBe('urn:civic:problem:death.in-future');
  });
});
