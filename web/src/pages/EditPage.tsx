import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { OrganizationLink, PersonLink, useOrganizationName } from '../components/Labels';
import { ErrorMessage, Loading } from '../components/Status';
import { useTitle } from '../title';
import { mayEdit, useViewer } from '../viewer';

const EditQuery = graphql(`
  query EditOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      nameVi
      nameEn
      nameFr
      parent {
        id
      }
      partnerships(first: 50) {
        totalCount
        nodes {
          id
          version
          kind
          status
          partnerOrganization {
            id
            name
            nameVi
            nameEn
            nameFr
          }
          partnerPerson {
            id
            fullName
          }
        }
      }
    }
  }
`);

const PartnerSearch = graphql(`
  query PartnerCandidates($query: String!) {
    search(query: $query, types: [ORGANIZATION, FOREIGN_NGO], first: 8) {
      nodes {
        __typename
        ... on Organization {
          id
          name
        }
      }
    }
  }
`);

const CreatePartnership = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      partnership {
        id
      }
    }
  }
`);

const UpdatePartnership = graphql(`
  mutation UpdatePartnershipStatus($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      partnership {
        id
        version
        status
      }
    }
  }
`);

const STATUSES = ['PROSPECT', 'ACTIVE', 'LAPSED'] as const;

/**
 * An association editor keeps their own association's data current (the secretariat may open any).
 * Another association's edit screen is not shown at all: the API would refuse each write anyway.
 */
export function EditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const viewer = useViewer();
  const name = useOrganizationName();
  // A write's answer names the Partnership it changed: urql's cache then reads this query again by itself.
  const [{ data, fetching, error }] = useQuery({ query: EditQuery, variables: { id } });
  const organization = data?.organization;
  useTitle(organization ? t('edit.title', { name: name(organization) }) : t('edit.heading'));
  if (!viewer.known || (fetching && !data)) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!organization) return <p className="status">{t('status.notFound')}</p>;
  if (!mayEdit(viewer, organization)) {
    return (
      <article>
        <h1>{t('edit.heading')}</h1>
        <p className="status status--error" role="alert">
          {viewer.role === 'PUBLIC' ? t('edit.signInFirst') : t('edit.notYours', { name: name(organization) })}
        </p>
        {viewer.role === 'PUBLIC' ? <Link to="/sign-in">{t('viewer.signIn')}</Link> : <OrganizationLink organization={organization} />}
      </article>
    );
  }
  return (
    <article>
      <h1>{t('edit.title', { name: name(organization) })}</h1>
      <p className="lead">
        {t('edit.lead')} <OrganizationLink organization={organization} />
      </p>
      <section aria-labelledby="edit-partners">
        <h2 id="edit-partners">{t('partners.title')}</h2>
        <ul className="partners">
          {organization.partnerships.nodes.map((p) => (
            <PartnerRow key={p.id} partnership={p} />
          ))}
        </ul>
        <NewPartner organizationId={organization.id} />
      </section>
    </article>
  );
}

function PartnerRow({ partnership: p }: { partnership: { id: string; version: number; kind: string; status: string; partnerOrganization?: { id: string; name: string; nameVi?: string | null; nameEn?: string | null; nameFr?: string | null } | null; partnerPerson?: { id: string; fullName: string } | null } }) {
  const { t } = useTranslation();
  const [{ fetching, error }, update] = useMutation(UpdatePartnership);
  const label = t('edit.statusOf', { name: p.partnerOrganization?.name ?? p.partnerPerson?.fullName ?? '' });
  return (
    <li>
      {p.partnerOrganization ? <OrganizationLink organization={p.partnerOrganization} /> : p.partnerPerson ? <PersonLink person={p.partnerPerson} /> : null} · {t(`partnership.kind.${p.kind}`)}{' '}
      <select aria-label={label} value={p.status} disabled={fetching} onChange={(e) => void update({ input: { id: p.id, version: p.version, status: e.target.value as (typeof STATUSES)[number] } })}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`partnership.status.${s}`)}
          </option>
        ))}
      </select>
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
}

function NewPartner({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [kind, setKind] = useState<'NEW' | 'TRADITIONAL'>('NEW');
  const [{ data }] = useQuery({ query: PartnerSearch, variables: { query }, pause: query.trim().length < 3 || chosen !== null });
  const [{ fetching, error }, create] = useMutation(CreatePartnership);
  const [done, setDone] = useState<string | null>(null);
  const candidates = (data?.search.nodes ?? []).flatMap((n) => ('id' in n && n.id !== organizationId ? [n as { id: string; name: string }] : []));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const result = await create({ input: { organizationId, partnerOrganizationId: chosen.id, kind, status: 'PROSPECT', sectorKeys: [] } });
    if (!result.error) {
      setDone(t('edit.added', { name: chosen.name }));
      setChosen(null);
      setQuery('');
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="new-partner">
      <h3 id="new-partner">{t('edit.newPartner')}</h3>
      <label>
        {t('edit.partner')}
        <input type="search" value={chosen ? chosen.name : query} onChange={(e) => (setChosen(null), setQuery(e.target.value))} />
      </label>
      {candidates.length && !chosen ? (
        <ul className="choices" aria-label={t('import.candidates')}>
          {candidates.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => setChosen(c)}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label>
        {t('edit.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as 'NEW' | 'TRADITIONAL')}>
          <option value="NEW">{t('partnership.kind.NEW')}</option>
          <option value="TRADITIONAL">{t('partnership.kind.TRADITIONAL')}</option>
        </select>
      </label>
      <button type="submit" disabled={!chosen || fetching}>
        {t('edit.add')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
      {done ? <p role="status">{done}</p> : null}
    </form>
  );
}
