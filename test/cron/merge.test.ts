import { expect } from 'chai';
import { beginMarker, endMarker } from '../../lib/cron/markers.js';
import { findBlocks, mergeBlock, splitLines } from '../../lib/cron/merge.js';
import { UserError } from '../../lib/errors.js';

const config = '/etc/opsbackup/config.yaml';
const begin = beginMarker(config);
const end = endMarker(config);
const block = [begin, '0 3 * * * run a', end];

describe('mergeBlock', () => {
  it('appends the block to an empty crontab', () => {
    const result = mergeBlock('', block, config);
    expect(result.text).to.equal(`${begin}\n0 3 * * * run a\n${end}\n`);
    expect(result.changed).to.equal(true);
    expect(result.added).to.deep.equal(block);
  });

  it('appends after foreign lines, adding the newline a last line lacks', () => {
    const result = mergeBlock('MAILTO=ops\n# mine\n5 * * * * x', block, config);
    expect(result.text).to.equal(`MAILTO=ops\n# mine\n5 * * * * x\n${begin}\n0 3 * * * run a\n${end}\n`);
  });

  it('replaces the block in place and keeps CRLF lines around it byte for byte', () => {
    const current = `A=1\r\n${begin}\r\nold line\r\n${end}\r\n# after\r\n5 * * * * y`;
    const result = mergeBlock(current, block, config);
    expect(result.text).to.equal(`A=1\r\n${begin}\n0 3 * * * run a\n${end}\n# after\r\n5 * * * * y`);
    expect(result.removed).to.deep.equal(['old line']);
    expect(result.added).to.deep.equal(['0 3 * * * run a']);
  });

  it('changes nothing when the block is already there', () => {
    const current = `# x\n${block.join('\n')}\n# y\n`;
    const result = mergeBlock(current, block, config);
    expect(result).to.include({ text: current, changed: false });
    expect(result.added).to.deep.equal([]);
    expect(result.removed).to.deep.equal([]);
  });

  it('keeps very long foreign lines byte for byte, and a last line without a newline', () => {
    const long = `0 1 * * * ${'x'.repeat(100_000)}`;
    const current = `${long}\n# tail without newline ${'y'.repeat(5000)}`;
    const result = mergeBlock(current, block, config);
    expect(result.text).to.equal(`${current}\n${block.join('\n')}\n`);
    expect(mergeBlock(result.text, null, config).text).to.equal(`${current}\n`);
  });

  it('puts a block edited by hand back as the config says, reporting each line it takes out and puts in', () => {
    const edited = `${begin}\n0 4 * * * run a # moved by hand\n* * * * * added by hand\n${end}\n`;
    const result = mergeBlock(edited, block, config);
    expect(result.text).to.equal(`${block.join('\n')}\n`);
    expect(result.removed).to.deep.equal(['0 4 * * * run a # moved by hand', '* * * * * added by hand']);
    expect(result.added).to.deep.equal(['0 3 * * * run a']);
  });

  it('is not fooled by markers of a path that merely starts with ours, or markers inside a line', () => {
    const other = `${config}.bak`;
    const current = `${beginMarker(other)}\n1 1 * * * theirs\n${endMarker(other)}\n# note: ${begin}\n`;
    const result = mergeBlock(current, block, config);
    expect(result.text).to.equal(`${current}${block.join('\n')}\n`);
    expect(result.removed).to.deep.equal([]);
  });

  it('repairs two blocks for the same config into one, at the first one, and says so', () => {
    const current = `${begin}\nold 1\n${end}\n# keep\n${begin}\nold 2\n${end}\n`;
    const result = mergeBlock(current, block, config);
    expect(result.text).to.equal(`${block.join('\n')}\n# keep\n`);
    expect(result.notes[0]).to.match(/found 2 opsbackup blocks/);
  });

  it("leaves other configs' blocks and look-alike markers alone", () => {
    const other = `${beginMarker('/other/config.yaml')}\nx\n${endMarker('/other/config.yaml')}\n`;
    const lookalikes = `# BEGIN opsbackup ${config}\n ${begin}\n${begin} \n`;
    const current = other + lookalikes;
    const result = mergeBlock(current, block, config);
    expect(result.text).to.equal(`${current}${block.join('\n')}\n`);
  });

  it('removes the block and only the block', () => {
    const result = mergeBlock(`a\n${block.join('\n')}\nb\n`, null, config);
    expect(result.text).to.equal('a\nb\n');
    expect(result.removed).to.deep.equal(block);
  });

  it('refuses a begin marker without its end marker, changing nothing', () => {
    expect(() => mergeBlock(`a\n${begin}\nx\n`, block, config)).to.throw(
      UserError,
      /line 2 without its end marker/,
    );
  });

  it('drops a stray end marker of ours', () => {
    const result = mergeBlock(`a\n${end}\nb\n`, block, config);
    expect(result.text).to.equal(`a\nb\n${block.join('\n')}\n`);
    expect(result.notes[0]).to.match(/stray end marker/);
  });
});

describe('mergeBlock at scale (issue #13: 6,000 lines took seconds)', () => {
  const count = 20_000;
  const lines = (minute: number) =>
    Array.from({ length: count }, (_, i) => `${minute} 2 * * * run-backup project backup-${i}`);
  // Quadratic merging needs minutes for 20,000 lines (3 s for 6,000); linear merging takes milliseconds.
  const limitMs = 3000;

  it('finds nothing to change in a block of 20,000 lines in linear time', () => {
    const ours = [begin, ...lines(0), end];
    const current = `MAILTO=ops\n${ours.join('\n')}\n# tail\n`;
    const started = performance.now();
    const result = mergeBlock(current, ours, config);
    expect(performance.now() - started).to.be.below(limitMs);
    expect(result).to.include({ changed: false, text: current });
    expect(result.added).to.deep.equal([]);
  });

  it('reports every line of a 20,000-line block that changed, in order, in linear time', () => {
    const current = `${[begin, ...lines(0), end].join('\n')}\n`;
    const started = performance.now();
    const result = mergeBlock(current, [begin, ...lines(5), end], config);
    expect(performance.now() - started).to.be.below(limitMs);
    expect(result.removed).to.deep.equal(lines(0));
    expect(result.added).to.deep.equal(lines(5));
  });

  it('reports a line repeated in the old block as removed each time it stood there', () => {
    const current = `${[begin, 'dup', 'keep', 'dup', end].join('\n')}\n`;
    const result = mergeBlock(current, [begin, 'keep', 'new', 'new', end], config);
    expect(result.removed).to.deep.equal(['dup', 'dup']);
    expect(result.added).to.deep.equal(['new', 'new']);
  });
});

describe('splitLines and findBlocks', () => {
  it('keep terminators so that joining gives the text back', () => {
    const text = 'a\r\nb\n\nc';
    expect(
      splitLines(text)
        .map((line) => line.raw)
        .join(''),
    ).to.equal(text);
    expect(splitLines(text).map((line) => line.content)).to.deep.equal(['a', 'b', '', 'c']);
  });

  it('find a block whose markers end in CRLF', () => {
    expect(findBlocks(splitLines(`${begin}\r\n${end}\r\n`), config).blocks).to.deep.equal([
      { start: 0, end: 1 },
    ]);
  });
});
