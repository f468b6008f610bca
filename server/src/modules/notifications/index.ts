// The notifications module's front door: WeChat notices to citizens.
export { createNotifications, type Notifications } from './notifications.service'
