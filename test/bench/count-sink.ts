import { SMTPServer } from 'smtp-server';

/**
 * A counting SMTP server for the newsletter benchmark, run as its own process so receiving mail
 * does not share the sender's event loop. Prints its port, then a running count on request.
 */
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address() as { port: number };
  process.stdout.write(`PORT ${address.port}\n`);
});
process.on('message', () => process.send?.({ received }));
