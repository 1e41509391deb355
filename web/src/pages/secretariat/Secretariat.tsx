import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { OrganizationLink, PersonLink } from '../../components/Labels';
import { ErrorMessage, Loading } from '../../components/Status';
import { useFormat } from '../../format';
import { useTitle } from '../../title';
import { useViewer } from '../../viewer';

/**
 * The secretariat's screens (one chunk, loaded only when opened): inactive members, committees short of
 * members and congresses overdue, NGO registrations expiring, the roster import with its dry run, the
 * audit trail. The API refuses all of it to anyone else; these screens say so instead of showing errors.
 */
export default function SecretariatScreens() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!viewer.known) return <Loading />;
  if (viewer.role !== 'SECRETARIAT') {
    return (
      <article>
        <h1>{t('secretariat.title')}</h1>
        <p className="status status--error" role="alert">
          {t('secretariat.only')}
        </p>
        {viewer.role === 'PUBLIC' ? <Link to="/sign-in">{t('viewer.signIn')}</Link> : null}
      </article>
    );
  }
  return (
    <div className="secretariat">
      <nav className="subnav" aria-label={t('secretariat.title')}>
        <ul>
          {(['', 'inactive', 'committees', 'registrations', 'import', 'audit'] as const).map((path) => (
            <li key={path}>
              <NavLink end to={`/secretariat${path ? `/${path}` : ''}`}>
                {t(`secretariat.nav.${path || 'home'}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Home />} />
        <Route path="inactive" element={<InactiveMembers />} />
        <Route path="committees" element={<Committees />} />
        <Route path="registrations" element={<Registrations />} />
        <Route path="import" element={<Import />} />
        <Route path="audit" element={<Audit />} />
      </Routes>
    </div>
  );
}

function Page({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  useTitle(title);
  return (
    <article>
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </article>
  );
}

function Home() {
  const { t } = useTranslation();
  return (
    <Page title={t('secretariat.title')} lead={t('secretariat.lead')}>
      <ul className="cards">
        {(['inactive', 'committees', 'registrations', 'import', 'audit'] as const).map((path) => (
          <li key={path}>
            <Link to={`/secretariat/${path}`}>{t(`secretariat.nav.${path}`)}</Link>
            <p className="muted">{t(`secretariat.about.${path}`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}


const InactiveQuery = graphql(`
  query InactiveMembers($maxRate: Float!) {
    inactiveMembers(maxRate: $maxRate, first: 50) {
      totalCount
      nodes {
        person {
          id
          fullName
        }
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
        from
        to
        invited
        recorded
        attended
        rate
      }
    }
  }
`);

function InactiveMembers() {
  const { t } = useTranslation();
  const f = useFormat();
  const [maxRate, setMaxRate] = useState(0.5);
  const [{ data, fetching, error }] = useQuery({ query: InactiveQuery, variables: { maxRate } });
  const rows = data?.inactiveMembers.nodes ?? [];
  return (
    <Page title={t('inactive.title')} lead={t('inactive.lead')}>
      <label className="inline-field">
        {t('inactive.maxRate')}
        <select value={maxRate} onChange={(e) => setMaxRate(Number(e.target.value))}>
          {[0, 0.25, 0.5, 0.75].map((rate) => (
            <option key={rate} value={rate}>
              {f.percent(rate)}
            </option>
          ))}
        </select>
      </label>
      {fetching && !data ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <>
          <p role="status">{t('inactive.count', { count: data.inactiveMembers.totalCount })}</p>
          {rows.length ? (
            <>
              <p className="muted">{t('inactive.period', { from: f.date(rows[0].from), to: f.date(rows[0].to) })}</p>
              <div className="table-scroll">
                <table>
                  <caption>{t('inactive.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('inactive.person')}</th>
                      <th scope="col">{t('inactive.committee')}</th>
                      <th scope="col" className="num">{t('inactive.invited')}</th>
                      <th scope="col" className="num">{t('inactive.recorded')}</th>
                      <th scope="col" className="num">{t('inactive.attended')}</th>
                      <th scope="col" className="num">{t('inactive.rate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((m) => (
                      <tr key={`${m.person.id}-${m.body.id}`}>
                        <td>
                          <PersonLink person={m.person} />
                        </td>
                        <td>
                          <OrganizationLink organization={m.organization} /> · {t(`body.${m.body.kind}`)}
                        </td>
                        <td className="num">{f.number(m.invited)}</td>
                        <td className="num">{f.number(m.recorded)}</td>
                        <td className="num">{f.number(m.attended)}</td>
                        <td className="num">{m.rate === null || m.rate === undefined ? t('inactive.noRate') : f.percent(m.rate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

const CommitteesQuery = graphql(`
  query Committees {
    understaffedBodies(first: 50) {
      totalCount
      nodes {
        body {
          id
          kind
          organization {
            id
            name
            nameVi
            nameEn
            nameFr
          }
        }
        seats {
          size
          filled
          vacancies
        }
      }
    }
    overdueCongresses(first: 50) {
      totalCount
      nodes {
        organization {
          id
          name
          nameVi
          nameEn
          nameFr
        }
        lastCongress {
          id
          number
          heldOn {
            text
            precision
          }
        }
        termEndedOn
        daysOverdue
      }
    }
  }
`);

function Committees() {
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: CommitteesQuery });
  return (
    <Page title={t('committees.title')} lead={t('committees.lead')}>
      {fetching && !data ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <>
          <section aria-labelledby="vacancies-title">
            <h2 id="vacancies-title">{t('committees.vacancies', { count: data.understaffedBodies.totalCount })}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('committees.committee')}</th>
                    <th scope="col" className="num">{t('committees.size')}</th>
                    <th scope="col" className="num">{t('committees.filled')}</th>
                    <th scope="col" className="num">{t('committees.vacant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.understaffedBodies.nodes.map((u) => (
                    <tr key={u.body.id}>
                      <td>
                        <OrganizationLink organization={u.body.organization} /> · {t(`body.${u.body.kind}`)}
                      </td>
                      <td className="num">{u.seats.size == null ? '' : f.number(u.seats.size)}</td>
                      <td className="num">{f.number(u.seats.filled)}</td>
                      <td className="num">{u.seats.vacancies == null ? '' : f.number(u.seats.vacancies)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t('committees.overdue', { count: data.overdueCongresses.totalCount })}</h2>
            <ul>
              {data.overdueCongresses.nodes.map((o) => (
                <li key={o.organization.id}>
                  <OrganizationLink organization={o.organization} /> —{' '}
                  {t('committees.overdueLine', {
                    number: o.lastCongress.number ?? '',
                    held: f.partial(o.lastCongress.heldOn),
                    ended: f.date(o.termEndedOn),
                    days: f.number(o.daysOverdue),
                  })}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}

const RegistrationsQuery = graphql(`
  query RegistrationAlerts($withinDays: Int!) {
    registrationAlerts(withinDays: $withinDays, first: 50) {
      totalCount
      nodes {
        daysLeft
        organization {
          id
          name
          nameVi
          nameEn
          nameFr
        }
        registration {
          id
          type
          number
          issuedOn
          expiresOn
        }
      }
    }
  }
`);

function Registrations() {
  const { t } = useTranslation();
  const f = useFormat();
  const [withinDays, setWithinDays] = useState(90);
  const [{ data, fetching, error }] = useQuery({ query: RegistrationsQuery, variables: { withinDays } });
  return (
    <Page title={t('registrations.title')} lead={t('registrations.lead')}>
      <label className="inline-field">
        {t('registrations.within')}
        <select value={withinDays} onChange={(e) => setWithinDays(Number(e.target.value))}>
          {[30, 90, 180, 365].map((days) => (
            <option key={days} value={days}>
              {t('registrations.days', { count: days })}
            </option>
          ))}
        </select>
      </label>
      {fetching && !data ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <>
          <p role="status">{t('registrations.count', { count: data.registrationAlerts.totalCount })}</p>
          <ul>
            {data.registrationAlerts.nodes.map((a) => (
              <li key={a.registration.id}>
                <OrganizationLink organization={a.organization} /> — {t(`registrations.type.${a.registration.type}`)}
                {a.registration.number ? ` ${a.registration.number}` : ''}:{' '}
                {a.daysLeft < 0 ? t('registrations.expired', { date: f.date(a.registration.expiresOn), days: f.number(-a.daysLeft) }) : t('registrations.expires', { date: f.date(a.registration.expiresOn), days: f.number(a.daysLeft) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}

const OrganizationSearch = graphql(`
  query ImportTargets($query: String!) {
    search(query: $query, types: [ORGANIZATION], first: 10) {
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

interface ImportReport {
  import: { dryRun: boolean; written: boolean; into: { id: string; name: string } };
  summary: { rows: number; create: number; update: number; unchanged: number; invalid: number; excluded: number; newPersons: string[] };
  problems: { row: number; column: string | null; value: string | null; message: string }[];
  rows: { row: number; action: string }[];
  errors?: { message: string; extensions: { code: string } }[];
}

/** A roster from a spreadsheet (CSV or XLSX): a dry run says what each row would do; then, if clean, import. */
function Import() {
  const { t } = useTranslation();
  const f = useFormat();
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [{ data }] = useQuery({ query: OrganizationSearch, variables: { query }, pause: query.trim().length < 3 });
  const candidates = (data?.search.nodes ?? []).flatMap((n) => (n.__typename && 'id' in n ? [n as { id: string; name: string }] : []));

  async function run(dryRun: boolean) {
    if (!target || !file) return;
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(`/import/organizations/${encodeURIComponent(target.id)}/roster?dryRun=${dryRun}`, { method: 'POST', body: file, credentials: 'same-origin', headers: { 'content-type': file.type || 'application/octet-stream' } });
      const body = (await response.json()) as ImportReport;
      if (body.summary) setReport(body);
      else setProblem(body.errors?.[0]?.message ?? t('status.failed'));
    } catch {
      setProblem(t('status.offline'));
    } finally {
      setBusy(false);
    }
  }

  function dryRun(event: FormEvent) {
    event.preventDefault();
    void run(true);
  }

  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <form className="form" onSubmit={dryRun}>
        <label>
          {t('import.organization')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('import.organizationHint')} />
        </label>
        {candidates.length && !target ? (
          <ul className="choices" aria-label={t('import.candidates')}>
            {candidates.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => setTarget(c)}>
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {target ? (
          <p>
            {t('import.into', { name: target.name })}{' '}
            <button type="button" onClick={() => (setTarget(null), setReport(null))}>
              {t('import.change')}
            </button>
          </p>
        ) : null}
        <label>
          {t('import.file')}
          <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null))} />
        </label>
        <button type="submit" disabled={!target || !file || busy}>
          {t('import.dryRun')}
        </button>
      </form>
      {problem ? (
        <p className="status status--error" role="alert">
          {problem}
        </p>
      ) : null}
      {report ? (
        <section aria-labelledby="report-title" className="import-report">
          <h2 id="report-title">{report.import.dryRun ? t('import.reportDry') : report.import.written ? t('import.reportWritten') : t('import.reportRefused')}</h2>
          <p role="status">
            {t('import.summary', {
              rows: f.number(report.summary.rows),
              create: f.number(report.summary.create),
              update: f.number(report.summary.update),
              unchanged: f.number(report.summary.unchanged),
              invalid: f.number(report.summary.invalid),
            })}
          </p>
          {report.summary.newPersons.length ? <p>{t('import.newPersons', { names: report.summary.newPersons.join(', ') })}</p> : null}
          {report.problems.length ? (
            <div className="table-scroll">
              <table>
                <caption>{t('import.problems')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.value')}</th>
                    <th scope="col">{t('import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.row}</td>
                      <td>{p.column ?? ''}</td>
                      <td>{p.value ?? ''}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <ol className="import-rows" aria-label={t('import.rows')}>
            {report.rows.map((r) => (
              <li key={r.row}>
                {t('import.rowLine', { row: r.row })}: {t(`import.action.${r.action}`)}
              </li>
            ))}
          </ol>
          {report.import.dryRun && !report.problems.length && report.summary.create + report.summary.update > 0 ? (
            <button type="button" disabled={busy} onClick={() => void run(false)}>
              {t('import.write')}
            </button>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}

const AuditQuery = graphql(`
  query AuditTrail($after: String) {
    auditTrail(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actor
        actorRole
        action
        entityType
        record
        after
      }
    }
  }
`);

function Audit() {
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: AuditQuery, variables: {} });
  const time = new Intl.DateTimeFormat(f.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      {fetching && !data ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <>
          <p role="status">{t('audit.count', { count: data.auditTrail.totalCount })}</p>
          <div className="table-scroll">
            <table>
              <caption>{t('audit.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.record')}</th>
                  <th scope="col">{t('audit.fields')}</th>
                </tr>
              </thead>
              <tbody>
                {data.auditTrail.nodes.map((e) => (
                  <tr key={e.id}>
                    <td>{time.format(new Date(e.at))}</td>
                    <td>
                      {e.actor} <span className="muted">({t(`audit.role.${e.actorRole}`, { defaultValue: e.actorRole })})</span>
                    </td>
                    <td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                    <td>{e.entityType}</td>
                    <td className="audit-fields">{e.after ? Object.keys(e.after).join(', ') : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Page>
  );
}
