import { csvLines, spreadsheetSafe } from './csv';

describe('exports a spreadsheet opens safely', () => {
  it('defuse cells a spreadsheet would run as formulas, and keep numbers numbers', () => {
    expect(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '王某', '-1420.00', '1420.00', 7].map(spreadsheetSafe)).toEqual([
      `'=HYPERLINK("http://x")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      '王某',
      '-1420.00',
      '1420.00',
      7,
    ]);
    expect(csvLines([['a', '=1+1']])).toBe("a,'=1+1\n");
  });
});
