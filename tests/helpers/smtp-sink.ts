// A real SMTP server on loopback (the smtp-server package) that keeps every letter it receives,
// parsed; tests stop and restart it on the same port to play a mail server that is down.
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./process.js";

export interface SmtpSink {
  port: number;
  url: string;
  letters: ParsedMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when at least `count` letters arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
}

export async function smtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  const letters: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    letters,
    start: () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream).then(
            (mail) => {
              letters.push(mail);
              callback();
            },
            (error: Error) => callback(error),
          );
        },
      });
      const s = server;
      return new Promise((resolve, reject) => {
        s.once("error", reject);
        s.listen(port, "127.0.0.1", () => resolve());
      });
    },
    stop: () => new Promise((resolve) => (server ? server.close(() => resolve()) : resolve())),
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (letters.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} letters, got ${letters.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return letters;
    },
  };
  return sink;
}

export const recipientOf = (mail: ParsedMail): string => {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? "";
};
