// The scheduler module's front door: reminders, retries and other background work.
export { createBackgroundWork } from './background'
