import type { DomainModule } from '../../domain-module.js';
import { PersonAttendanceResolver, BodyAttendanceResolver, InactiveMembersResolver } from './attendance.resolver.js';

export const attendanceModule: DomainModule = {
  resolvers: [PersonAttendanceResolver, BodyAttendanceResolver, InactiveMembersResolver],
};
