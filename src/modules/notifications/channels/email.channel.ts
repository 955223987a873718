import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { type AppConfig, APP_CONFIG } from '../../../config';
import {
  ChannelFailure,
  describeFailure,
  NotificationChannel,
  type OutgoingMessage,
} from './notification-channel';

// E-mail over SMTP (SMTP_URL), or, without it outside production, one .eml file per message
// under DATA_DIR/outbox-mail. The Message-ID is derived from the delivery id: a delivery sent
// twice (a worker that died after the server accepted it, before the row said SENT) reaches the
// receiver with the same Message-ID, which mail systems use to recognise the duplicate.
@Injectable()
export class EmailChannel extends NotificationChannel implements OnModuleInit, OnModuleDestroy {
  readonly kind = 'EMAIL' as const;
  private readonly logger = new Logger('EmailChannel');
  private readonly mail: AppConfig['notifications']['mail'];
  private readonly timeoutMs: number;
  private readonly messageIdDomain: string;
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.mail = config.notifications.mail;
    this.timeoutMs = config.notifications.sendTimeoutMs;
    this.messageIdDomain = /@([^\s@>]+)>?\s*$/.exec(this.mail.from)?.[1] ?? 'localhost';
    this.transporter = this.createTransporter();
  }

  onModuleInit(): void {
    if (!this.mail.smtpUrl) {
      this.logger.log(
        this.mail.fileDir
          ? `E-mail: SMTP_URL is not set; messages are written as files to ${this.mail.fileDir}`
          : 'E-mail: SMTP_URL is not set; e-mail notices are skipped',
      );
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }

  messageIdOf(deliveryId: string): string {
    return `<delivery-${deliveryId}@${this.messageIdDomain}>`;
  }

  skipReason(_message: OutgoingMessage, address: string | null): string | null {
    if (!this.transporter) {
      return 'e-mail is not configured (SMTP_URL)';
    }
    return address ? null : 'no e-mail address';
  }

  async send(message: OutgoingMessage, address: string | null): Promise<void> {
    const mail: SendMailOptions = {
      from: this.mail.from,
      to: address ?? undefined,
      subject: message.notice.subject,
      text: message.notice.text,
      messageId: this.messageIdOf(message.deliveryId),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Mot-Cua-Delivery': message.deliveryId },
      signal: AbortSignal.timeout(this.timeoutMs),
    };
    let info: { message?: unknown };
    try {
      info = await this.transporter!.sendMail(mail);
    } catch (error) {
      throw new ChannelFailure(describeFailure('SMTP', error));
    }
    if (!this.mail.smtpUrl && this.mail.fileDir) {
      await this.writeFile(message.deliveryId, info.message);
    }
  }

  private createTransporter(): Transporter | null {
    if (this.mail.smtpUrl) {
      // Pooled connections; a message on a connection that drops is not requeued by the pool:
      // the delivery's own retry (with the same Message-ID) takes over.
      return createTransport({
        url: this.mail.smtpUrl,
        pool: true,
        maxConnections: 2,
        maxRequeues: 0,
        connectionTimeout: this.timeoutMs,
        greetingTimeout: this.timeoutMs,
        socketTimeout: this.timeoutMs,
      });
    }
    return this.mail.fileDir
      ? createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
      : null;
  }

  // One file per delivery, named by its id: sending again overwrites rather than duplicates.
  private async writeFile(deliveryId: string, raw: unknown): Promise<void> {
    if (!Buffer.isBuffer(raw)) {
      throw new ChannelFailure('file transport: no message produced');
    }
    try {
      await mkdir(this.mail.fileDir!, { recursive: true });
      await writeFile(path.join(this.mail.fileDir!, `${deliveryId}.eml`), raw);
    } catch (error) {
      throw new ChannelFailure(describeFailure('file transport', error));
    }
  }
}
