// The notifications module's front door: WeChat notices to citizens.
export { afterFailure, claimDue, RETRY_DELAYS_MS, type QueuedDelivery } from './delivery-queue'
export { createNotifications, type Notifications } from './notifications.service'
