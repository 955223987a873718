import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// Local receivers for notification tests: an SMTP server that parses what it accepts (MIME,
// quoted-printable and base64 decoded by mailparser) and an HTTP server standing in for an SMS or
// Zalo gateway. Both listen on ephemeral ports of 127.0.0.1.

export interface SmtpSink {
  readonly url: string;
  readonly mails: ParsedMail[];
  // While true, every recipient is refused with 550 (a permanent SMTP failure); each refusal's
  // time is kept.
  rejecting: boolean;
  readonly refusedAt: number[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ParsedMail[] = [];
  const refusedAt: number[] = [];
  const sink = { rejecting: false } as { rejecting: boolean };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (sink.rejecting) {
        refusedAt.push(Date.now());
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refusedAt,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface GatewayRequest {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

export interface HttpSink {
  readonly url: string;
  readonly requests: GatewayRequest[];
  // The status of the next answers, first in first out; 200 once empty.
  readonly statuses: number[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startHttpSink(): Promise<HttpSink> {
  const requests: GatewayRequest[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      requests.push({
        path: request.url ?? '/',
        authorization: request.headers.authorization,
        body: JSON.parse(text) as Record<string, unknown>,
      });
      response.statusCode = statuses.shift() ?? 200;
      response.setHeader('Content-Type', 'application/json');
      response.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    statuses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
