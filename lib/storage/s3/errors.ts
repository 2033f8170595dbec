// What went wrong with S3, in one line that names the target, the object and the cause: the service's
// error code with plain words for the common ones, and a hint for what to check. Never a stack trace,
// never a credential (the SDK's errors hold none; the service's message is cut to one short line).
import { ExitCode, UserError } from '../../errors.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  Code?: string;
  Region?: string;
  errors?: SdkError[];
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string | undefined> };
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'TimeoutError',
  'RequestTimeout',
]);

/** The service's error code ("NoSuchBucket"), or what a body-less HEAD answer's status stands for. */
export function errorCode(error: unknown): string {
  const sdk = (error ?? {}) as SdkError;
  const status = sdk.$metadata?.httpStatusCode;
  const name = sdk.Code ?? sdk.name ?? '';
  if (name === 'NotFound' || (name === 'Unknown' && status === 404)) return 'NotFound';
  if (name === 'Forbidden' || (/^(Unknown|403)$/.test(name) && status === 403)) return 'AccessDenied';
  if (status === 301 && /^(Unknown|301|PermanentRedirect)$/.test(name)) return 'PermanentRedirect';
  const network = sdk.code ?? sdk.errors?.find((inner) => inner.code)?.code;
  if (network && networkCodes.has(network)) return network;
  return name || 'Error';
}

/** The UserError for `action` ("upload shop_www_….zip") on the target `description` ("S3 bucket/prefix"). */
export function s3Failure(description: string, action: string, error: unknown, endpoint?: string): UserError {
  if (error instanceof UserError) return error;
  // An upload whose abort failed too (upload.ts AbortFailed): its own error is the cause to tell.
  const abortCode = (error as { abortCode?: string }).abortCode;
  const original = abortCode === undefined ? error : (error as { cause?: unknown }).cause;
  const { cause, hint } = explain(errorCode(original), original ?? {}, endpoint);
  const leftover = abortCode === undefined ? '' : `; its uploaded parts could not be removed (${abortCode})`;
  const hints = [
    hint,
    abortCode === undefined
      ? undefined
      : 'a lifecycle rule with AbortIncompleteMultipartUpload removes them (docs/targets/s3.md)',
  ].filter((text) => text !== undefined);
  return new UserError(`${description}: cannot ${action}: ${cause}${leftover}`, {
    exitCode: ExitCode.failed,
    ...(hints.length === 0 ? {} : { hint: hints.join('; ') }),
  });
}

/** Plain words and a hint for the codes people meet; the service's own words for the rest. */
function explain(code: string, error: SdkError, endpoint?: string): { cause: string; hint?: string } {
  const where = endpoint ?? 'the S3 endpoint';
  const region = error.Region ?? error.$response?.headers?.['x-amz-bucket-region'];
  switch (code) {
    case 'NoSuchBucket':
      return { cause: 'the bucket does not exist (NoSuchBucket)', hint: 'check BUCKET, REGION and ENDPOINT' };
    case 'AccessDenied':
    case 'AllAccessDisabled':
      return {
        cause: `access denied (${code})`,
        hint: 'the credentials need the permissions listed in docs/targets/s3.md',
      };
    case 'SignatureDoesNotMatch':
      return {
        cause: 'the request signature does not match (SignatureDoesNotMatch)',
        hint: 'check that AWS_SECRET_ACCESS_KEY belongs to AWS_ACCESS_KEY_ID (its value is never printed)',
      };
    case 'InvalidAccessKeyId':
      return {
        cause: 'the service does not know this access key (InvalidAccessKeyId)',
        hint: 'check AWS_ACCESS_KEY_ID, and ENDPOINT for an S3-compatible',
      };
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
      return { cause: `the session token has expired (${code})`, hint: 'renew AWS_SESSION_TOKEN' };
    case 'CredentialsProviderError':
      return {
        cause: 'no AWS credentials were found (CredentialsProviderError)',
        hint: 'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the environment or .env, or give the host an instance or container role',
      };
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException':
      return {
        cause: `the bucket is in another region${region ? ` (${region})` : ''} than REGION says (${code})`,
        hint: 'set REGION to the bucket’s region',
      };
    case 'InvalidObjectState':
      return {
        cause: 'the object is archived (InvalidObjectState)',
        hint: 'restore it from GLACIER / DEEP_ARCHIVE first (aws s3api restore-object), then retry',
      };
    case 'BadDigest':
    case 'InvalidDigest':
    case 'XAmzContentSHA256Mismatch':
      return { cause: `the service received other bytes than were sent (${code}); nothing was stored` };
    case 'KMS.NotFoundException':
    case 'KMS.DisabledException':
    case 'KMS.AccessDeniedException':
      return { cause: `the KMS key cannot be used (${code})`, hint: 'check KMS_KEY_ID and the key policy' };
    default:
      if (networkCodes.has(code)) {
        return {
          cause: `cannot reach ${where} (${code})`,
          hint: 'check ENDPOINT (or REGION), DNS and the network',
        };
      }
      return { cause: `${oneLine(error.message)} (${code}${statusOf(error)})` };
  }
}

/** The HTTP status, for codes that say little by themselves. */
function statusOf(error: SdkError): string {
  const status = error.$metadata?.httpStatusCode;
  return status === undefined ? '' : `, HTTP ${status}`;
}

/** A service's message, made to fit on the one line of a target's error. */
function oneLine(text: string | undefined): string {
  const line = (text ?? 'unknown error').replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
