// An SMTP server for the browser tests: the e2e server sends its mail here, and every message
// received is written as one JSON file ({to, from, subject, text, html, receivedAt}) in the
// folder given, where `mailbox.ts` reads it. Started and stopped by scripts/e2e.sh.
//
//   node mail-sink.mjs <port> <folder>
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const [port, folder] = process.argv.slice(2);
if (!port || !folder) {
  console.error('usage: node mail-sink.mjs <port> <folder>');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
let received = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received += 1;
        const record = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          receivedAt: new Date().toISOString(),
        };
        // Written then renamed, so a reader never sees half a file.
        const name = `${Date.now()}-${String(received).padStart(6, '0')}.json`;
        const tmp = join(folder, `.${name}.tmp`);
        writeFileSync(tmp, JSON.stringify(record, null, 2));
        renameSync(tmp, join(folder, name));
        callback();
      })
      .catch((err) => callback(err));
  },
});
server.on('error', (err) => console.error('mail sink:', err.message));
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`mail sink on 127.0.0.1:${port}, writing to ${folder}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
