// Shapes of the attention counts and the reminder-mail settings (src/api/openapi/notify.json).

/** What needs the user's attention: the counts the bell shows and the reminder mails carry. */
export interface AttentionCounts {
  as_of: string;
  total: number;
  counts: {
    reports_due_soon: number;
    reports_overdue: number;
    reports_to_review: number;
    notices_unread: number;
    deadlines_overdue: number;
    deadlines_due_this_week: number;
    drug_free_waiting: number;
    new_assignments: number;
  };
}

export type MailMode = 'immediate' | 'daily';

export interface MailSettings {
  email: string;
  enabled: boolean;
  mode: MailMode;
  /** Whether the server is configured to send mail at all. */
  mail_available: boolean;
}
