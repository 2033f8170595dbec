// Property test: random crontabs and config paths through render → merge → merge again, and every rendered
// line through cron's % handling and /bin/sh, which must give exactly the intended argv.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../lib/config/model.js';
import { jobCommand, renderBlock, type BlockInputs } from '../../lib/cron/block.js';
import { beginMarker, endMarker } from '../../lib/cron/markers.js';
import { mergeBlock, splitLines } from '../../lib/cron/merge.js';
import { cronDecode } from '../helpers/cron-decode.js';
import { Random, seedFromEnv } from '../helpers/random.js';
import { makeTempDir } from '../helpers/temp.js';

const pathChars = [
  ...'abcXYZ019 ._-/',
  "'",
  '"',
  '%',
  '%',
  '\\',
  '$',
  '`',
  ';',
  '&',
  '|',
  '*',
  '?',
  '~',
  '#',
  '(',
  ')',
  '!',
  '{',
  '}',
  'é',
  '中',
  '🙂',
  '\t',
];
const nameChars = [...'abcdefghijklmnopqrstuvwxyzABC0123456789.-'];
const foreignLines = [
  'MAILTO=ops@example.com',
  'SHELL=/bin/bash',
  '# a comment',
  '',
  '   ',
  '0 * * * * /usr/bin/foo %bar',
  '@reboot run-me',
  '# BEGIN opsbackup /elsewhere.yaml',
  'PATH=/x',
  '\t# tab comment',
];

function randomPath(random: Random): string {
  return '/' + random.string(pathChars, 1, 30);
}

function randomCrontab(random: Random, ourBlock: () => string[]): string {
  const parts: string[] = [];
  const count = random.int(8);
  for (let i = 0; i < count; i++) {
    const roll = random.int(10);
    if (roll === 0) parts.push(...ourBlock());
    else
      parts.push(
        random.pick(foreignLines) + (random.int(4) === 0 ? ' ' + random.string(pathChars, 0, 10) : ''),
      );
  }
  const eol = () => (random.int(5) === 0 ? '\r\n' : '\n');
  let text = parts.map((line) => line + eol()).join('');
  if (random.int(4) === 0) text = text.replace(/\r?\n$/, '');
  return text;
}

function configWith(random: Random, file: string): Config {
  const projects = Array.from({ length: random.int(3) }, () => {
    const name = random.pick(nameChars.slice(0, 36)) + random.string(nameChars, 0, 8);
    return {
      name,
      backups: Array.from({ length: 1 + random.int(2) }, (_, i) => ({
        project: name,
        name: `b${i}-${random.string(nameChars, 0, 5)}`,
        kind: 'files' as const,
        intervals: [random.pick(['* * * * *', '0 3 * * *', '@daily', '*/5 1-3 * jan mon'])],
        verify: false,
        targets: [],
        paths: [],
        optionalPaths: [],
        exclude: [],
      })),
    };
  });
  return {
    file,
    directory: '/',
    logDirectory: '/',
    projects,
    variables: [],
    timeouts: { inactivityMs: 1, totalMs: 1 },
  };
}

describe('crontab rendering and merging (property, 1,000 random cases)', function () {
  this.timeout(120_000);
  const seed = seedFromEnv();
  const cases = 1000;

  it(`keeps foreign lines byte for byte, puts the block in once, is idempotent, and every line gives the intended argv (seed ${seed})`, () => {
    const random = new Random(seed);
    const temp = makeTempDir();
    try {
      const printer = join(temp.path, 'print-argv');
      writeFileSync(printer, '#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done\n');
      chmodSync(printer, 0o755);
      const script: string[] = [];
      const expectations: { log: string; argv: string[] }[] = [];

      for (let i = 0; i < cases; i++) {
        const file = randomPath(random).replace(/\t/g, ' ');
        const config = configWith(random, file);
        const inputs: BlockInputs = {
          config,
          node: printer,
          runBackup: randomPath(random),
          logFile: join(temp.path, `out ${i} %'$.log`),
          ...(random.int(3) === 0 ? { envFile: randomPath(random) } : {}),
        };
        const block = renderBlock(inputs);
        const current = randomCrontab(random, () => [beginMarker(file), 'stale', endMarker(file)]);
        const context = `seed ${seed}, case ${i}: ${JSON.stringify(current)}`;

        const first = mergeBlock(current, block, file);
        const foreignBefore = splitLines(current).filter((line) => !isOurs(line.content, file));
        const foreignAfter = splitLines(first.text).filter((line) => !isOurs(line.content, file));
        // Byte for byte, except the newline added to a last line that had none.
        expect(
          foreignAfter.map((l) => l.raw.replace(/\n$/, '')),
          context,
        ).to.deep.equal(foreignBefore.map((l) => l.raw.replace(/\n$/, '')));
        expect(
          foreignAfter.slice(0, -1).map((l) => l.raw),
          context,
        ).to.deep.equal(foreignBefore.slice(0, -1).map((l) => l.raw));
        expect(
          first.text.split('\n').filter((line) => line.replace(/\r$/, '') === beginMarker(file)),
          context,
        ).to.have.length(1);
        expect(first.text, context).to.contain(block.join('\n') + '\n');
        const second = mergeBlock(first.text, block, file);
        expect(second.changed, context).to.equal(false);
        expect(second.text, context).to.equal(first.text);

        const project = config.projects[0];
        const backup = project?.backups[0];
        if (project && backup) {
          const command = jobCommand(inputs, project.name, backup.name);
          const decoded = cronDecode(command);
          expect(decoded.stdin, context).to.equal(undefined);
          script.push(decoded.command);
          const argv = ['--max-semi-space-size=1', '--', inputs.runBackup, '--config', file];
          if (inputs.envFile !== undefined) argv.push('--env-file', inputs.envFile);
          expectations.push({ log: inputs.logFile, argv: [...argv, project.name, backup.name] });
        }
      }
      const run = spawnSync('/bin/sh', ['-s'], { input: script.join('\n') + '\n', encoding: 'utf8' });
      expect(run.status, run.stderr).to.equal(0);
      for (const { log, argv } of expectations) {
        expect(readFileSync(log, 'utf8').split('\0').slice(0, -1), `seed ${seed}`).to.deep.equal(argv);
      }
      expect(expectations.length).to.be.greaterThan(cases / 2);
    } finally {
      temp.remove();
    }
  });
});

function isOurs(content: string, file: string): boolean {
  return (
    content.replace(/\r$/, '') === beginMarker(file) ||
    content.replace(/\r$/, '') === endMarker(file) ||
    content === 'stale' ||
    /^\S+ \S+ \S+ \S+ \S+ umask 027; PATH=|^@\w+ umask 027; PATH=/.test(content)
  );
}
