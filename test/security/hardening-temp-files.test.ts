// Files replaced beside their target (a crontab file, the metrics file, a history file being trimmed, the
// sync-cron cache) never write through a link planted at the temporary name, predictable or guessed.
import { expect } from 'chai';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExclusive, temporaryNameBeside, writeFileAtomic } from '../../lib/atomic-file.js';
import { storeBlock } from '../../lib/cron/block-cache.js';
import { CrontabFile } from '../../lib/cron/crontab.js';
import { appendRecord, type RunRecord } from '../../lib/history/history.js';
import { writeMetricsFile } from '../../lib/history/metrics.js';
import { makeTempDir } from '../helpers/temp.js';

describe('temporary files beside a target', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let victim: string;
  beforeEach(() => {
    temp = makeTempDir();
    victim = join(temp.path, 'victim');
    writeFileSync(victim, 'untouched\n');
  });
  afterEach(() => temp.remove());

  /** Plants links to the victim (and a dangling one) at `names` in the temp directory. */
  function plant(...names: string[]): void {
    for (const name of names) symlinkSync(victim, join(temp.path, name));
  }
  const victimIntact = () =>
    expect(readFileSync(victim, 'utf8') === 'untouched\n', 'written through the link').to.equal(true);

  it('a crontab file is not written through a link at the old temporary name', () => {
    const target = join(temp.path, 'opsbackup');
    plant(`.opsbackup.${process.pid}.tmp`);
    new CrontabFile(target).write('# new crontab\n');
    expect(readFileSync(target, 'utf8')).to.equal('# new crontab\n');
    expect(lstatSync(target).isSymbolicLink()).to.equal(false);
    victimIntact();
  });

  it('the metrics file is not written through a link at the old temporary name, and is 0644', () => {
    const target = join(temp.path, 'opsbackup.prom');
    plant(`opsbackup.prom.${process.pid}.tmp`);
    writeMetricsFile(target, []);
    expect(readFileSync(target, 'utf8')).to.contain('# HELP opsbackup_last_run_success');
    expect(statSync(target).mode & 0o777).to.equal(0o644);
    victimIntact();
  });

  it('a history file trimmed past its size limit is not written through a link', () => {
    const target = join(temp.path, 'history.jsonl');
    writeFileSync(target, `${'{"padding":"x"}\n'.repeat(70_000)}`, { mode: 0o600 });
    plant(`history.jsonl.${process.pid}.tmp`);
    appendRecord(target, { version: 1, project: 'p', backup: 'b' } as RunRecord);
    expect(statSync(target).size).to.be.below(1024 * 1024);
    victimIntact();
  });

  it('the sync-cron cache is not written through a link at the old temporary name', () => {
    const cacheDirectory = join(temp.path, 'cache');
    const sources = { file: join(temp.path, 'config.yaml') } as Parameters<typeof storeBlock>[1];
    storeBlock(cacheDirectory, sources, {
      key: 'k',
      variables: [],
      checkedFiles: [],
      logDirectory: '/var/log',
      block: [],
    });
    const [cacheName] = readdirSync(cacheDirectory);
    for (const name of readdirSync(cacheDirectory)) expect(name).not.to.match(/\.tmp$/);
    symlinkSync(victim, join(cacheDirectory, `${cacheName}.${process.pid}.tmp`));
    storeBlock(cacheDirectory, sources, {
      key: 'k2',
      variables: [],
      checkedFiles: [],
      logDirectory: '/var/log',
      block: [],
    });
    victimIntact();
  });

  it('temporary names are unpredictable: 12 random hex digits, different on every call', () => {
    const target = join(temp.path, 'file');
    const names = new Set(Array.from({ length: 100 }, () => temporaryNameBeside(target)));
    expect(names.size).to.equal(100);
    for (const name of names) expect(name).to.match(/\/\.file\.[0-9a-f]{12}\.tmp$/);
  });

  it('a link planted at a guessed name is refused rather than followed, dangling or not', () => {
    const guessed = temporaryNameBeside(join(temp.path, 'file'));
    symlinkSync(victim, guessed);
    expect(() => createExclusive(guessed, 0o600)).to.throw(/EEXIST|ELOOP/);
    const dangling = temporaryNameBeside(join(temp.path, 'file'));
    const created = join(temp.path, 'created-through-link');
    symlinkSync(created, dangling);
    expect(() => createExclusive(dangling, 0o600)).to.throw(/EEXIST|ELOOP/);
    expect(() => statSync(created)).to.throw(/ENOENT/);
    victimIntact();
  });

  it('writeFileAtomic sets the mode exactly and leaves no temporary behind', () => {
    const target = join(temp.path, 'out');
    const umask = process.umask(0o077);
    try {
      writeFileAtomic(target, 'content', { mode: 0o644 });
    } finally {
      process.umask(umask);
    }
    expect(statSync(target).mode & 0o777).to.equal(0o644);
    expect(readdirSync(temp.path).sort()).to.deep.equal(['out', 'victim']);
  });
});
