// The SFTP target's failures as one line a user acts on: the target (`SFTP user@host:port PATH`), what
// it was doing, on which path, and why in words — never a stack trace, never a credential.
import { ExitCode, UserError } from '../../errors.js';
import { sftpStatus, type SftpError } from './calls.js';

/** Why an SFTP request failed, in words; `lost` is the reason the connection dropped, if it did. */
export function sftpCause(error: unknown, lost?: string): string {
  const err = error as SftpError;
  switch (err.code) {
    case sftpStatus.noSuchFile:
      return 'no such file or directory';
    case sftpStatus.permissionDenied:
      return 'permission denied';
    case sftpStatus.unsupported:
      return 'the server does not support this request';
    case sftpStatus.noConnection:
    case sftpStatus.connectionLost:
      return connectionLost(lost);
    case sftpStatus.failure:
      // OpenSSH says only "Failure" for every other errno (a full disk or quota among them).
      return 'the server reported a failure';
  }
  if (/No response from server|Not connected|No SFTP|Channel is not open/i.test(err.message ?? ''))
    return connectionLost(lost);
  const code = typeof err.code === 'string' ? err.code : undefined;
  if (code === 'ENOTDIR') return 'not a directory';
  return code ?? err.message ?? String(error);
}

function connectionLost(reason: string | undefined): string {
  return `the connection was lost${reason ? ` (${reason})` : ''}`;
}

/** `description: message`, keeping the hint of a UserError (host key, key file) as it was. */
export function targetFailure(description: string, message: string, hint?: string): UserError {
  return new UserError(`${description}: ${message}`, {
    exitCode: ExitCode.failed,
    ...(hint === undefined ? {} : { hint }),
  });
}

/** Any error of an SFTP operation as the target's UserError: `cannot <action> <path>: <cause>`. */
export function sftpFailure(description: string, action: string, error: unknown, lost?: string): UserError {
  if (error instanceof UserError) {
    if (error.message.startsWith(`${description}: `)) return error;
    return targetFailure(description, error.message, error.hint);
  }
  return targetFailure(description, `cannot ${action}: ${sftpCause(error, lost)}`);
}
