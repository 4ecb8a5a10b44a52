// The SMTP connection for notification e-mail, from SMTP_URL (lib/env.ts). Without it the app
// notifies in the app only and queues no mail.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type MailMessage = { from: string; to: string; subject: string; text: string; html: string };
/** What the outbox needs of a transport; nodemailer's SMTP transport, or a test's own. */
export type MailTransport = { sendMail(message: MailMessage): Promise<unknown> };

export function mailConfigured(): boolean {
  return !!env.SMTP_URL;
}

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (TLS from the start). */
export function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    // One open connection reused for a batch, rather than a handshake per mail.
    pool: true as const,
    maxConnections: 2,
    // nodemailer waits two minutes by default; a mail server that hangs should cost a retry, not a stuck sender.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

const g = globalThis as unknown as { __mailTransport?: Transporter };

export function mailTransport(): MailTransport | null {
  if (!env.SMTP_URL) return null;
  g.__mailTransport ??= nodemailer.createTransport(smtpOptions(env.SMTP_URL));
  return g.__mailTransport;
}

export function appBaseUrl(): string {
  return (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Closes the pooled SMTP connections (on shutdown, or before a test stops its mail server). */
export function closeMailTransport(): void {
  g.__mailTransport?.close();
  g.__mailTransport = undefined;
}
