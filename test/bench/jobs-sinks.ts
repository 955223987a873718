// The receivers of bench:jobs' delivery run, in a process of their own (jobs-delivery.ts forks
// it) so the app under test does not share its event loop with them: an SMTP server that reads
// and drops each message, and an HTTP server standing in for the SMS gateway. It reports its
// ports once listening, and the counts whenever asked.
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let mails = 0;
let requests = 0;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      mails += 1;
      callback();
    });
    stream.resume();
  },
});

const gateway = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    requests += 1;
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  });
});

smtp.listen(0, '127.0.0.1', () => {
  gateway.listen(0, '127.0.0.1', () => {
    process.send?.({
      smtpPort: (smtp.server.address() as AddressInfo).port,
      httpPort: (gateway.address() as AddressInfo).port,
    });
  });
});

process.on('message', () => process.send?.({ mails, requests }));
