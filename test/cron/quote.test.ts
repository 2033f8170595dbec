import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cronShellArg } from '../../lib/cron/quote.js';
import { cronDecode } from '../helpers/cron-decode.js';

/** argv as /bin/sh sees it after cron's processing of `text`. */
function shellArgv(text: string): string[] {
  const { command, stdin } = cronDecode(`printf '%s\\0' ${text}`.replace(/%s/, '\\%s'));
  expect(stdin, 'cron would cut the command at a %').to.equal(undefined);
  const result = spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8' });
  expect(result.status).to.equal(0);
  return result.stdout.split('\0').slice(0, -1);
}

describe('cronShellArg', () => {
  it('leaves plain words unquoted', () => {
    expect(cronShellArg('/usr/bin/node')).to.equal('/usr/bin/node');
    expect(cronShellArg('demo.db-1')).to.equal('demo.db-1');
  });

  it('quotes and escapes, golden cases', () => {
    expect(cronShellArg('')).to.equal(`''`);
    expect(cronShellArg('a b')).to.equal(`'a b'`);
    expect(cronShellArg("it's")).to.equal(`'it'\\''s'`);
    expect(cronShellArg('50%')).to.equal(`'50'\\%''`);
    expect(cronShellArg('a\\b')).to.equal(`'a\\''b'`);
  });

  const awkward = [
    'a b',
    "it's",
    '50%',
    '%%',
    '\\%',
    '\\\\',
    'a\\',
    "'",
    '$HOME',
    '`id`',
    '$(id)',
    '"q"',
    '; rm -rf /',
    '*?[',
    '~user',
    '#no comment',
    'é 中 🙂',
    '\t tab',
  ];
  for (const arg of awkward) {
    it(`survives cron and /bin/sh unchanged: ${JSON.stringify(arg)}`, () => {
      expect(shellArgv(cronShellArg(arg))).to.deep.equal([arg]);
    });
  }

  it('refuses a newline, which no crontab line can hold', () => {
    expect(() => cronShellArg('a\nb')).to.throw(/newline/);
  });
});
