/**
 * Notifications: in-app messages (the bell with its unread count) and e-mail through SMTP, queued in an outbox in the
 * same transaction as the change they report and sent afterwards with retries by whichever instance claims them.
 * Depends on accounts (to find a person's e-mail address) and the kernel; any module may notify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package ca.mechanicplatform.notifications;
