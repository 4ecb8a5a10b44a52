// Started by playwright.config.ts before the app: a real SMTP server that keeps every mail, and a
// small HTTP mailbox beside it — GET /mails (JSON), DELETE /mails, GET /health — for the specs.
import http from "node:http";
import { startSmtp } from "../../support/smtp";
import { MAILBOX_URL, SMTP_PORT } from "./smtp-settings";

const smtp = await startSmtp(SMTP_PORT);
const server = http.createServer((req, res) => {
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (req.url === "/health") return json(200, { ok: true });
  if (req.url === "/mails" && req.method === "GET") return json(200, smtp.mails);
  if (req.url === "/mails" && req.method === "DELETE") {
    smtp.mails.length = 0;
    return json(200, { ok: true });
  }
  json(404, { error: "not found" });
});
server.listen(Number(new URL(MAILBOX_URL).port), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void smtp.close().finally(() => process.exit(0));
  });
}
