// Where a symlink would lead, resolved the way the kernel does: component by component, each existing
// component lstat'ed and, when it is a link, its target spliced in (`..` after a link goes to the parent
// of where the link leads, not back over the link's name as path.resolve or fs.realpathSync do). A
// missing component cannot be followed yet; the rest is taken as text, as if it were later made a plain
// directory (a later link there is caught when every link is checked again at the end).
import { readlinkSync } from 'node:fs';
import { absolute, lstatOrUndefined, printable, segments } from './paths.js';

/** Linux's MAXSYMLINKS: more links than this in one resolution is ELOOP. */
const MAX_FOLLOWS = 40;

const DOT = Buffer.from('.');
const DOT_DOT = Buffer.from('..');

type Resolution = { inside: true } | { inside: false; where: string } | { loop: true };

/**
 * Resolves `target` as read from a link in directory `from` (absolute segments of a real directory
 * under `root`), following existing links unless `textOnly`. The path must stay under `root` at every
 * step: a detour out and back in could be redirected later by whoever owns the parent of the root.
 */
function resolve(
  root: readonly Buffer[],
  from: readonly Buffer[],
  target: Buffer,
  textOnly: boolean,
): Resolution {
  const current = [...from];
  const pending = segments(target);
  if (target[0] === 0x2f) return { inside: false, where: printable(target) };
  let follows = 1; // the link being judged, as the kernel counts it when the link is used
  let missing = textOnly;
  const outside = (): Resolution => ({ inside: false, where: printable(absolute(current)) });
  while (pending.length > 0) {
    const part = pending.shift() as Buffer;
    if (part.equals(DOT)) continue;
    if (part.equals(DOT_DOT)) {
      if (current.length <= root.length) {
        current.pop();
        return outside();
      }
      current.pop();
      continue;
    }
    current.push(part);
    if (missing) continue;
    const info = lstatOrUndefined(absolute(current));
    if (!info) missing = true;
    else if (info.isSymbolicLink()) {
      if (++follows > MAX_FOLLOWS) return { loop: true };
      const link = readlinkSync(absolute(current), { encoding: 'buffer' });
      current.pop();
      if (link[0] === 0x2f) return { inside: false, where: printable(link) };
      pending.unshift(...segments(link));
    } else if (!info.isDirectory()) missing = pending.length > 0; // ENOTDIR now; text from here on
  }
  return { inside: true };
}

/**
 * Why a link with `target`, in directory `from` under `root` (both absolute segments), must not be
 * made; undefined when it leads inside `root`. A target that goes round a loop of links leads nowhere
 * today; it is judged by its text alone, like a dangling one.
 */
export function linkProblem(
  root: readonly Buffer[],
  from: readonly Buffer[],
  target: Buffer,
): string | undefined {
  if (target.length === 0) return 'the link has no target';
  if (target[0] === 0x2f) return `the link points to an absolute path (${printable(target)})`;
  let resolution = resolve(root, from, target, false);
  if ('loop' in resolution) resolution = resolve(root, from, target, true);
  if ('loop' in resolution || resolution.inside) return undefined;
  return `the link points outside the restore directory (${printable(target)} leads to ${resolution.where})`;
}
