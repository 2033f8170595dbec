import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
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
});
