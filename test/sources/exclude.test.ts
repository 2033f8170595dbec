import { expect } from 'chai';
import { ExcludeMatcher } from '../../lib/sources/exclude.js';

describe('ExcludeMatcher (gitignore-style)', () => {
  const cases: [string[], string, boolean, boolean][] = [
    [['*.log'], 'a.log', false, true],
    [['*.log'], 'deep/er/a.log', false, true],
    [['*.log'], 'a.log.txt', false, false],
    [['cache/**'], 'cache/x', false, true],
    [['cache/**'], 'cache/x/y', false, true],
    [['cache/**'], 'sub/cache/x', false, false],
    [['cache'], 'sub/cache', true, true],
    [['/build'], 'build', true, true],
    [['/build'], 'src/build', true, false],
    [['tmp/'], 'tmp', true, true],
    [['tmp/'], 'tmp', false, false],
    [['**/node_modules'], 'a/b/node_modules', true, true],
    [['a/**/z'], 'a/z', false, true],
    [['a/**/z'], 'a/b/c/z', false, true],
    [['file?.txt'], 'file1.txt', false, true],
    [['file?.txt'], 'file/.txt', false, false],
    [['[ab].txt'], 'b.txt', false, true],
    [['[!ab].txt'], 'b.txt', false, false],
    [['*.log', '!keep.log'], 'keep.log', false, false],
    [['*.log', '!keep.log'], 'drop.log', false, true],
    [['with space.txt'], 'dir/with space.txt', false, true],
    [['\\*literal'], '*literal', false, true],
    [['\\*literal'], 'xliteral', false, false],
    [['$(x).txt'], '$(x).txt', false, true],
  ];
  for (const [patterns, path, isDirectory, excluded] of cases) {
    it(`${JSON.stringify(patterns)} ${excluded ? 'excludes' : 'keeps'} ${path}${isDirectory ? '/' : ''}`, () => {
      expect(new ExcludeMatcher(patterns).excludes(path, isDirectory)).to.equal(excluded);
    });
  }
});
