import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Certainty, OrganizationLink, RoleLabel, Sources } from '../components/Labels';
import { ErrorMessage, Loading } from '../components/Status';
import { useFormat } from '../format';
import { useTitle } from '../title';

const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      fullName
      honorific
      biography
      sourceNote
      sources {
        citation
        url
      }
      memberships(history: true, first: 100) {
        totalCount
        edges {
          node {
            id
            role
            title
            # The column "today": a post's plain certainty is today's, in any list.
            certainty
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
            attestedOn
            organization {
              id
              name
              nameVi
              nameEn
              nameFr
            }
            body {
              id
              kind
              nameVi
              nameEn
            }
          }
        }
      }
      participations(first: 20) {
        totalCount
        edges {
          node {
            id
            role
            invited
            attended
            event {
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
  }
`);

/** A person: their posts over time (newest first, each as sure as its sources) and the events they took part in. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: PersonQuery, variables: { id } });
  const person = data?.person;
  useTitle(person?.fullName);
  if (fetching && !data) return <Loading />;
  if (error && !person) return <ErrorMessage error={error} />;
  if (!person) return <p>{t('status.notFound')}</p>;
  return (
    <article className="profile">
      <header className="profile__header">
        <p className="profile__kind">{t('kind.PERSON')}</p>
        <h1>
          {person.honorific ? <span className="profile__honorific">{person.honorific} </span> : null}
          {person.fullName}
        </h1>
        {person.biography ? <p className="profile__description">{person.biography}</p> : null}
        <nav className="profile__actions" aria-label={t('organization.explore')}>
          <Link to={`/network/${encodeURIComponent(person.id)}`}>{t('person.network')}</Link>
        </nav>
      </header>
      <section aria-labelledby="posts-title">
        <h2 id="posts-title">{t('person.posts')}</h2>
        {person.memberships.edges.length ? (
          <div className="table-wrap">
            <table aria-labelledby="posts-title">
              <thead>
                <tr>
                  <th scope="col">{t('person.organization')}</th>
                  <th scope="col">{t('leaders.role')}</th>
                  <th scope="col">{t('leaders.held')}</th>
                  <th scope="col">{t('person.today')}</th>
                </tr>
              </thead>
              <tbody>
                {person.memberships.edges.map(({ node: m }) => (
                  <tr key={m.id}>
                    <td>
                      <OrganizationLink organization={m.organization} />
                      {m.body ? <span className="muted"> · {m.body.nameVi ?? t(`body.${m.body.kind}`)}</span> : null}
                    </td>
                    <td>
                      <RoleLabel role={m.role} title={m.title} />
                    </td>
                    <td>
                      {f.span(m.since, m.until, { from: t('dates.from'), until: t('dates.until') })}
                      {m.attestedOn.length ? <span className="muted"> · {t('person.attested', { dates: m.attestedOn.map(f.partialText).join(', ') })}</span> : null}
                    </td>
                    <td>{m.certainty ? <Certainty certainty={m.certainty} lastAttested={m.lastAttested} /> : <span className="muted">{t('person.former')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('person.noPosts')}</p>
        )}
      </section>
      {person.participations.edges.length ? (
        <section aria-labelledby="events-title">
          <h2 id="events-title">{t('person.events')}</h2>
          <ul>
            {person.participations.edges.map(({ node: p }) => (
              <li key={p.id}>
                {f.partial(p.event.startDate)} — {p.event.title}{' '}
                <span className="muted">
                  · {t(`participation.${p.role}`)}
                  {p.attended === true ? ` · ${t('person.attended')}` : p.attended === false ? ` · ${t('person.absent')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Sources sources={person.sources} note={person.sourceNote} />
    </article>
  );
}
