// File names are bytes on Linux; zip entry names are UTF-8. A name that is not valid UTF-8 (an old
// Latin-1 file, say) must neither fail the backup nor be silently mangled: its invalid bytes are written
// as `%XX`, and the manifest's warnings say which names were changed.

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

/** `bytes` as a name: itself when valid UTF-8, else with each invalid byte as `%XX`. */
export function nameFromBytes(bytes: Uint8Array): { name: string; escaped: boolean } {
  const valid = utf8(bytes);
  if (valid !== undefined) return { name: valid, escaped: false };
  let name = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      name += `%${(bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    } else {
      name += decoder.decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return { name, escaped: true };
}

/**
 * A name every unzip reads the same way: zip separates folders with `/` only, yet many tools (and
 * Windows) take `\` as a separator too, and a leading `c:` as a drive; restore refuses such names. They
 * are written as `%5C` / `%3A` instead.
 */
export function zipSafeName(name: string, first = false): { name: string; escaped: boolean } {
  let safe = name.replace(/\\/g, '%5C');
  if (first) safe = safe.replace(/^(\w+):/, '$1%3A');
  return { name: safe, escaped: safe !== name };
}
