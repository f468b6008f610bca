// The staff module's front door: staff accounts, sessions and login defences.
export { seedDemoStaff } from './demo-staff'
export { createLoginThrottle } from './login-throttle'
export { createStaffSessionService } from './staff-session.service'
export { staffRoutes } from './staff.routes'
export { createStaffService } from './staff.service'
