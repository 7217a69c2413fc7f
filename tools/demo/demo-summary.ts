import { DemoTally } from './demo-run';

/** Where to look first in each service's Swagger UI: a list the demo filled. */
const LOOK_AT: Record<string, string> = {
  community: 'GET /api/v1/persons?divisionCode=310104003',
  assistance: 'GET /api/v1/applications?divisionCode=310104003',
  eldercare: 'GET /api/v1/residents?divisionCode=310104',
  'child-welfare': 'GET /api/v1/children?divisionCode=310104',
  registration: 'GET /api/v1/marriage-agencies, GET /api/v1/marital-status/319900195206031025',
  funeral: 'GET /api/v1/death-records?divisionCode=310104',
  charity: 'GET /api/v1/organisations?divisionCode=310104',
};

/** What the run made and found, then where to see it. */
export function printDemoSummary(result: { tally: DemoTally }, baseUrls: Record<string, string>, host: string, log: (line: string) => void): void {
  const rows = Object.entries(result.tally);
  const made = rows.reduce((n, [, c]) => n + c.created, 0);
  const found = rows.reduce((n, [, c]) => n + c.found, 0);
  log(`the demo city: ${made} records made now, ${found} already there`);
  for (const [kind, c] of rows) log(`  ${kind.padEnd(40)} ${String(c.created).padStart(4)} new ${String(c.found).padStart(4)} there`);
  log('look at it in Swagger UI (Authorize with a token: npm run -s token -- --sub trainer --roles "platform:admin,*:personal-data.read"):');
  for (const [service, url] of Object.entries(baseUrls)) log(`  ${service.padEnd(14)} ${url.replace('127.0.0.1', host)}/docs   ${LOOK_AT[service] ?? ''}`);
  log('its events: npm run -s events -- --list; move its clock: npm run -s clock -- +7d');
}
