import { registerEnumType } from 'type-graphql';

export enum Role {
  PRESIDENT = 'PRESIDENT',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  STANDING_VICE_PRESIDENT = 'STANDING_VICE_PRESIDENT',
  SECRETARY_GENERAL = 'SECRETARY_GENERAL',
  STANDING_MEMBER = 'STANDING_MEMBER',
  MEMBER = 'MEMBER',
  HONORARY_PRESIDENT = 'HONORARY_PRESIDENT',
  HONORARY_CHAIR = 'HONORARY_CHAIR',
  HEAD = 'HEAD',
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  SECRETARY = 'SECRETARY',
  CO_DIRECTOR = 'CO_DIRECTOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'The role a person holds in an organization or body.',
  valuesConfig: {
    PRESIDENT: { description: 'President (Chủ tịch). A single seat: one holder at a time.' },
    VICE_PRESIDENT: { description: 'Vice-president (Phó Chủ tịch).' },
    STANDING_VICE_PRESIDENT: { description: 'Standing vice-president (Phó Chủ tịch Thường trực).' },
    SECRETARY_GENERAL: { description: 'Secretary general (Tổng Thư ký). A single seat: one holder at a time.' },
    STANDING_MEMBER: { description: 'Member of the standing committee (Ủy viên Thường vụ).' },
    MEMBER: { description: 'Member (Ủy viên, thành viên) of a body or of the organization.' },
    HONORARY_PRESIDENT: { description: 'Honorary president (Chủ tịch danh dự).' },
    HONORARY_CHAIR: { description: 'Honorary chair.' },
    HEAD: { description: 'Leads the organization or body (Trưởng ban: e.g. the head of an inspection board); used too where the source gives no more precise title. A single seat: one holder at a time.' },
    CHAIR: { description: 'Chair (chairman, chairwoman, chairperson). A single seat: one holder at a time.' },
    VICE_CHAIR: { description: 'Vice-chair (Phó Trưởng ban, vice-chairman).' },
    SECRETARY: { description: 'Secretary (Thư ký; the secretary of a Party delegation, Bí thư).' },
    CO_DIRECTOR: { description: 'Co-director (Đồng Giám đốc).' },
  },
});

/** Roles one person at a time may hold in a body or organization (no overlapping terms). */
export const SINGLE_SEAT_ROLES: ReadonlySet<Role> = new Set([Role.PRESIDENT, Role.SECRETARY_GENERAL, Role.CHAIR, Role.HEAD]);

/** Presidents first, then vice-presidents, ...: the order a roster is read in. */
/** The order of a roster: who leads first (a president, chair or head, then deputies and officers), members last, honorary posts after. */
export const ROLE_ORDER: readonly Role[] = [
  Role.PRESIDENT, Role.CHAIR, Role.HEAD, Role.CO_DIRECTOR,
  Role.STANDING_VICE_PRESIDENT, Role.VICE_PRESIDENT, Role.VICE_CHAIR,
  Role.SECRETARY_GENERAL, Role.SECRETARY, Role.STANDING_MEMBER, Role.MEMBER,
  Role.HONORARY_PRESIDENT, Role.HONORARY_CHAIR,
];
// Stryker disable next-line all: a start-up guard, not an answer
if (new Set(ROLE_ORDER).size !== Object.values(Role).length) throw new Error('ROLE_ORDER must list every Role once');
export const roleRank = (role: Role): number => ROLE_ORDER.indexOf(role);
