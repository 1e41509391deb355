import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { OrganizationQuery } from '../gql/graphql';
import { AsOfPicker, useAsOf } from '../components/AsOfPicker';
import { Certainty, OrganizationLink, PersonLink, RoleLabel, Sources, useOrganizationName } from '../components/Labels';
import { ErrorMessage, Loading } from '../components/Status';
import { useFormat } from '../format';
import { useTitle } from '../title';

const OrganizationQueryDocument = graphql(`
  query Organization($id: ID!, $asOf: Date, $onDate: Boolean!) {
    organization(id: $id) {
      id
      name
      nameVi
      nameEn
      nameFr
      abbreviation
      kind
      status
      description
      website
      address
      foundedOn {
        text
        precision
      }
      traditionalDay {
        text
        precision
      }
      countries {
        code
        nameEn
      }
      province {
        id
        nameVi
        nameEn
      }
      parent {
        id
        name
        nameVi
        nameEn
        nameFr
      }
      memberOf {
        id
        name
        nameVi
        nameEn
        nameFr
      }
      sourceNote
      sources {
        citation
        url
      }
      presidentToday: officeHolder(role: PRESIDENT) {
        ...Holder
        certainty
      }
      # How sure on the chosen date: asked for that date, never the post's plain certainty (today's).
      presidentOnDate: officeHolder(role: PRESIDENT, asOf: $asOf) @include(if: $onDate) {
        ...Holder
        certainty(asOf: $asOf)
      }
      memberships(asOf: $asOf, first: 50) {
        totalCount
        edges {
          # How sure on the list's date: the edge's, which belongs to this list.
          certainty
          node {
            ...Holder
            body {
              id
              kind
              nameVi
              nameEn
            }
          }
        }
      }
      bodies(first: 20) {
        totalCount
        edges {
          node {
            id
            kind
            nameVi
            nameEn
            size
            termStart {
              text
              precision
            }
            termEnd {
              text
              precision
            }
            congress {
              id
              number
            }
            seats(asOf: $asOf) {
              filled
              vacancies
            }
            members(asOf: $asOf, first: 50) {
              totalCount
              edges {
                cursor
                certainty
                lastAttested {
                  text
                  precision
                }
                role
                title
                node {
                  id
                  fullName
                }
              }
            }
          }
        }
      }
      congresses(first: 20) {
        edges {
          node {
            id
            number
            title
            heldOn {
              text
              precision
            }
            termStart {
              text
              precision
            }
            termEnd {
              text
              precision
            }
          }
        }
      }
      children(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            nameVi
            nameEn
            nameFr
            kind
          }
        }
      }
      partnerships(first: 50) {
        totalCount
        edges {
          node {
            id
            kind
            status
            since {
              text
              precision
            }
            sectors {
              key
              nameEn
              nameVi
            }
            partnerOrganization {
              id
              name
              nameVi
              nameEn
              nameFr
              kind
            }
            partnerPerson {
              id
              fullName
            }
          }
        }
      }
      partnerOf(first: 50) {
        totalCount
        edges {
          node {
            id
            kind
            status
            since {
              text
              precision
            }
            organization {
              id
              name
              nameVi
              nameEn
              nameFr
              kind
            }
          }
        }
      }
      parliamentaryGroups(first: 20) {
        edges {
          node {
            id
            nameEn
            legislature
            chair {
              id
              person {
                id
                fullName
              }
            }
          }
        }
      }
      events(first: 10) {
        totalCount
        edges {
          node {
            id
            title
            kind
            startDate {
              text
              precision
            }
          }
        }
      }
    }
  }

  fragment Holder on Membership {
    id
    role
    title
    lastAttested {
      text
      precision
    }
    since {
      text
      precision
    }
    until {
      text
      precision
    }
    person {
      id
      fullName
    }
  }
`);

type Organization = NonNullable<OrganizationQuery['organization']>;

export function OrganizationPage() {
  const { id = '' } = useParams();
  const asOf = useAsOf();
  const { t } = useTranslation();
  const orgName = useOrganizationName();
  const [{ data, fetching, error, operation }] = useQuery({ query: OrganizationQueryDocument, variables: { id, asOf, onDate: asOf !== null } });
  const organization = data?.organization;
  // While another date loads, the page keeps saying which date it shows.
  const shownAsOf = operation?.variables.asOf ?? null;
  useTitle(organization ? orgName(organization) : null);
  if (fetching && !data) return <Loading />;
  if (error && !organization) return <ErrorMessage error={error} />;
  if (!organization) return <p>{t('status.notFound')}</p>;
  return (
    <article className="profile">
      <OrganizationHeader organization={organization} />
      <nav className="profile__actions" aria-label={t('organization.explore')}>
        <Link to={`/network/${encodeURIComponent(organization.id)}`}>{t('organization.network')}</Link>
        <Link to={`/connections/${encodeURIComponent(organization.id)}`}>{t('organization.connections')}</Link>
      </nav>
      <AsOfPicker />
      {fetching ? <Loading /> : null}
      <Leaders organization={organization} asOf={shownAsOf} />
      <Bodies organization={organization} asOf={shownAsOf} />
      <Congresses organization={organization} />
      <Partners organization={organization} />
      <Branches organization={organization} />
      <ParliamentaryGroups organization={organization} />
      <Events organization={organization} />
      <Sources sources={organization.sources} note={organization.sourceNote} />
    </article>
  );
}

function OrganizationHeader({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  const f = useFormat();
  const orgName = useOrganizationName();
  const shown = orgName(o);
  const otherNames = [o.nameVi, o.nameEn, o.nameFr].filter((n): n is string => !!n && n !== shown);
  return (
    <header className="profile__header">
      <p className="profile__kind">
        {t(`kind.${o.kind}`)}
        {o.status !== 'ACTIVE' ? ` · ${t(`orgStatus.${o.status}`)}` : ''}
      </p>
      <h1>
        {shown}
        {o.abbreviation ? <span className="profile__abbr"> ({o.abbreviation})</span> : null}
      </h1>
      {otherNames.length ? <p className="profile__names">{otherNames.join(' · ')}</p> : null}
      <dl className="facts">
        {o.countries.length ? (
          <div>
            <dt>{t('organization.countries')}</dt>
            <dd>{o.countries.map((c) => f.country(c.code, c.nameEn)).join(', ')}</dd>
          </div>
        ) : null}
        {o.province ? (
          <div>
            <dt>{t('organization.province')}</dt>
            <dd>{o.province.nameVi}</dd>
          </div>
        ) : null}
        {o.memberOf ? (
          <div>
            <dt>{t('organization.memberOf')}</dt>
            <dd>
              <OrganizationLink organization={o.memberOf} />
            </dd>
          </div>
        ) : null}
        {o.parent && o.parent.id !== o.memberOf?.id ? (
          <div>
            <dt>{t('organization.parent')}</dt>
            <dd>
              <OrganizationLink organization={o.parent} />
            </dd>
          </div>
        ) : null}
        {o.foundedOn ? (
          <div>
            <dt>{t('organization.founded')}</dt>
            <dd>{f.partial(o.foundedOn)}</dd>
          </div>
        ) : null}
        {o.traditionalDay ? (
          <div>
            <dt>{t('organization.traditionalDay')}</dt>
            <dd>{f.partial(o.traditionalDay)}</dd>
          </div>
        ) : null}
        {o.address ? (
          <div>
            <dt>{t('organization.address')}</dt>
            <dd>{o.address}</dd>
          </div>
        ) : null}
        {o.website ? (
          <div>
            <dt>{t('organization.website')}</dt>
            <dd>
              <a href={o.website} rel="noreferrer noopener">
                {o.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {o.description ? <p className="profile__description">{o.description}</p> : null}
    </header>
  );
}

type Holder = NonNullable<Organization['presidentToday']>;

function HolderSummary({ holder, label }: { holder: Holder | null | undefined; label: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="holder">
      <h3>{label}</h3>
      {holder ? (
        <p>
          <PersonLink person={holder.person} /> <Certainty certainty={holder.certainty} lastAttested={holder.lastAttested} />
          <br />
          <span className="muted">{f.span(holder.since, holder.until, { from: t('dates.from'), until: t('dates.until') })}</span>
        </p>
      ) : (
        <p className="muted">{t('leaders.noneKnown')}</p>
      )}
    </div>
  );
}

function Leaders({ organization: o, asOf }: { organization: Organization; asOf: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const day = asOf ? f.date(asOf) : t('dates.today');
  return (
    <section aria-labelledby="leaders-title">
      <h2 id="leaders-title">{t('leaders.title')}</h2>
      <div className="holders">
        <HolderSummary holder={o.presidentToday} label={t('leaders.presidentToday')} />
        {asOf ? <HolderSummary holder={o.presidentOnDate} label={t('leaders.presidentOn', { date: f.date(asOf) })} /> : null}
      </div>
      <h3 id="posts-title">{t('leaders.postsOn', { date: day })}</h3>
      {o.memberships.edges.length ? (
        <div className="table-wrap">
          <table aria-labelledby="posts-title">
            <thead>
              <tr>
                <th scope="col">{t('leaders.person')}</th>
                <th scope="col">{t('leaders.role')}</th>
                <th scope="col">{t('leaders.held')}</th>
                <th scope="col">{t('leaders.certainty')}</th>
              </tr>
            </thead>
            <tbody>
              {o.memberships.edges.map(({ certainty, node: m }) => (
                <tr key={m.id}>
                  <td>
                    <PersonLink person={m.person} />
                  </td>
                  <td>
                    <RoleLabel role={m.role} title={m.title} />
                    {m.body ? <span className="muted"> · {m.body.nameVi ?? t(`body.${m.body.kind}`)}</span> : null}
                  </td>
                  <td>{f.span(m.since, m.until, { from: t('dates.from'), until: t('dates.until') })}</td>
                  <td>
                    <Certainty certainty={certainty} lastAttested={m.lastAttested} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('leaders.nonePosts', { date: day })}</p>
      )}
      {o.memberships.totalCount > o.memberships.edges.length ? <p className="muted">{t('list.firstOf', { shown: o.memberships.edges.length, total: f.number(o.memberships.totalCount) })}</p> : null}
    </section>
  );
}

function Bodies({ organization: o, asOf }: { organization: Organization; asOf: string | null }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  if (!o.bodies.edges.length) return null;
  const day = asOf ? f.date(asOf) : t('dates.today');
  return (
    <section aria-labelledby="bodies-title">
      <h2 id="bodies-title">{t('bodies.title')}</h2>
      {o.bodies.edges.map(({ node: b }) => {
        const name = (i18n.resolvedLanguage === 'vi' ? b.nameVi : b.nameEn) ?? t(`body.${b.kind}`);
        const term = f.span(b.termStart, b.termEnd, { from: t('dates.from'), until: t('dates.until') });
        return (
          <section key={b.id} className="body" aria-labelledby={`body-${b.id}`}>
            <h3 id={`body-${b.id}`}>
              {name}
              {term ? <span className="muted"> · {t('bodies.term', { term })}</span> : null}
              {b.congress?.number ? <span className="muted"> · {t('bodies.electedBy', { number: b.congress.number })}</span> : null}
            </h3>
            {b.size != null ? <p className="muted">{t('bodies.seats', { size: f.number(b.size), filled: f.number(b.seats.filled), date: day })}</p> : null}
            {b.members.edges.length ? (
              <ol className="roster" aria-label={t('bodies.rosterOn', { name, date: day })}>
                {b.members.edges.map((m) => (
                  <li key={m.cursor}>
                    <PersonLink person={m.node} /> — <RoleLabel role={m.role} title={m.title} /> <Certainty certainty={m.certainty} lastAttested={m.lastAttested} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">{t('bodies.noMembers', { date: day })}</p>
            )}
            {b.members.totalCount > b.members.edges.length ? <p className="muted">{t('list.firstOf', { shown: b.members.edges.length, total: f.number(b.members.totalCount) })}</p> : null}
            <p className="roster-tools no-print">
              <a href={`/export/bodies/${encodeURIComponent(b.id)}/roster.csv${asOf ? `?asOf=${asOf}` : ''}`} download>
                {t('bodies.csv', { name })}
              </a>
              <button type="button" onClick={() => window.print()}>
                {t('bodies.print')}
              </button>
            </p>
          </section>
        );
      })}
    </section>
  );
}

function Congresses({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!o.congresses.edges.length) return null;
  return (
    <section aria-labelledby="congresses-title">
      <h2 id="congresses-title">{t('congresses.title')}</h2>
      <ul>
        {o.congresses.edges.map(({ node: c }) => {
          const term = f.span(c.termStart, c.termEnd, { from: t('dates.from'), until: t('dates.until') });
          return (
            <li key={c.id}>
              {c.number ? t('congresses.numbered', { number: c.number }) : (c.title ?? t('congresses.congress'))} — {f.partial(c.heldOn)}
              {term ? <span className="muted"> · {t('bodies.term', { term })}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Partners({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  const f = useFormat();
  const orgName = useOrganizationName();
  const rows = [
    ...o.partnerships.edges.map(({ node: p }) => ({ id: p.id, kind: p.kind, status: p.status, since: p.since, organization: p.partnerOrganization, person: p.partnerPerson, sectors: p.sectors })),
    ...o.partnerOf.edges.map(({ node: p }) => ({ id: p.id, kind: p.kind, status: p.status, since: p.since, organization: p.organization, person: null, sectors: [] })),
  ].sort((a, b) => f.compareNames(a.organization ? orgName(a.organization) : (a.person?.fullName ?? ''), b.organization ? orgName(b.organization) : (b.person?.fullName ?? '')));
  return (
    <section aria-labelledby="partners-title">
      <h2 id="partners-title">{t('partners.title')}</h2>
      {rows.length ? (
        <ul className="partners">
          {rows.map((p) => (
            <li key={p.id}>
              {p.organization ? <OrganizationLink organization={p.organization} /> : p.person ? <PersonLink person={p.person} /> : null}
              <span className="muted">
                {' '}
                · {t(`partnership.kind.${p.kind}`)} · {t(`partnership.status.${p.status}`)}
                {p.since ? ` · ${t('dates.since', { date: f.partial(p.since) })}` : ''}
                {p.sectors.length ? ` · ${p.sectors.map((s) => s.nameVi ?? s.nameEn).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('partners.none')}</p>
      )}
    </section>
  );
}

function Branches({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  if (!o.children.edges.length) return null;
  return (
    <section aria-labelledby="branches-title">
      <h2 id="branches-title">{t('organization.children', { count: o.children.totalCount })}</h2>
      <ul>
        {o.children.edges.map(({ node: c }) => (
          <li key={c.id}>
            <OrganizationLink organization={c} /> <span className="muted">· {t(`kind.${c.kind}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ParliamentaryGroups({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  if (!o.parliamentaryGroups.edges.length) return null;
  return (
    <section aria-labelledby="groups-title">
      <h2 id="groups-title">{t('groups.title')}</h2>
      <ul>
        {o.parliamentaryGroups.edges.map(({ node: g }) => (
          <li key={g.id}>
            {g.nameEn}
            {g.legislature ? <span className="muted"> · {t('groups.legislature', { number: g.legislature })}</span> : null}
            {g.chair ? (
              <>
                {' '}
                · {t('groups.chair')}: <PersonLink person={g.chair.person} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Events({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!o.events.edges.length) return null;
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">{t('events.title')}</h2>
      <ul>
        {o.events.edges.map(({ node: e }) => (
          <li key={e.id}>
            {f.partial(e.startDate)} — {e.title} <span className="muted">· {t(`event.${e.kind}`)}</span>
          </li>
        ))}
      </ul>
      {o.events.totalCount > o.events.edges.length ? <p className="muted">{t('list.firstOf', { shown: o.events.edges.length, total: f.number(o.events.totalCount) })}</p> : null}
    </section>
  );
}
