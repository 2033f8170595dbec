// Merges the managed block into crontab text. Pure. Every line outside our block is kept byte for byte
// (comments, MAILTO=, CRLF, a missing final newline); only lines that are exactly our markers for this
// config count as ours, so look-alikes and other configs' blocks are foreign lines.
import { UserError } from '../errors.js';
import { beginMarker, endMarker } from './markers.js';

export interface MergeResult {
  text: string;
  changed: boolean;
  /** Lines of our old block(s) that are gone, and lines of the new block that are new. */
  removed: string[];
  added: string[];
  notes: string[];
}

interface Line {
  content: string;
  /** The line as it stands in the file, terminator included. */
  raw: string;
}

export function splitLines(text: string): Line[] {
  const raws = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return raws.map((raw) => ({ raw, content: raw.replace(/\r?\n$/, '').replace(/\r$/, '') }));
}

interface Block {
  start: number;
  end: number;
}

/** Our blocks for `configFile`, as line index ranges (inclusive). */
export function findBlocks(
  lines: readonly Line[],
  configFile: string,
): { blocks: Block[]; strayEnds: number[] } {
  const begin = beginMarker(configFile);
  const end = endMarker(configFile);
  const blocks: Block[] = [];
  const strayEnds: number[] = [];
  let open: number | undefined;
  lines.forEach((line, i) => {
    if (line.content === begin) {
      if (open !== undefined) throw unterminated(open);
      open = i;
    } else if (line.content === end) {
      if (open === undefined) strayEnds.push(i);
      else blocks.push({ start: open, end: i });
      open = undefined;
    }
  });
  if (open !== undefined) throw unterminated(open);
  return { blocks, strayEnds };
}

function unterminated(index: number): UserError {
  return new UserError(
    `the crontab has an opsbackup block start at line ${index + 1} without its end marker`,
    {
      hint: 'fix or delete that block by hand (crontab -e); nothing was changed',
    },
  );
}

/** Puts `block` (lines without terminators; null removes it) in place of our block(s) in `current`. */
export function mergeBlock(
  current: string,
  block: readonly string[] | null,
  configFile: string,
): MergeResult {
  const lines = splitLines(current);
  const { blocks, strayEnds } = findBlocks(lines, configFile);
  const notes: string[] = [];
  if (blocks.length > 1)
    notes.push(`found ${blocks.length} opsbackup blocks for ${configFile}; merged them into one`);
  if (strayEnds.length > 0) notes.push(`removed ${strayEnds.length} stray end marker(s) for ${configFile}`);
  // Marks by index, not a Set sorted afterwards: every step below is one pass, so 6,000 lines stay cheap.
  const ours = new Array<boolean>(lines.length).fill(false);
  for (const i of strayEnds) ours[i] = true;
  for (const { start, end } of blocks) for (let i = start; i <= end; i++) ours[i] = true;
  const oldBlock = lines.filter((_, i) => ours[i]).map((line) => line.content);

  const newRaw = block === null ? '' : block.map((line) => `${line}\n`).join('');
  let out = '';
  let placed = false;
  lines.forEach((line, i) => {
    if (!ours[i]) {
      out += line.raw;
      return;
    }
    if (!placed && blocks[0]?.start === i) out += newRaw;
    placed ||= blocks[0]?.start === i;
  });
  if (!placed && block !== null) {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
    out += newRaw;
  }
  const newBlock = block ?? [];
  // Sets, not Array.includes: a line-by-line search of one block in the other was quadratic (issue #13).
  const oldSet = new Set(oldBlock);
  const newSet = new Set(newBlock);
  return {
    text: out,
    changed: out !== current,
    removed: oldBlock.filter((line) => !newSet.has(line)),
    added: newBlock.filter((line) => !oldSet.has(line)),
    notes,
  };
}
