// Fuzzing the config loader for a fixed time: random YAML built from the schema's own words, and random
// mutations of valid configs. Every input must give a config or a user error (exit 2 with a message
// naming the file and line) — never a crash, a hang or a stack trace. The seed is printed on failure.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseConfig } from '../../lib/config/parse.js';
import { ExitCode, isUserError } from '../../lib/errors.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { Random, seedFromEnv } from '../helpers/random.js';
import { makeTempDir } from '../helpers/temp.js';

const seconds = Number(process.env.FUZZ_SECONDS ?? 12);

const keys = [
  'PROJECTS',
  'NAME',
  'BACKUPS',
  'FILE_BACKUP',
  'DB_BACKUPS',
  'INTERVALS',
  'UPLOAD_TO',
  'STORAGE_NAME',
  'PATH',
  'FILE_PATH',
  'EXCLUDE',
  'SSH',
  'USERNAME',
  'IP_ADDRESS',
  'PORT',
  'KEY_PATH',
  'DB_INFO',
  'PASSWORD',
  'HOST',
  'DOCKER',
  'CONTAINER_NAME',
  'FORMAT',
  'RETENTION',
  'KEEP_LAST',
  'KEEP_DAILY',
  'KEEP_WITHIN',
  'MIN_KEEP',
  'VERIFY',
  'NOTIFY',
  'EMAIL',
  'TO',
  'WEBHOOK',
  'URL',
  'ON',
  'HEALTHCHECK',
  'LOG_DIRECTORY',
  'TIMEOUTS',
  'INACTIVITY_SECONDS',
  'METRICS_FILE',
  'OPTIONAL',
  'CHUNK_SIZE_KIB',
  'DRIVE_ID',
  'HOST_KEY',
  'x',
  '',
];
const scalars: unknown[] = [
  'LOCAL',
  'ONEDRIVE',
  '@daily',
  '* * * * *',
  '61 * * * *',
  '0 3 * * mon-fri',
  'custom',
  'plain',
  '7d',
  '1y2m',
  'failure',
  'always',
  '${VAR}',
  '${UNSET}',
  '${VAR:-d}',
  '$${X}',
  '~/x',
  '/etc',
  '../..',
  'data',
  '',
  'a'.repeat(300),
  'ünï名',
  '\u0000',
  '\t',
  'line\nbreak',
  0,
  -1,
  1.5,
  320,
  65536,
  1e21,
  true,
  false,
  null,
];

function randomValue(random: Random, depth: number): unknown {
  const kind = depth > 5 ? 0 : random.int(4);
  if (kind === 0) return random.pick(scalars);
  if (kind === 1) return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = random.int(5); i > 0; i--) object[random.pick(keys)] = randomValue(random, depth + 1);
  return object;
}

const junk = [
  '\t',
  '\n',
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '&a ',
  '*a',
  '!!binary ',
  '!tag ',
  '? ',
  '|',
  '>',
  '#',
  '"',
  "'",
  '%',
  '${',
  '\u00a0',
  '\ufeff',
  '\r\n',
  '---\n',
  '...\n',
  '<<: *a\n',
];

function mutate(random: Random, text: string): string {
  let out = text;
  for (let n = 1 + random.int(4); n > 0; n--) {
    const at = random.int(out.length + 1);
    switch (random.int(5)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1 + random.int(20));
        break;
      case 1:
        out = out.slice(0, at) + random.pick(junk) + out.slice(at);
        break;
      case 2: {
        const lines = out.split('\n');
        const i = random.int(lines.length);
        lines.splice(random.int(lines.length), 0, lines[i] ?? '');
        out = lines.join('\n');
        break;
      }
      case 3:
        out = out.slice(0, at) + String.fromCharCode(random.int(0x3000)) + out.slice(at);
        break;
      default:
        out = out.slice(0, at) + stringify(randomValue(random, 3)) + out.slice(at);
    }
  }
  return out;
}

/** parseConfig's answer, or the unexpected exception that is a bug. */
function outcome(text: string): 'valid' | 'user error' | Error {
  try {
    parseConfig(text, {
      file: '/etc/opsbackup/config.yaml',
      env: { VAR: 'value' },
      home: '/home/ops',
      fileExists: () => true,
    });
    return 'valid';
  } catch (error) {
    if (
      isUserError(error) &&
      error.exitCode === ExitCode.usage &&
      /\/etc\/opsbackup\/config\.yaml/.test(error.message)
    )
      return 'user error';
    return error instanceof Error ? error : new Error(String(error));
  }
}

describe('config loader under fuzzing', function () {
  this.timeout((seconds + 60) * 1000);
  const seed = seedFromEnv();
  const valid = [
    readFileSync(join(repoRoot, 'config.yaml'), 'utf8'),
    `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - DB_BACKUPS:\n          - NAME: db\n          - INTERVALS: ['@daily']\n          - DB_INFO: { USERNAME: u, PASSWORD: '\${VAR}', NAME: d }\n          - UPLOAD_TO: [{ STORAGE_NAME: ONEDRIVE, PATH: B, RETENTION: { KEEP_DAILY: 7, MIN_KEEP: 2 } }]\nNOTIFY: { ON: always, WEBHOOK: { URL: 'https://h.example/x' } }\n`,
  ];

  it(`never crashes: random YAML and mutated valid configs for ${seconds} s (seed ${seed})`, async () => {
    const random = new Random(seed);
    // A process warning would reach the user's terminal as "(node:123) Warning: …": a failure too.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    after(() => process.off('warning', onWarning));
    for (const text of valid) expect(outcome(text)).to.equal('valid');
    const counts = { valid: 0, 'user error': 0 };
    const deadline = Date.now() + seconds * 1000;
    let round = 0;
    while (Date.now() < deadline) {
      round++;
      const text =
        random.int(2) === 0 ? stringify(randomValue(random, 0)) : mutate(random, random.pick(valid));
      const result = outcome(text);
      if (result instanceof Error) {
        expect.fail(`seed ${seed} round ${round}: ${result.stack ?? result.message}\n--- input ---\n${text}`);
      }
      counts[result]++;
      // Warnings are delivered on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      if (warnings.length > 0)
        expect.fail(
          `seed ${seed} round ${round}: process warning ${warnings[0] ?? ''}\n--- input ---\n${text}`,
        );
    }
    // Both kinds must occur, or the fuzzer is not reaching the interesting parts.
    expect(counts.valid, JSON.stringify(counts)).to.be.greaterThan(0);
    expect(counts['user error'], JSON.stringify(counts)).to.be.greaterThan(100);
  });

  it('through the command line: exit 0 or 2, a message, never a stack trace', async () => {
    const random = new Random(seed + 1);
    const temp = makeTempDir();
    try {
      for (let i = 0; i < 15; i++) {
        const file = join(temp.path, 'config.yaml');
        const text = mutate(random, random.pick(valid));
        writeFileSync(file, text);
        const result = await runCli('run-backup', ['-c', file, '--list'], { env: { VAR: 'value' } });
        const context = `seed ${seed + 1} #${i}\n${text}\n--- stderr ---\n${result.stderr}`;
        expect([0, 2], context).to.include(result.status);
        expect(result.stderr, context).to.not.match(/internal error|\n\s+at /);
        if (result.status === 2) expect(result.stderr, context).to.match(/config\.yaml(:\d+:\d+)?/);
      }
    } finally {
      temp.remove();
    }
  });
});
