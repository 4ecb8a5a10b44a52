// The local SMTP server of the e2e run (tests/e2e/support/smtp-server.ts): the app sends to it,
// the specs read what it caught over HTTP. Beside the app's port like the OIDC provider's
// (3100 → 3198 for SMTP, 3197 for reading), so several e2e runs on one machine do not collide.
const base = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = base + 98;
export const SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
export const MAILBOX_URL = `http://127.0.0.1:${base + 97}`;
export const MAIL_FROM = "Innovationsmotor <noreply@innovationsmotor.example>";
