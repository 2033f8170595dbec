// The tar-stream source, on this host's tar through LocalShell (the SSH transport has its own tests):
// owners from the tar header, names escaped as the local walk does, hard links stored once.
import { expect } from 'chai';
import { linkSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalShell } from '../../lib/shell/local.js';
import { RemoteFileSource } from '../../lib/sources/remote-files.js';
import type { ArchiveEntry, SourceReport } from '../../lib/sources/source.js';
import { makeTempDir } from '../helpers/temp.js';

interface Listed {
  type: ArchiveEntry['type'];
  rawName?: string;
  target?: string;
  content?: string;
}

/** Every entry by name, with the content of files read as the zip writer would (in order). */
async function list(
  root: string,
  exclude: string[] = [],
): Promise<{ entries: Record<string, Listed>; report: SourceReport }> {
  const report: SourceReport = { warnings: [], details: {} };
  const entries: Record<string, Listed> = {};
  for await (const entry of new RemoteFileSource(new LocalShell(), [root], exclude).entries(report)) {
    const listed: Listed = { type: entry.type };
    if (entry.rawName) listed.rawName = entry.rawName.toString('latin1');
    if (entry.type === 'hardlink') listed.target = entry.target;
    if (entry.type === 'file') {
      listed.content = '';
      for await (const chunk of entry.open()) listed.content += String(chunk);
    }
    entries[entry.name] = listed;
  }
  return { entries, report };
}

describe('RemoteFileSource', function () {
  this.timeout(30_000);
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('asks tar for hard links as links, not dereferenced copies', () => {
    expect(RemoteFileSource.tarArgv('/srv/data')).to.deep.equal([
      'tar',
      '-c',
      '-f',
      '-',
      '--numeric-owner',
      '-C',
      '/srv',
      '--',
      'data',
    ]);
  });

  it('takes owners from the tar header', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(root);
    writeFileSync(join(root, 'f'), 'x');
    const { uid, gid } = lstatSync(join(root, 'f'));
    const owners: [string, number | undefined, number | undefined][] = [];
    for await (const entry of new RemoteFileSource(new LocalShell(), [root], []).entries({
      warnings: [],
      details: {},
    })) {
      owners.push([entry.name, entry.uid, entry.gid]);
      if (entry.type === 'file') for await (const chunk of entry.open()) void chunk;
    }
    expect(owners).to.deep.equal([
      ['data', uid, gid],
      ['data/f', uid, gid],
    ]);
  });

  it('escapes names as the local walk does, once per name, with the bytes of every path below', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(Buffer.from(`${root}/caf\xe9`, 'latin1'), { recursive: true });
    writeFileSync(Buffer.from(`${root}/caf\xe9/100%.txt`, 'latin1'), 'below an escaped folder');
    writeFileSync(Buffer.from(`${root}/x\xff`, 'latin1'), 'raw byte');
    writeFileSync(join(root, 'x%FF'), 'literal');
    writeFileSync(join(root, 'a\\b'), 'backslash');
    const { entries, report } = await list(root);
    const renamed = entries['data/x%FF~2'];
    const literal = renamed?.content === 'literal' ? renamed : entries['data/x%FF'];
    expect(literal?.content).to.equal('literal');
    delete entries['data/x%FF'];
    delete entries['data/x%FF~2'];
    expect(entries).to.deep.equal({
      data: { type: 'directory' },
      'data/caf%E9': { type: 'directory', rawName: 'data/caf\xe9' },
      'data/caf%E9/100%.txt': {
        type: 'file',
        rawName: 'data/caf\xe9/100%.txt',
        content: 'below an escaped folder',
      },
      'data/a%5Cb': { type: 'file', rawName: 'data/a\\b', content: 'backslash' },
    });
    expect([...report.warnings].sort()).to.deep.equal(
      [
        'data/caf%E9: the name is not UTF-8; its invalid bytes are stored as %XX',
        'data/x%FF: the name is not UTF-8; its invalid bytes are stored as %XX',
        'data/a%5Cb: a backslash in the name is stored as %5C',
        report.warnings.find((warning) => warning.includes('another entry has this name')) ?? 'no collision',
      ].sort(),
    );
  });

  it('stores a hard link once, and reads it again on its own when EXCLUDE left its first name out', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(join(root, 'x'), { recursive: true });
    mkdirSync(join(root, 'y'));
    writeFileSync(join(root, 'x', 'a'), 'shared content');
    linkSync(join(root, 'x', 'a'), join(root, 'y', 'b'));
    const all = (await list(root)).entries;
    // tar stores the data under whichever name it meets first: its directory order decides.
    const [first, second] = all['data/x/a']?.type === 'file' ? ['x/a', 'y/b'] : ['y/b', 'x/a'];
    expect(all[`data/${first}`]).to.deep.equal({ type: 'file', content: 'shared content' });
    expect(all[`data/${second}`]).to.deep.equal({ type: 'hardlink', target: `data/${first}` });

    const { entries, report } = await list(root, [`/${first.split('/')[0]}/`]);
    expect(entries[`data/${second}`]).to.deep.equal({ type: 'file', content: 'shared content' });
    expect(entries[`data/${first}`]).to.equal(undefined);
    expect(report.warnings).to.deep.equal([
      `${root}/${second}: a hard link to an excluded file; stored with its own content`,
    ]);
  });
});
