import { expect } from 'chai';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalFileSource } from '../../lib/sources/local-files.js';
import type { SourceReport } from '../../lib/sources/source.js';
import { makeTempDir } from '../helpers/temp.js';

describe('LocalFileSource', () => {
  it('notes a file that changed size while it was read', async () => {
    const temp = makeTempDir();
    try {
      writeFileSync(join(temp.path, 'growing.log'), '12345');
      const report: SourceReport = { warnings: [], details: {} };
      for await (const entry of new LocalFileSource([join(temp.path, 'growing.log')], []).entries(report)) {
        if (entry.type !== 'file') continue;
        await entry.finish?.(9);
      }
      expect(report.warnings).to.deep.equal([
        `${temp.path}/growing.log changed size while it was read (5 → 9 bytes)`,
      ]);
    } finally {
      temp.remove();
    }
  });

  it('sizes what it will read before reading it: files only, EXCLUDE applied, links not followed', async () => {
    const temp = makeTempDir();
    try {
      const root = join(temp.path, 'data');
      mkdirSync(join(root, 'logs'), { recursive: true });
      mkdirSync(join(root, 'cache'));
      writeFileSync(join(root, 'a.txt'), 'x'.repeat(1000));
      writeFileSync(join(root, 'logs', 'b.log'), 'y'.repeat(2345));
      writeFileSync(join(root, 'cache', 'big.bin'), 'z'.repeat(50_000));
      symlinkSync('/etc/passwd', join(root, 'link'));
      const source = new LocalFileSource([root], ['cache']);
      expect(await source.estimateBytes()).to.equal(3345);
      let read = 0;
      for await (const entry of source.entries({ warnings: [], details: {} }))
        if (entry.type === 'file') read += entry.size ?? 0;
      expect(read).to.equal(3345);
    } finally {
      temp.remove();
    }
  });
});
