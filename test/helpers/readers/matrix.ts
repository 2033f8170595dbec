// The reader matrix as mocha suites: the shapes are written once by the tool's real path (a source's
// entries into the zip writer, as lib/backup/run.ts does), then every reader of the expectations table
// reads every archive, and each (reader, shape) is one test comparing what it kept with the table.
import { expect } from 'chai';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip } from '../../../lib/archive/zip.js';
import type { SourceReport } from '../../../lib/sources/source.js';
import { hasCommand, requireCommand } from '../services.js';
import { makeTempDir } from '../temp.js';
import { Digest, digestOf } from './digest.js';
import { expectedFacets, expectationTable, shapeFacets } from './expectations.js';
import { observe, type Observation } from './observe.js';
import { makeReaders, type ReadEntry, type Reader, type ReaderId } from './readers.js';
import { lstatTree } from './tree.js';
import type { Shape, ShapeName } from './shapes.js';

interface Written {
  archive: string;
  source: ReadEntry[];
  warnings: string[];
  /** For a shape read 'list-all': the digest of all files' bytes, one after the other. */
  all?: string;
}

/** Writes each shape's archive under `work` through the real source → zip writer path. */
async function writeShapes(list: readonly Shape[], work: string): Promise<Map<ShapeName, Written>> {
  const written = new Map<ShapeName, Written>();
  for (const shape of list) {
    const root = join(work, 'sources', shape.name);
    mkdirSync(root, { recursive: true });
    const times = [Date.now()];
    const built = await shape.build(root);
    const report: SourceReport = { warnings: [], details: {} };
    const archive = join(work, `${shape.name}.zip`);
    times.push(Date.now());
    await writeZip(built.entries(report), archive);
    times.push(Date.now());
    const source: ReadEntry[] =
      built.streams.size > 0
        ? [...built.streams].map(([path, content]) => ({
            path,
            kind: 'file',
            digest: digestOf(content),
            size: content.length,
            mode: 0o600,
          }))
        : (await lstatTree(root)).map((entry) => ({ ...entry, path: `${shape.name}/${entry.path}` }));
    const all = shape.read === 'list-all' ? allContent(join(work, 'sources'), source) : undefined;
    written.set(shape.name, { archive, source, warnings: report.warnings, ...(all ? { all } : {}) });
    times.push(Date.now());
    if (process.env.READER_MATRIX_TIMES) {
      const [made, wrote, digested] = times.slice(1).map((at, i) => at - (times[i] as number));
      console.log(
        `      ${shape.name}: source made in ${made} ms, zip written in ${wrote} ms, digested in ${digested} ms`,
      );
    }
  }
  return written;
}

/** What a reader piping out every file at once must give: the files' bytes in archive (walk) order. */
function allContent(sources: string, source: readonly ReadEntry[]): string {
  const digest = new Digest();
  for (const entry of source)
    if (entry.kind === 'file') digest.update(readFileSync(join(sources, entry.path)));
  return digest.value();
}

/**
 * Defines the suites for `list`. The readings start once the archives are written, two at a time (one
 * per core: most readers use one), and each reader's suite waits for its own; a missing reader skips,
 * or fails under CI=true, in its suite.
 */
export function defineMatrix(title: string, list: readonly Shape[]): void {
  describe(title, function () {
    this.timeout(30 * 60_000);
    let temp: ReturnType<typeof makeTempDir>;
    let written: Map<ShapeName, Written>;
    const observed = new Map<string, Promise<Observation>>();
    before(async () => {
      temp = makeTempDir('opsbackup-readers-');
      written = await writeShapes(list, temp.path);
      const twoAtATime = limiter(2);
      // The readers that read every byte first: the others then fill the second core around them.
      const readers = makeReaders(temp.path).sort(
        (a, b) => Number(b.readsAll ?? false) - Number(a.readsAll ?? false),
      );
      for (const reader of readers) {
        if (!reader.needs.every((need) => hasCommand(need.command))) continue;
        for (const shape of list) {
          if (skipped(reader.id, shape)) continue;
          const reading = twoAtATime(() => readShape(reader, shape, written.get(shape.name)!, temp.path));
          reading.catch(() => undefined); // awaited in the reader's suite; no unhandled rejection before
          observed.set(`${reader.id} ${shape.name}`, reading);
        }
      }
    });
    after(() => temp?.remove());

    for (const row of expectationTable) {
      describe(row.usage, function () {
        before(function () {
          const reader = makeReaders('').find((candidate) => candidate.id === row.reader);
          if (!reader) expect.fail(`no reader ${row.reader}`);
          for (const need of reader.needs)
            requireCommand(this, need.command, `Debian package ${need.debian}`);
        });
        for (const shape of list) {
          const expected = expectedFacets(row, shape.name);
          if (skipped(row.reader, shape)) {
            it(`${shape.name}: not read (the table says it cannot: ${row.cannotRead?.[shape.name]})`);
            continue;
          }
          it(`${shape.name} (${shape.summary}): ${describeFacets(expected)}`, async () => {
            const { facets, notes } = await observed.get(`${row.reader} ${shape.name}`)!;
            const warnings = written.get(shape.name)!.warnings;
            expect(
              facets,
              [...notes, ...warnings.map((w) => `writer warned: ${w}`)].join('\n'),
            ).to.deep.equal(expected);
          });
        }
      });
    }
  });
}

/**
 * A heavy shape a reader is known not to read is not read: unzipper takes a minute and a half to fail on
 * the big one. Its pending test says so.
 */
function skipped(reader: ReaderId, shape: Shape): boolean {
  const row = expectationTable.find((candidate) => candidate.reader === reader);
  return shape.heavy && row?.cannotRead?.[shape.name] !== undefined;
}

/** One reader on one shape's archive: what it kept, facet by facet. */
async function readShape(reader: Reader, shape: Shape, written: Written, work: string): Promise<Observation> {
  const scratch = join(work, 'read', reader.id.replace(/\W+/g, '-'), shape.name);
  const started = Date.now();
  const reading = await reader.read(written.archive, scratch, shape.read);
  if (process.env.READER_MATRIX_TIMES)
    console.log(`      ${reader.id} read ${shape.name}.zip in ${Date.now() - started} ms`);
  rmSync(scratch, { recursive: true, force: true });
  return observe(shapeFacets(shape.name), written.source, reading, {
    ...(reader.tester ? { tester: true } : {}),
    ...(shape.byContent ? { byContent: true } : {}),
    ...(written.all ? { all: written.all } : {}),
  });
}

/** Runs at most `concurrency` tasks at once, in the order they were given. */
function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finished task hands its slot to the next in line rather than freeing it.
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

function describeFacets(facets: Record<string, string>): string {
  return Object.entries(facets)
    .map(([facet, value]) => `${facet} ${value}`)
    .join(', ');
}
