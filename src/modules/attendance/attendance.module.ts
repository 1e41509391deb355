import type { DomainModule } from '../../domain-module.js';
import { PersonAttendanceResolver, BodyAttendanceResolver, BodyAttendanceMembersResolver, InactiveMembersResolver } from './attendance.resolver.js';

export const attendanceModule: DomainModule = {
  resolvers: [PersonAttendanceResolver, BodyAttendanceResolver, BodyAttendanceMembersResolver, InactiveMembersResolver],
};
