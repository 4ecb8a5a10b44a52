// A real SMTP server on localhost for the tests (the smtp-server package, as mail relays speak it):
// it accepts every message and keeps it, parsed, so a test can read what the app sent.
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

export type CapturedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
};

export async function startSmtp(port: number, host = "127.0.0.1") {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    // Plain SMTP without login on localhost: STARTTLS would need a certificate the test does not have.
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((m) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: m.subject ?? "",
            text: m.text ?? "",
            html: typeof m.html === "string" ? m.html : "",
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return { mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
