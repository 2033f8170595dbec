// A real SMTP server on loopback (the smtp-server package): it checks AUTH, can offer STARTTLS with the
// test CA's certificate, and keeps every message it accepts.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { TestCertificates } from './graph/tls.js';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
  secure: boolean;
  user?: string;
}

export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  port = 0;

  constructor(
    private readonly options: { user: string; password: string; certificates?: TestCertificates },
  ) {}

  async start(): Promise<void> {
    const { user, password, certificates } = this.options;
    this.server = new SMTPServer({
      ...(certificates
        ? { key: certificates.key, cert: certificates.cert }
        : { disabledCommands: ['STARTTLS'] }),
      allowInsecureAuth: !certificates,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === user && auth.password === password) callback(null, { user: auth.username });
        else callback(new Error('535 authentication failed'));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            data: Buffer.concat(chunks).toString('utf8'),
            secure: session.secure,
            ...(typeof session.user === 'string' ? { user: session.user } : {}),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.port),
      SMTP_USER: this.options.user,
      SMTP_PASSWORD: this.options.password,
      SMTP_FROM: 'backups@example.test',
      SMTP_TLS: this.options.certificates ? 'starttls' : 'none',
      ...extra,
    };
  }
}
