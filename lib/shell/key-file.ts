// Reading the SSH private key (KEY_PATH) the way OpenSSH does: a key file that other users can access
// gets the "UNPROTECTED PRIVATE KEY FILE" warning (refused with STRICT_HOST_KEY), and an encrypted key
// is opened with KEY_PASSPHRASE, in memory, before connecting, so each problem has its own message.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import ssh2 from 'ssh2';
import { ExitCode, UserError } from '../errors.js';

export interface KeyFileOptions {
  passphrase?: string;
  /** STRICT_HOST_KEY: a key file others can access is refused, not only warned about. */
  strict: boolean;
}

export interface KeyFile {
  /** The key file's text, for ssh2. */
  key: string;
  warnings: string[];
}

export function readKeyFile(path: string, options: KeyFileOptions): KeyFile {
  let text: string;
  let mode: number;
  try {
    // One descriptor for the mode and the content: the file checked is the file used (a link is
    // followed, as OpenSSH does: secret mounts are often links, and fstat sees the real file).
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw failure(`the key file ${path} is not a regular file`);
      mode = stat.mode & 0o7777;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw failure(
      `cannot read the key file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const warnings: string[] = [];
  if (mode & 0o077) {
    const octal = mode.toString(8).padStart(4, '0');
    const message = `UNPROTECTED PRIVATE KEY FILE: permissions ${octal} for ${path} are too open; other users can access it`;
    const fix = `chmod 600 ${path}`;
    if (options.strict) throw failure(`${message}, and STRICT_HOST_KEY refuses it`, fix);
    warnings.push(`warning: ${message}: ${fix}`);
  }
  checkDecryptable(path, text, options.passphrase);
  return { key: text, warnings };
}

/** Parses the key as ssh2 will, to tell a missing or wrong passphrase from a refused key. */
function checkDecryptable(path: string, text: string, passphrase: string | undefined): void {
  const error = ssh2.utils.parseKey(text, passphrase);
  if (!(error instanceof Error)) return;
  if (/no passphrase given/i.test(error.message)) {
    throw failure(
      `the key file ${path} is encrypted and no KEY_PASSPHRASE is set`,
      'set KEY_PASSPHRASE: ${NAME} in the SSH block and NAME in .env',
    );
  }
  if (passphrase !== undefined && /decrypt|bad passphrase|integrity check/i.test(error.message)) {
    throw failure(`cannot decrypt the key file ${path}: KEY_PASSPHRASE is wrong`);
  }
  throw failure(`cannot read the key file ${path}: ${error.message}`);
}

function failure(message: string, hint?: string): UserError {
  return new UserError(message, { exitCode: ExitCode.failed, ...(hint === undefined ? {} : { hint }) });
}
