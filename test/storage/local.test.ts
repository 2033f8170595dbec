import { expect } from 'chai';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalStorage } from '../../lib/storage/local.js';
import { alternativeName } from '../../lib/storage/storage.js';
import { makeTempDir } from '../helpers/temp.js';

describe('LocalStorage', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let source: string;
  beforeEach(() => {
    temp = makeTempDir();
    source = join(temp.path, 'source.zip');
    writeFileSync(source, 'zip bytes');
  });
  afterEach(() => temp.remove());

  it('creates the directory and stores the file under its name', async () => {
    const storage = new LocalStorage(join(temp.path, 'a/b'));
    expect(await storage.put(source, 'x_y_20260101T000000Z.zip')).to.deep.equal({
      name: 'x_y_20260101T000000Z.zip',
      size: 9,
    });
    expect(readFileSync(join(temp.path, 'a/b/x_y_20260101T000000Z.zip'), 'utf8')).to.equal('zip bytes');
    expect(await storage.list()).to.deep.equal([{ name: 'x_y_20260101T000000Z.zip', size: 9 }]);
  });

  it('links an immutable source on the same file system instead of copying it, and copies otherwise', async () => {
    const storage = new LocalStorage(join(temp.path, 'linked'));
    await storage.put(source, 'l.zip', { immutable: true });
    expect(statSync(join(temp.path, 'linked/l.zip')).ino).to.equal(statSync(source).ino);
    expect(statSync(join(temp.path, 'linked/l.zip')).mode & 0o777).to.equal(0o640);
    await storage.put(source, 'c.zip');
    expect(statSync(join(temp.path, 'linked/c.zip')).ino).to.not.equal(statSync(source).ino);
    // A second target never shares the file with the first.
    await storage.put(source, 'second.zip', { immutable: true });
    expect(statSync(join(temp.path, 'linked/second.zip')).ino).to.not.equal(statSync(source).ino);
    expect(readdirSync(join(temp.path, 'linked')).sort()).to.deep.equal(['c.zip', 'l.zip', 'second.zip']);
  });

  it('never overwrites: a taken name gets -2, -3 before the extension', async () => {
    const storage = new LocalStorage(temp.path + '/t');
    await storage.put(source, 'n.zip');
    writeFileSync(source, 'second');
    expect((await storage.put(source, 'n.zip')).name).to.equal('n-2.zip');
    expect((await storage.put(source, 'n.zip')).name).to.equal('n-3.zip');
    expect(readFileSync(join(temp.path, 't/n.zip'), 'utf8')).to.equal('zip bytes');
  });

  it('refuses a taken name when the name must be exact, leaving nothing behind', async () => {
    const storage = new LocalStorage(temp.path + '/t');
    await storage.put(source, 'm.json');
    const error = await storage.put(source, 'm.json', { exact: true }).catch((e: unknown) => e);
    expect(String(error)).to.contain('already exists');
    expect(readdirSync(temp.path + '/t')).to.deep.equal(['m.json']);
  });

  it('removes an object, and a missing one quietly', async () => {
    const storage = new LocalStorage(temp.path);
    await storage.put(source, 'r.zip');
    await storage.remove('r.zip');
    await storage.remove('r.zip');
    expect((await storage.list()).map((o) => o.name)).to.deep.equal(['source.zip']);
  });

  it('fails with a clear message when the directory cannot be created', async () => {
    const storage = new LocalStorage(join(source, 'below-a-file'));
    const error = await storage.put(source, 'x.zip').catch((e: unknown) => e);
    expect(String(error)).to.contain(`LOCAL ${source}/below-a-file: cannot create: ENOTDIR`);
  });

  it('lists nothing for a missing directory and ignores hidden partial files', async () => {
    expect(await new LocalStorage(join(temp.path, 'none')).list()).to.deep.equal([]);
    writeFileSync(join(temp.path, '.x.zip.1.partial'), '');
    chmodSync(temp.path, 0o755);
    expect((await new LocalStorage(temp.path).list()).map((o) => o.name)).to.deep.equal(['source.zip']);
  });

  it('names alternatives before the extension', () => {
    expect(alternativeName('a_b_20260101T000000Z.zip', 2)).to.equal('a_b_20260101T000000Z-2.zip');
    expect(alternativeName('noext', 3)).to.equal('noext-3');
    expect(alternativeName('a.zip', 1)).to.equal('a.zip');
  });
});
