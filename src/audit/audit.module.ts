import type { DomainModule } from '../domain-module.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditSubscriptions } from './audit.subscriptions.js';

/** The audit trail: every write's entry, read by the secretariat, in a list or live. */
export const auditModule: DomainModule = { entities: [AuditEntry], resolvers: [AuditResolver, AuditSubscriptions] };
