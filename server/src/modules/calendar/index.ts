// The calendar module's front door: the working-day calendar in force, reply deadlines, and the
// loading of a year's official holiday schedule. Other modules import only from here.
export { calendarRoutes, staffCalendarRoutes } from './calendar.routes'
export {
  createCalendarService,
  extendDeadline,
  type CalendarService,
  type LoadYearResult,
} from './calendar.service'
