import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigSources } from '../../lib/config/sources.js';
import {
  blockCacheKey,
  cacheFile,
  lookupBlock,
  storeBlock,
  type BlockContext,
  type CachedBlock,
} from '../../lib/cron/block-cache.js';
import { makeTempDir } from '../helpers/temp.js';

const context: BlockContext = {
  version: '1.0.0',
  node: '/usr/bin/node',
  runBackup: '/opt/r',
  envFileOption: undefined,
  home: '/root',
};
const sources: ConfigSources = {
  file: '/etc/c.yaml',
  text: 'PROJECTS: []\n',
  envFile: { path: '/etc/.env', text: 'A=1\n' },
  env: { A: '1', B: 'two', UNRELATED: 'x' },
};

describe('the sync-cron block cache', () => {
  it('changes its key with every input the block depends on', () => {
    const base = blockCacheKey(context, sources, ['A', 'B']);
    const variants = [
      blockCacheKey({ ...context, version: '1.0.1' }, sources, ['A', 'B']),
      blockCacheKey({ ...context, node: '/usr/local/bin/node' }, sources, ['A', 'B']),
      blockCacheKey({ ...context, runBackup: '/opt/s' }, sources, ['A', 'B']),
      blockCacheKey({ ...context, envFileOption: '/x.env' }, sources, ['A', 'B']),
      blockCacheKey({ ...context, home: '/home/x' }, sources, ['A', 'B']),
      blockCacheKey(context, { ...sources, file: '/etc/d.yaml' }, ['A', 'B']),
      blockCacheKey(context, { ...sources, text: 'PROJECTS: [] \n' }, ['A', 'B']),
      blockCacheKey(context, { ...sources, envFile: undefined }, ['A', 'B']),
      blockCacheKey(context, { ...sources, envFile: { path: '/etc/.env', text: 'A=2\n' } }, ['A', 'B']),
      blockCacheKey(context, { ...sources, env: { ...sources.env, B: 'three' } }, ['A', 'B']),
      blockCacheKey(context, { ...sources, env: { A: '1' } }, ['A', 'B']),
      blockCacheKey(context, sources, ['A']),
    ];
    expect(new Set([base, ...variants]).size).to.equal(variants.length + 1);
  });

  it('ignores variables the config does not use', () => {
    expect(
      blockCacheKey(context, { ...sources, env: { ...sources.env, UNRELATED: 'y' } }, ['A', 'B']),
    ).to.equal(blockCacheKey(context, sources, ['A', 'B']));
  });

  describe('on disk', () => {
    let temp: ReturnType<typeof makeTempDir>;
    let entry: CachedBlock;
    beforeEach(() => {
      temp = makeTempDir();
      entry = {
        key: blockCacheKey(context, sources, ['A']),
        variables: ['A'],
        checkedFiles: [],
        logDirectory: '/l',
        block: ['# b', '# e'],
      };
    });
    afterEach(() => temp.remove());

    it('hits when nothing changed and misses when an input changed', () => {
      storeBlock(temp.path, sources, entry);
      expect(lookupBlock(temp.path, context, sources)).to.deep.equal(entry);
      expect(lookupBlock(temp.path, context, { ...sources, env: { A: '2' } })).to.equal(undefined);
    });

    it('misses when a checked file has disappeared, so the error is reported again', () => {
      const key = join(temp.path, 'id_ed25519');
      writeFileSync(key, 'k');
      storeBlock(temp.path, sources, { ...entry, checkedFiles: [key] });
      expect(lookupBlock(temp.path, context, sources)).not.to.equal(undefined);
      temp.remove();
      expect(lookupBlock(temp.path, context, sources)).to.equal(undefined);
    });

    it('treats a damaged cache file as a miss', () => {
      storeBlock(temp.path, sources, entry);
      for (const damage of ['{', 'null', '{"key":1}', JSON.stringify({ ...entry, block: [1] })]) {
        writeFileSync(cacheFile(temp.path, sources.file), damage);
        expect(lookupBlock(temp.path, context, sources), damage).to.equal(undefined);
      }
    });
  });
});
