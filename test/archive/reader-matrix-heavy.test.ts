// The reader matrix, heavy shapes: files past 4 GiB (sparse, piped through each reader rather than
// extracted) and 70,000 entries. Minutes, not seconds: run with READER_MATRIX=heavy (.ci/run does).
import { defineMatrix } from '../helpers/readers/matrix.js';
import { shapes } from '../helpers/readers/shapes.js';

if (process.env.READER_MATRIX === 'heavy')
  defineMatrix(
    'reader matrix, heavy shapes: what each zip reader makes of big archives',
    shapes.filter((shape) => shape.heavy),
  );
else
  describe('reader matrix, heavy shapes', () => {
    it('files past 4 GiB and 70,000 entries (set READER_MATRIX=heavy to run them)');
  });
