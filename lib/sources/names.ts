// File names are bytes on Linux; zip entry names are UTF-8 with `/` as the only separator. A name that
// every unzip reads the same way as the bytes on disk is stored as it is. Any other — bytes that are not
// UTF-8 (an old Latin-1 file, say), a backslash (a separator to Windows tools), a leading `c:` on a top
// folder (a drive) — is escaped, never lost nor silently mangled: escaping, once in force for a name,
// writes `%` as `%25`, each invalid byte as `%XX`, `\` as `%5C` and the drive's colon as `%3A`, so that
// two escaped names never meet. The manifest's warnings list every escaped name, and the entry carries
// the original bytes (the raw-name extra field) for our restore.

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of `bytes`, or undefined when they are not valid UTF-8. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  const length =
    first < 0x80
      ? 1
      : first >= 0xc2 && first <= 0xdf
        ? 2
        : first >= 0xe0 && first <= 0xef
          ? 3
          : first >= 0xf0 && first <= 0xf4
            ? 4
            : 0;
  if (length <= 1) return length;
  return utf8(bytes.subarray(i, i + length)) === undefined ? 0 : length;
}

function hex(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * `bytes` as text: itself when valid UTF-8, else with each invalid byte as `%XX` (a `%` is kept: this
 * is for what is shown or linked to, such as a symlink's target, not for entry names).
 */
export function nameFromBytes(bytes: Uint8Array): { name: string; escaped: boolean } {
  const valid = utf8(bytes);
  if (valid !== undefined) return { name: valid, escaped: false };
  let name = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      name += hex(bytes[i] ?? 0);
      i++;
    } else {
      name += decoder.decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return { name, escaped: true };
}

/** Why a name was escaped; empty when it is stored as it is on disk. */
export interface Escapes {
  notUtf8: boolean;
  backslash: boolean;
  drive: boolean;
  percent: boolean;
}

const drive = /^(\w+):/;

/**
 * The stored form of one name (a single path component) whose bytes on disk are `bytes`; `first` for a
 * top folder, where a leading `c:` would read as a drive. `escapes` is undefined when the name is stored
 * as it is.
 */
export function storedName(bytes: Uint8Array, first = false): { name: string; escapes?: Escapes } {
  const valid = utf8(bytes);
  if (valid !== undefined && !valid.includes('\\') && !(first && drive.test(valid))) return { name: valid };
  let name = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    const byte = bytes[i] ?? 0;
    if (length === 0 || byte === 0x25 || byte === 0x5c) {
      name += hex(byte);
      i++;
    } else {
      name += decoder.decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  const escapes: Escapes = {
    notUtf8: valid === undefined,
    backslash: bytes.includes(0x5c),
    drive: first && drive.test(name),
    percent: bytes.includes(0x25),
  };
  if (escapes.drive) name = name.replace(drive, '$1%3A');
  return { name, escapes };
}

/** The manifest's warnings for a name stored as `shown` (its path in the archive). */
export function escapeWarnings(shown: string, escapes: Escapes): string[] {
  const warnings: string[] = [];
  if (escapes.notUtf8) warnings.push(`${shown}: the name is not UTF-8; its invalid bytes are stored as %XX`);
  if (escapes.backslash) warnings.push(`${shown}: a backslash in the name is stored as %5C`);
  if (escapes.drive) warnings.push(`${shown}: the colon of a drive-like name is stored as %3A`);
  if (escapes.percent) warnings.push(`${shown}: % in an escaped name is stored as %25`);
  return warnings;
}
