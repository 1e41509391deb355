import type { DomainModule } from '../domain-module.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';

/** The audit trail: every write's entry, read by the secretariat. */
export const auditModule: DomainModule = { entities: [AuditEntry], resolvers: [AuditResolver] };
