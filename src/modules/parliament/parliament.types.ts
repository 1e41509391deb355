import { ConnectionType } from '../../relay/connection.js';
import { GroupMembership } from './group-membership.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

export const ParliamentaryGroupConnection = ConnectionType<ParliamentaryGroup>('ParliamentaryGroup', () => ParliamentaryGroup);
export type ParliamentaryGroupConnection = InstanceType<typeof ParliamentaryGroupConnection>;

export const GroupMembershipConnection = ConnectionType<GroupMembership>('GroupMembership', () => GroupMembership);
export type GroupMembershipConnection = InstanceType<typeof GroupMembershipConnection>;
