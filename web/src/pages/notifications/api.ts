// GraphQL documents of the notification centre, the mail settings and the mail status.
import { graphql } from "../../graphql.ts";

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      edges { node { id kind title body link createdAt isRead } }
      pageInfo { hasNextPage endCursor }
    }
    unreadNotificationCount
  }
`);
export const UnreadCountQuery = graphql(`query UnreadNotificationCount { unreadNotificationCount }`);
export const MarkRead = graphql(`mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`);
export const MarkAllRead = graphql(`mutation MarkAllNotificationsRead { markAllNotificationsRead }`);
export const SettingsQuery = graphql(`
  query NotificationSettings { notificationSettings { email isEmailEnabled isMailOn canManageMail } }
`);
export const UpdateSettings = graphql(`
  mutation UpdateNotificationSettings($email: String, $isEmailEnabled: Boolean!) {
    updateNotificationSettings(email: $email, isEmailEnabled: $isEmailEnabled) { email isEmailEnabled isMailOn canManageMail }
  }
`);
export const MailStatusQuery = graphql(`
  query MailStatus { mailStatus { isEnabled from pending sent dead deadLetters { id toAddress subject attempts lastError createdAt } } }
`);
export const RetryDeadLetters = graphql(`mutation RetryDeadLetters($ids: [ID!]!) { retryDeadLetters(ids: $ids) }`);

/** The bell and the page tell each other that notices were read. */
export const NOTIFICATIONS_CHANGED = "orientir:notifications-changed";
export const announceChange = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
