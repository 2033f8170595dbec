// A throwaway CA and a server certificate for 127.0.0.1/localhost, made with openssl at test start.
// The CA file goes to NODE_EXTRA_CA_CERTS of the processes under test.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCertificates {
  caFile: string;
  key: Buffer;
  cert: Buffer;
}

function openssl(args: string[]): void {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
}

export function makeCertificates(directory: string): TestCertificates {
  const file = (name: string) => join(directory, name);
  openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=opsbackup test CA',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
  ]);
  openssl([
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-subj',
    '/CN=localhost',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
  ]);
  writeFileSync(
    file('ext.cnf'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n',
  );
  openssl([
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    file('ext.cnf'),
    '-out',
    file('server.pem'),
  ]);
  return {
    caFile: file('ca.pem'),
    key: readFileSync(file('server.key')),
    cert: readFileSync(file('server.pem')),
  };
}

/** An RSA key and self-signed certificate, as an app registration's certificate; returns the PEM paths. */
export function makeClientCertificate(directory: string): { combinedPem: string; certificatePem: string } {
  const key = join(directory, 'client.key');
  const cert = join(directory, 'client.pem');
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=opsbackup test app',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  const combined = join(directory, 'client-combined.pem');
  writeFileSync(combined, Buffer.concat([readFileSync(key), readFileSync(cert)]), { mode: 0o600 });
  return { combinedPem: combined, certificatePem: cert };
}
