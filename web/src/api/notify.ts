// The attention counts and the reminder-mail settings, named from the generated contract
// (src/api/openapi/notify.json), and one call per route the pages use.
import { call, type BodyOfRoute, type Schemas } from './endpoint';

/** What needs the user's attention: the counts the bell shows and the reminder mails carry. */
export type AttentionCounts = Schemas['AttentionCounts'];
/** Whether the server is configured to send mail at all comes with the settings (mail_available). */
export type MailSettings = Schemas['MailSettings'];
export type MailMode = MailSettings['mode'];

export const getAttentionCounts = () => call('get', '/inbox/counts');
export const getMailSettings = () => call('get', '/me/mail-settings');
export const updateMailSettings = (body: BodyOfRoute<'patch', '/me/mail-settings'>) =>
  call('patch', '/me/mail-settings', { body });
