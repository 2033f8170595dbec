// The reader matrix, light shapes (seconds): every zip reader installable here opens every archive
// shape the tool writes, with contents compared by digest and metadata by lstat against the source, and
// keeps what the expectations table says. The heavy shapes are in reader-matrix-heavy.test.ts.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../helpers/cli.js';
import { docMarkers, renderTable } from '../helpers/readers/expectations.js';
import { defineMatrix } from '../helpers/readers/matrix.js';
import { shapes } from '../helpers/readers/shapes.js';

defineMatrix(
  'reader matrix: what each zip reader makes of the archives the tool writes',
  shapes.filter((shape) => !shape.heavy),
);

describe('reader matrix: docs', () => {
  it('docs/backups.md shows the expectations table (test/helpers/readers/expectations.ts)', async () => {
    const doc = readFileSync(`${repoRoot}docs/backups.md`, 'utf8');
    const begin = doc.indexOf(docMarkers.begin);
    const end = doc.indexOf(docMarkers.end);
    expect(begin, `docs/backups.md has no line ${docMarkers.begin}`).to.be.at.least(0);
    const shown = doc.slice(begin + docMarkers.begin.length, end).trim();
    const table = (await renderTable()).trim();
    expect(shown, `replace the block in docs/backups.md with:\n${table}\n`).to.equal(table);
  });
});
