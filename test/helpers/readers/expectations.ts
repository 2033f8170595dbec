// Which reader keeps what: one row per zip reader, one value per facet, as running the readers showed
// them (on Debian 12: UnZip 6.00, Zip 3.0, 7-Zip 26.02, bsdtar 3.6.2, Python 3.11, OpenJDK 17, unzipper
// 0.12). The reader matrix checks every value against the archives the tool writes, both ways: a value
// that says "not kept" fails the test too when the reader starts keeping it. docs/backups.md shows the
// same table, rendered by renderTable() (a test keeps the two equal).
//
// Where the tool's writer does not yet give a reader what it could keep, the row says what the reader
// keeps from an archive written right (e.g. a zip from Info-ZIP's zip, or one with the NTFS time field):
// the matrix then fails until the writer does.
import { format } from 'prettier';
import { isRoot } from '../services.js';
import type { Facet, Facets } from './observe.js';
import type { ReaderId } from './readers.js';
import { shapes, type ShapeName } from './shapes.js';

export interface ReaderRow {
  reader: ReaderId;
  /** How it is run, short, as the docs' table shows it (the note says more). */
  usage: string;
  /** What it keeps of the facets it has at all (a tester only says whether the archive is good). */
  keeps: Omit<Facets, 'content'>;
  /** Shapes it cannot read, and why: a limit of the reader, not of the archive. */
  cannotRead?: { [S in ShapeName]?: string };
  /** Said below the table. */
  note?: string;
}

const unzipKeeps = {
  directories: 'kept',
  mtime: 'to the second',
  before1980: 'kept',
  after2038: 'kept',
  modes: 'kept',
  setuid: 'dropped',
  owners: 'not kept',
  symlinks: 'kept',
  hardLinks: 'as a symlink to the first name',
  names: 'all distinct',
} as const satisfies ReaderRow['keeps'];

/** A row's values without the links' (for a reader that cannot read the links shape). */
function withoutLinks(keeps: ReaderRow['keeps']): ReaderRow['keeps'] {
  return Object.fromEntries(
    Object.entries(keeps).filter(([facet]) => facet !== 'symlinks' && facet !== 'hardLinks'),
  );
}

/** What a library keeps that hands out names and bytes (and a time), but writes nothing itself. */
const apiKeeps = {
  directories: 'kept',
  modes: 'not kept',
  setuid: 'not kept',
  owners: 'not kept',
  symlinks: 'as a file holding the target',
  hardLinks: 'as a file holding the first name',
  names: 'all distinct',
} as const satisfies ReaderRow['keeps'];

export const expectationTable: readonly ReaderRow[] = [
  {
    reader: 'unzip',
    usage: '`unzip`',
    keeps: unzipKeeps,
    note: 'Info-ZIP UnZip 6.0 reads the mtime from the "UT" extra field (a time after 2038 only as the unsigned value Info-ZIP zip writes, with a DOS date after 2038); the NTFS field is not read on Linux.',
  },
  {
    reader: 'unzip -X -K',
    usage: '`unzip -X -K`',
    keeps: { ...unzipKeeps, setuid: 'kept', owners: 'kept' },
    note: '-X restores the numeric owner ("ux" extra field; as root), -K keeps setuid, setgid and sticky bits.',
  },
  { reader: 'unzip -t', usage: '`unzip -t`', keeps: {} },
  {
    reader: 'zip -T',
    usage: '`zip -T`',
    keeps: {},
    note: 'Info-ZIP Zip 3.0 tests the archive by running `unzip -tqq` on it.',
  },
  {
    reader: '7zz',
    usage: '`7zz x`',
    keeps: { ...withoutLinks(unzipKeeps), mtime: 'to the millisecond' },
    cannotRead: {
      links:
        'it refuses every symlink whose target holds "..", even one that stays inside the output ("Dangerous link path was ignored", exit 2, an empty file in its place) unless given -snld',
    },
    note: '7-Zip (Debian package 7zip) prefers the NTFS extra field (100 ns), else "UT".',
  },
  {
    reader: '7zz -snld',
    usage: '`7zz x -snld`',
    keeps: { ...unzipKeeps, mtime: 'to the millisecond', symlinks: 'kept (absolute ones re-rooted)' },
    note: 'with -snld 7-Zip makes symlinks through ".."; one to an absolute path it still points below the output directory (`/etc/x` becomes `<output>/etc/x`).',
  },
  {
    reader: 'bsdtar',
    usage: '`bsdtar -xf`',
    keeps: { ...unzipKeeps, setuid: 'kept', owners: 'kept' },
    note: 'libarchive, as root, restores owners and setuid by default (-p, --same-owner); it ignores the NTFS field.',
  },
  {
    reader: 'python zipfile',
    usage: 'Python `extractall()`',
    keeps: { ...apiKeeps, mtime: 'not kept', before1980: 'not kept', after2038: 'not kept' },
    note: "Python's `zipfile.ZipFile(…).extractall()` extracts names and bytes only; `ZipInfo.external_attr >> 16` holds the mode and `date_time` the DOS time (2 s, 1980–2107) for code that applies them.",
  },
  {
    reader: 'java ZipFile',
    usage: 'Java `ZipFile`',
    keeps: { ...apiKeeps, mtime: 'to the millisecond', before1980: 'kept', after2038: 'kept' },
    note: '`java.util.zip.ZipFile.getLastModifiedTime()` comes from the last of the "UT" and NTFS fields (so NTFS must follow "UT"); no API gives the mode.',
  },
  {
    reader: 'java ZipInputStream',
    usage: 'Java `ZipInputStream`',
    keeps: { ...apiKeeps, mtime: 'to the millisecond', before1980: 'kept', after2038: 'kept' },
    note: 'the streaming reader reads local headers only; Java 17 takes 8-byte data descriptor sizes only for entries of 4 GiB or more.',
  },
  {
    reader: 'unzipper',
    usage: 'Node `unzipper`',
    keeps: { ...apiKeeps, mtime: 'to 2 seconds', before1980: 'as 1980-01-01', after2038: 'kept' },
    cannotRead: {
      big: 'it takes every data descriptor to have 4-byte sizes, so it loses its place after an entry of 4 GiB or more (whose descriptor has 8-byte ones)',
    },
    note: 'its `Parse()` stream reads local headers only, and only the DOS time; it takes every data descriptor to have 4-byte sizes.',
  },
];

/** The facets each shape exercises; owners only as root (elsewhere no file of another owner exists). */
export function shapeFacets(shape: ShapeName): Facet[] {
  const facets: Record<ShapeName, Facet[]> = {
    files: ['content', 'directories', 'mtime'],
    dump: ['content'],
    links: ['content', 'symlinks', 'hardLinks'],
    modes: ['content', 'modes', 'setuid', ...(isRoot() ? (['owners'] as const) : [])],
    times: ['content', 'before1980', 'after2038'],
    names: ['content', 'names'],
    big: ['content'],
    many: ['content'],
  };
  return facets[shape];
}

/** What `row`'s reader must make of `shape`: its bytes exactly, and the row's metadata. */
export function expectedFacets(row: ReaderRow, shape: ShapeName): Facets {
  if (row.cannotRead?.[shape]) return { content: 'fails' };
  const expected: Facets = { content: 'exact' };
  for (const facet of shapeFacets(shape))
    if (facet !== 'content' && row.keeps[facet] !== undefined)
      (expected as Record<string, string>)[facet] = row.keeps[facet];
  return expected;
}

const columns: { facet: Exclude<Facet, 'content'>; title: string }[] = [
  { facet: 'modes', title: 'Modes' },
  { facet: 'setuid', title: 'setuid' },
  { facet: 'owners', title: 'Owners' },
  { facet: 'mtime', title: 'mtime' },
  { facet: 'before1980', title: 'Before 1980' },
  { facet: 'after2038', title: 'After 2038' },
  { facet: 'symlinks', title: 'Symlinks' },
  { facet: 'hardLinks', title: 'Hard links' },
  { facet: 'directories', title: 'Empty dirs' },
];

/** The table's words for the facet values (the tests' words are longer). */
const shown: Record<string, string> = {
  kept: 'yes',
  'not kept': 'no',
  dropped: 'dropped',
  'to the millisecond': '1 ms',
  'to the second': '1 s',
  'to 2 seconds': '2 s',
  'as 1980-01-01': '1980-01-01',
  'kept (absolute ones re-rooted)': 'yes, absolute ones re-rooted',
  'as a file holding the target': 'file holding the target',
  'as a symlink to the first name': 'symlink to the first name',
  'as a file holding the first name': 'file holding the first name',
  'as a copy': 'copy',
};

const label = (name: string) => shapes.find((shape) => shape.name === name)?.label ?? name;

export const docMarkers = {
  begin: '<!-- BEGIN GENERATED: reader matrix (test/helpers/readers/expectations.ts) -->',
  end: '<!-- END GENERATED: reader matrix -->',
};

/** The table and its notes as docs/backups.md shows them between docMarkers, formatted by prettier. */
export async function renderTable(): Promise<string> {
  const lines = [
    `| Reader | Reads | ${columns.map((column) => column.title).join(' | ')} |`,
    `| --- | --- | ${columns.map(() => '---').join(' | ')} |`,
    ...expectationTable.map((row) => {
      const reads = row.cannotRead ? `all but ${Object.keys(row.cannotRead).map(label).join(', ')}` : 'all';
      const cells = columns.map((column) => {
        const value = row.keeps[column.facet];
        return value === undefined ? '—' : (shown[value] ?? value);
      });
      return `| ${row.usage} | ${reads} | ${cells.join(' | ')} |`;
    }),
    '',
    ...expectationTable.flatMap((row) => [
      ...(row.note ? [`- ${row.usage}: ${row.note}`] : []),
      ...Object.entries(row.cannotRead ?? {}).map(
        ([shape, why]) => `- ${row.usage} cannot read ${label(shape)}: ${why}.`,
      ),
    ]),
  ];
  return await format(lines.join('\n'), { parser: 'markdown', printWidth: 110, proseWrap: 'always' });
}
