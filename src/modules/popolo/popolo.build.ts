import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { Source } from '../../graphql/source.js';
import type { Provenance } from '../../http/provenance.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Body } from '../body/body.entity.js';
import { BODY_KIND_LABEL_VI } from '../body/body.enums.js';
import { OrganizationIdentifier } from '../identifier/organization-identifier.entity.js';
import { heldSince, heldTill } from '../membership/membership.certainty.js';
import { Membership } from '../membership/membership.entity.js';
import { roleRank } from '../membership/membership.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { ContactKind, type ContactPoint } from '../person/contact-point.entity.js';
import { visibleContactPoints } from '../person/contact-point.loaders.js';
import { Person } from '../person/person.entity.js';
import type { PopoloContactDetail, PopoloDocument, PopoloLink, PopoloMembership, PopoloOrganization, PopoloPerson, PopoloPost } from './popolo.types.js';

/** An enum value as Popolo's free-text codes are written: FRIENDSHIP_ASSOCIATION → "friendship association". */
const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A record's sources as Popolo links. A citation that is a web address is its URL (as `Source.url` reads
 * it); one that is not (a document's title and date, "entered through the Amity API by ...") still has to
 * be a URI for Popolo, so it travels as a `data:` URI holding the citation itself. Either way `note` is the
 * citation as recorded.
 */
export function popoloSources(citations: readonly string[]): PopoloLink[] {
  return Source.list([...citations]).map((source) => ({ url: source.url ?? `data:text/plain;charset=utf-8,${encodeURIComponent(source.citation)}`, note: source.citation }));
}

const term = (from?: { text: string }, to?: { text: string }) => [from?.text, to?.text].filter(Boolean).join('–');

function bodyName(body: Body): string {
  const span = term(body.termStart, body.termEnd);
  return `${body.nameVi ?? body.nameEn ?? BODY_KIND_LABEL_VI[body.kind]}${span ? ` ${span}` : ''}`;
}

function organizationOf(org: Organization, identifiers: OrganizationIdentifier[]): PopoloOrganization {
  const names: [string | undefined, string][] = [[org.nameVi, 'Vietnamese'], [org.nameEn, 'English'], [org.nameFr, 'French'], [org.abbreviation, 'abbreviation']];
  const otherNames = names.filter(([name]) => name && name !== org.name).map(([name, note]) => ({ name: name!, note }));
  return {
    id: org.globalId,
    name: org.name,
    ...(otherNames.length ? { other_names: otherNames } : {}),
    ...(identifiers.length ? { identifiers: identifiers.map(({ identifier, scheme }) => ({ identifier, scheme })) } : {}),
    classification: words(org.kind),
    parent_id: org.parent ? toGlobalId('Organization', org.parent.id) : undefined,
    founding_date: org.foundedOn?.text,
    description: org.description ?? undefined,
    ...(org.website && /^https?:\/\//i.test(org.website) ? { links: [{ url: org.website, note: 'website' }] } : {}),
    sources: popoloSources(org.sourceCitations),
  };
}

function bodyOrganization(body: Body, parent: Organization): PopoloOrganization {
  return {
    id: body.globalId,
    name: bodyName(body),
    ...(body.nameEn && body.nameVi ? { other_names: [{ name: body.nameEn, note: 'English' }] } : {}),
    classification: words(body.kind),
    parent_id: parent.globalId,
    // A body is elected for a term: it exists from the term's start to its end.
    founding_date: body.termStart?.text,
    dissolution_date: body.termEnd?.text,
    sources: popoloSources(body.sourceCitations),
  };
}

function contactDetail(point: ContactPoint): PopoloContactDetail {
  return {
    type: point.kind === ContactKind.EMAIL ? 'email' : 'voice',
    value: point.value,
    ...(point.label ? { label: point.label } : {}),
    note: `recorded by ${point.recordedBy?.name ?? 'the Union’s secretariat'}`,
  };
}

function personOf(person: Person, contacts: ContactPoint[]): PopoloPerson {
  return {
    id: person.globalId,
    name: person.fullName,
    honorific_prefix: person.honorific ?? undefined,
    biography: person.biography ?? undefined,
    ...(contacts.length ? { contact_details: contacts.map(contactDetail) } : {}),
    sources: popoloSources(person.sourceCitations),
  };
}

function visibilityOf(viewer: Viewer): string {
  if (viewer.role === 'SECRETARIAT') return 'the secretariat’s: public fields and every contact detail';
  if (viewer.role === 'PUBLIC') return 'public: public fields only, no contact details';
  return `a ${words(viewer.role)}’s: public fields and the contact details its own organization recorded`;
}

const NOTES = [
  'Bodies (a committee or organ elected for a term) are organizations whose parent_id is their organization; their founding_date and dissolution_date are the term’s start and end.',
  'A post is a role in an organization or one of its bodies; a membership of a person names its post.',
  'A membership’s start_date and end_date are as precise as the sources: YYYY, YYYY-MM or YYYY-MM-DD (an end known only to its year reads 2023, not 31 December).',
  'An organization’s membership of another (a member association of the Union) names the member organization in member.',
  'identifiers are the ones recorded with their scheme: org-id.guide list prefixes (XM-DAC, XI-IATI, VN-TIN, VN-CR), LOCAL-VN-FNGO for a foreign NGO’s registration certificate number.',
  'sources: a web address is a link; a citation that is not one is a data: URI holding its text; note is always the citation as recorded.',
  'Rows of the synthetic benchmark network are never exported.',
];

interface Scope {
  organizations: Organization[];
  bodies: Body[];
  memberships: Membership[];
  persons: Person[];
  /** Organization memberships: [member, organization it is a member of]. */
  organizationMemberships: [Organization, Organization][];
  label: string;
}

async function wholeDirectory(em: EntityManager): Promise<Scope> {
  const organizations = await em.find(Organization, { synthetic: false }, { orderBy: { nameSort: 'asc', id: 'asc' } });
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const bodies = await em.find(Body, { synthetic: false, organization: { synthetic: false } }, { orderBy: { id: 'asc' } });
  const memberships = await em.find(Membership, { synthetic: false, person: { synthetic: false }, organization: { synthetic: false } }, { orderBy: { id: 'asc' } });
  const persons = await em.find(Person, { synthetic: false }, { orderBy: { nameSort: 'asc', id: 'asc' } });
  const organizationMemberships = organizations.flatMap((o): [Organization, Organization][] => {
    const of = o.memberOf && byId.get(o.memberOf.id);
    return of ? [[o, of]] : [];
  });
  return { organizations, bodies, memberships, persons, organizationMemberships, label: 'the whole directory' };
}

async function oneOrganization(em: EntityManager, organization: Organization): Promise<Scope> {
  const bodies = await em.find(Body, { organization: organization.id, synthetic: false }, { orderBy: { id: 'asc' } });
  const memberships = await em.find(Membership, { organization: organization.id, synthetic: false, person: { synthetic: false } }, { orderBy: { id: 'asc' } });
  const persons = await em.find(Person, { id: { $in: [...new Set(memberships.map((m) => m.person.id))] } }, { orderBy: { nameSort: 'asc', id: 'asc' } });
  const members = await em.find(Organization, { memberOf: organization.id, synthetic: false }, { orderBy: { nameSort: 'asc', id: 'asc' } });
  // The organizations it names (its parent, what it is a member of), so that every ID the file uses is in it.
  const named = [organization.parent?.id, organization.memberOf?.id].filter((id): id is string => Boolean(id));
  const referenced = named.length ? await em.find(Organization, { id: { $in: named }, synthetic: false }) : [];
  const memberOf = referenced.find((o) => o.id === organization.memberOf?.id);
  return {
    organizations: [organization, ...referenced, ...members.filter((m) => !referenced.some((r) => r.id === m.id))],
    bodies,
    memberships,
    persons,
    organizationMemberships: [...(memberOf ? [[organization, memberOf] as [Organization, Organization]] : []), ...members.map((m): [Organization, Organization] => [m, organization])],
    label: `one organization: ${organization.name} (${organization.globalId}), its bodies and memberships, its members, and the organizations it names`,
  };
}

/**
 * The directory (or one organization of it) as a Popolo document: persons, organizations (bodies among
 * them), memberships and posts, each with its sources, the contact details the caller may see
 * (`visibleContactPoints`, auth/policy.ts) and nothing else that is private.
 */
export async function buildPopolo(ctx: Context, provenance: Provenance, organization?: Organization): Promise<PopoloDocument> {
  const scope = organization ? await oneOrganization(ctx.em, organization) : await wholeDirectory(ctx.em);
  const orgIds = scope.organizations.map((o) => o.id);
  const identifiers = orgIds.length ? await ctx.em.find(OrganizationIdentifier, { organization: { $in: orgIds } }, { orderBy: { scheme: 'asc', identifier: 'asc' } }) : [];
  const contacts = await Promise.all(scope.persons.map((p) => visibleContactPoints(ctx, p.id)));

  const organizationById = new Map(scope.organizations.map((o) => [o.id, o]));
  const bodyById = new Map(scope.bodies.map((b) => [b.id, b]));
  const order = new Map(scope.organizations.map((o, i) => [o.id, i]));
  const memberships = [...scope.memberships].sort(
    (a, b) => (order.get(a.organization.id) ?? 0) - (order.get(b.organization.id) ?? 0) || roleRank(a.role) - roleRank(b.role) || String(a.heldFrom ?? '').localeCompare(String(b.heldFrom ?? '')) || a.id.localeCompare(b.id),
  );

  const posts = new Map<string, PopoloPost>();
  const personMemberships = memberships.map((m): PopoloMembership => {
    const body = m.body ? bodyById.get(m.body.id) : undefined;
    const owner = organizationById.get(m.organization.id);
    const container = body ? body.globalId : toGlobalId('Organization', m.organization.id);
    const containerName = body ? `${bodyName(body)}, ${owner?.name ?? ''}` : (owner?.name ?? '');
    const postId = `post:${container}:${m.role}`;
    if (!posts.has(postId)) posts.set(postId, { id: postId, label: `${capitalised(words(m.role))}, ${containerName}`, role: words(m.role), organization_id: container });
    return {
      id: m.globalId,
      ...(m.title ? { label: m.title } : {}),
      role: words(m.role),
      person_id: toGlobalId('Person', m.person.id),
      organization_id: container,
      post_id: postId,
      start_date: heldSince(m)?.text,
      end_date: heldTill(m)?.text,
      sources: popoloSources(m.sourceCitations),
    };
  });
  const organizationMemberships = scope.organizationMemberships.map(([member, of]): PopoloMembership => ({
    id: `membership:${member.globalId}:${of.globalId}`,
    role: 'member',
    member: { '@type': 'Organization', id: member.globalId },
    organization_id: of.globalId,
    sources: popoloSources(member.sourceCitations),
  }));

  const identifiersOf = new Map<string, OrganizationIdentifier[]>();
  for (const identifier of identifiers) identifiersOf.set(identifier.organization.id, [...(identifiersOf.get(identifier.organization.id) ?? []), identifier]);
  const popoloOrganizations = [
    ...scope.organizations.map((o) => organizationOf(o, identifiersOf.get(o.id) ?? [])),
    ...scope.bodies.flatMap((b) => {
      const parent = organizationById.get(b.organization.id);
      return parent ? [bodyOrganization(b, parent)] : [];
    }),
  ];

  return {
    meta: {
      title: `${provenance.title}: Popolo export`,
      source: provenance.source,
      generated_at: provenance.generatedAt,
      scope: scope.label,
      visibility: visibilityOf(ctx.viewer),
      specification: 'http://www.popoloproject.com/specs/',
      notes: NOTES,
    },
    persons: scope.persons.map((p, i) => personOf(p, contacts[i])),
    organizations: popoloOrganizations,
    memberships: [...personMemberships, ...organizationMemberships],
    posts: [...posts.values()],
  };
}
