// SMTP through nodemailer. Without SMTP_URL mail is off: notifications stay in the app and the
// administrator's page says so.
import nodemailer from "nodemailer";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  isEnabled: boolean;
  from: string;
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(args: { smtpUrl?: string; from: string }): Mailer {
  if (!args.smtpUrl) {
    return {
      isEnabled: false,
      from: args.from,
      send: async () => {
        throw new Error("mail is off: SMTP_URL is not set");
      },
      close: () => undefined,
    };
  }
  const url = new URL(args.smtpUrl);
  const isSecure = url.protocol === "smtps:";
  // Short timeouts: a dead server must fail the attempt soon, the outbox retries it later.
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (isSecure ? 465 : 587),
    secure: isSecure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    isEnabled: true,
    from: args.from,
    send: async (mail) => {
      await transport.sendMail({ from: args.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
