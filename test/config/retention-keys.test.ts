// The RETENTION keys as written in config.yaml: counts (a number or `unlimited`), durations in restic's
// syntax for KEEP_WITHIN and KEEP_WITHIN_*, and the errors a person gets for anything else.
import { expect } from 'chai';
import { ConfigError, type ConfigIssue } from '../../lib/config/issues.js';
import { parseConfig } from '../../lib/config/parse.js';
import { durationPattern } from '../../lib/retention/duration.js';
import { loadSchema } from '../../lib/config/schema-file.js';

const file = '/etc/opsbackup/config.yaml';

/** A config whose only target has `retention` (flow-style YAML) as its RETENTION, on line 7. */
function configWith(retention: string): string {
  return `PROJECTS:
  - NAME: shop
    BACKUPS:
      - FILE_BACKUP:
          INTERVALS: ['@daily']
          FILE_PATH: [www]
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups, RETENTION: ${retention} }]
`;
}

function policyOf(retention: string) {
  const config = parseConfig(configWith(retention), {
    file,
    env: {},
    home: '/home/ops',
    fileExists: () => true,
  });
  return config.projects[0]?.backups[0]?.targets[0]?.retention;
}

function issuesOf(retention: string): ConfigIssue[] {
  try {
    policyOf(retention);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  throw new Error(`RETENTION: ${retention} was accepted`);
}

/** The one issue, as `line: message (hint)`. */
function rejection(retention: string): string {
  const issues = issuesOf(retention);
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  const [issue] = issues as [ConfigIssue];
  return `${issue.line}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`;
}

describe('config: RETENTION keys', () => {
  it('normalises counts, `unlimited` and every duration key into the policy', () => {
    expect(
      policyOf(
        '{ KEEP_LAST: unlimited, KEEP_HOURLY: 24, KEEP_DAILY: 7, KEEP_WEEKLY: unlimited, KEEP_MONTHLY: 12, ' +
          'KEEP_YEARLY: unlimited, KEEP_WITHIN: 1y2m3d4h, KEEP_WITHIN_HOURLY: 2d, KEEP_WITHIN_DAILY: 7d, ' +
          'KEEP_WITHIN_WEEKLY: 1m, KEEP_WITHIN_MONTHLY: 1y, KEEP_WITHIN_YEARLY: 75y, MIN_KEEP: 3 }',
      ),
    ).to.deep.equal({
      keepLast: 'unlimited',
      keepHourly: 24,
      keepDaily: 7,
      keepWeekly: 'unlimited',
      keepMonthly: 12,
      keepYearly: 'unlimited',
      keepWithin: { years: 1, months: 2, weeks: 0, days: 3, hours: 4 },
      keepWithinHourly: { years: 0, months: 0, weeks: 0, days: 2, hours: 0 },
      keepWithinDaily: { years: 0, months: 0, weeks: 0, days: 7, hours: 0 },
      keepWithinWeekly: { years: 0, months: 1, weeks: 0, days: 0, hours: 0 },
      keepWithinMonthly: { years: 1, months: 0, weeks: 0, days: 0, hours: 0 },
      keepWithinYearly: { years: 75, months: 0, weeks: 0, days: 0, hours: 0 },
      minKeep: 3,
    });
    expect(policyOf('{ KEEP_WITHIN_DAILY: 2w }')).to.deep.equal({
      keepWithinDaily: { years: 0, months: 0, weeks: 2, days: 0, hours: 0 },
    });
  });

  it('refuses a negative or zero count, naming the line and what is allowed', () => {
    expect(rejection('{ KEEP_DAILY: -1 }')).to.equal(
      "7: -1 is out of range: allowed 1–100000 (write unlimited for no limit, as restic's -1)",
    );
    expect(rejection('{ KEEP_LAST: 0 }')).to.equal('7: 0 is out of range: allowed 1–100000');
    expect(rejection('{ KEEP_MONTHLY: 100001 }')).to.equal('7: 100001 is out of range: allowed 1–100000');
  });

  it('refuses a count that is neither a whole number nor `unlimited`', () => {
    expect(rejection('{ KEEP_YEARLY: unlimted }')).to.match(
      /^7: "unlimted" is not allowed: use one of unlimited \(did you mean unlimited\?\)$/,
    );
    expect(rejection('{ KEEP_WEEKLY: 2.5 }')).to.equal('7: must be a whole number, found the number 2.5');
    expect(rejection('{ KEEP_HOURLY: all }')).to.match(/^7: "all" is not allowed: use one of unlimited/);
  });

  for (const key of [
    'KEEP_WITHIN',
    'KEEP_WITHIN_HOURLY',
    'KEEP_WITHIN_DAILY',
    'KEEP_WITHIN_WEEKLY',
    'KEEP_WITHIN_MONTHLY',
    'KEEP_WITHIN_YEARLY',
  ]) {
    it(`refuses a bad ${key} duration, naming the key, the line and the syntax`, () => {
      for (const bad of ['7 days', '7', 'd', '1d1y', '-1d', '0d', '0y0m0h', '7D', '1.5d', 'unlimited']) {
        const message = rejection(`{ ${key}: '${bad}' }`);
        expect(message, bad).to.match(
          new RegExp(`^7: "${bad.replace('.', '\\.')}" is not a valid ${key} \\(`),
        );
        expect(message, bad).to.contain('years, months, weeks, days and hours in that order');
      }
    });
  }

  it('refuses a duration without a unit, and an unknown rule with a suggestion', () => {
    // YAML's 7 is read as the text "7" (values are coerced to the schema's types, as for ${VAR}).
    expect(rejection('{ KEEP_WITHIN_DAILY: 7 }')).to.match(/^7: "7" is not a valid KEEP_WITHIN_DAILY \(/);
    expect(rejection('{ KEEP_WITHIN_DAYLY: 7d }')).to.match(
      /^7: unknown key KEEP_WITHIN_DAYLY \(did you mean KEEP_WITHIN_DAILY\?\)/,
    );
  });

  it("keeps the schema's duration pattern and the parser's the same grammar", () => {
    const schema = loadSchema() as { $defs: Record<string, { pattern?: string }> };
    expect(schema.$defs.keepDuration?.pattern).to.equal(durationPattern);
  });
});
