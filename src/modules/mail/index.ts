/** Mail: one way to send a message, over SMTP or into the development outbox. */
export { createMailer, type Mailer, type MailMessage, type MailResult, type MailerOptions } from './mailer.js';
