import { expect } from 'chai';
import { parseCronExpression } from '../../lib/cron/expression.js';
import { nextRuns } from '../../lib/cron/schedule.js';

function check(expression: string) {
  return parseCronExpression(expression);
}

describe('parseCronExpression', () => {
  const valid: [string, string][] = [
    ['* * * * *', '* * * * *'],
    ['0 3 * * *', '0 3 * * *'],
    ['  */15   0-23/2 1,15 * *  ', '*/15 0-23/2 1,15 * *'],
    ['30 4 1-3,7-9 jan-mar mon-fri', '30 4 1-3,7-9 jan-mar mon-fri'],
    ['0 0 * * 7', '0 0 * * 7'],
    ['0 0 * DEC Sun', '0 0 * DEC Sun'],
    ['@daily', '@daily'],
    ['@Midnight', '@midnight'],
    ['@reboot', '@reboot'],
    ['0 0 29 2 *', '0 0 29 2 *'],
    ['0 0 30 2 mon', '0 0 30 2 mon'],
    ['0 0 31 4,5 *', '0 0 31 4,5 *'],
    ['0 0 */31 2 *', '0 0 */31 2 *'],
  ];
  for (const [expression, text] of valid) {
    it(`accepts "${expression}" as Debian's cron does`, () => {
      const result = check(expression);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.cron.text).to.equal(text);
    });
  }

  const invalid: [string, RegExp][] = [
    ['0 3 * * * *', /has 6 fields/],
    ['0 3 * *', /has 4 fields/],
    ['', /has 1 fields/],
    ['60 * * * *', /minute field "60": 60 is out of range 0-59/],
    ['* 24 * * *', /hour field/],
    ['* * 0 * *', /day of month field "0": 0 is out of range 1-31/],
    ['* * * 13 *', /month field/],
    ['* * * * 8', /day of week field "8"/],
    ['* * L * *', /no L, W, # or \?/],
    ['* * * * 5#3', /is not \*, a number/],
    ['* * ? * *', /is not \*, a number/],
    ['*/0 * * * *', /step 0 must be at least 1/],
    ['5/10 * * * *', /write 5-59\/10/],
    ['10-5 * * * *', /runs backwards/],
    ['* * * foo *', /"foo" is not a number or a name/],
    ['@every_5m', /unknown macro/],
    ['0 0 30 2 *', /never runs/],
    ['0 0 31 apr,jun *', /never runs/],
    ['0 0 30-31 2 */2', /never runs/],
    ['0 0 * * * ; rm -rf /', /fields/],
    ['0 0 * * %', /day of week field/],
  ];
  for (const [expression, message] of invalid) {
    it(`rejects "${expression}"`, () => {
      const result = check(expression);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.message).to.match(message);
    });
  }
});

describe('nextRuns', () => {
  const from = new Date('2026-03-28T12:34:56Z');

  function runs(expression: string, count: number, tz = 'UTC') {
    const result = parseCronExpression(expression);
    if (!result.ok) throw new Error(result.message);
    return nextRuns(result.cron, from, count, tz).map((date) => date.toISOString());
  }

  it('gives the next runs strictly after the start time', () => {
    expect(runs('35 12 * * *', 2)).to.deep.equal(['2026-03-28T12:35:00.000Z', '2026-03-29T12:35:00.000Z']);
  });

  it('runs when either restricted day field matches, as cron does', () => {
    // 1st of the month or any Friday; 2026-04-01 is a Wednesday, 2026-04-03 a Friday.
    expect(runs('0 0 1 * fri', 2)).to.deep.equal(['2026-04-01T00:00:00.000Z', '2026-04-03T00:00:00.000Z']);
  });

  it('treats 7 and sun as Sunday', () => {
    expect(runs('0 6 * * 7', 1)).to.deep.equal(runs('0 6 * * sun', 1));
    expect(runs('0 6 * * 0', 1)).to.deep.equal(['2026-03-29T06:00:00.000Z']);
  });

  it('computes in the given time zone across a DST change', () => {
    // Europe/Berlin switches to summer time on 2026-03-29: 03:00 local is 01:00Z, the day before 02:00Z.
    expect(runs('0 3 * * *', 2, 'Europe/Berlin')).to.deep.equal([
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T01:00:00.000Z',
    ]);
  });

  it('has no runs in time for @reboot', () => {
    expect(runs('@reboot', 3)).to.deep.equal([]);
  });

  it('finds a leap day', () => {
    expect(runs('0 0 29 2 *', 1)).to.deep.equal(['2028-02-29T00:00:00.000Z']);
  });
});
