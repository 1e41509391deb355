import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat, type PartialDateValue } from '../format';

/**
 * How sure a post is for the day asked, said plainly: confirmed by a source, last seen on a date, or
 * inferred. Never shown as certain when it is not.
 */
export function Certainty({ certainty, lastAttested }: { certainty?: string | null; lastAttested?: PartialDateValue | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!certainty) return null;
  const text =
    certainty === 'LAST_ATTESTED' && lastAttested ? t('certainty.LAST_ATTESTED_ON', { date: f.partial(lastAttested) }) : t(`certainty.${certainty}`, { defaultValue: certainty });
  return (
    <span className={`certainty certainty--${certainty.toLowerCase()}`} title={t(`certainty.explain.${certainty}`, { defaultValue: '' })}>
      {text}
    </span>
  );
}

/** A role in the reader's language, and the title as the source writes it when it says more. */
export function RoleLabel({ role, title }: { role: string; title?: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="role">{t(`role.${role}`, { defaultValue: role })}</span>
      {title ? (
        <span className="role__title" title={t('role.asWritten')}>
          {' '}
          “{title}”
        </span>
      ) : null}
    </>
  );
}

export interface OrganizationNames {
  id: string;
  name: string;
  nameVi?: string | null;
  nameEn?: string | null;
  nameFr?: string | null;
}

/** The name in the reader's language where the directory has one, else the display name (Vietnamese first). */
export function useOrganizationName() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (o: Omit<OrganizationNames, 'id'>) => (lang === 'en' ? o.nameEn : lang === 'fr' ? (o.nameFr ?? o.nameEn) : o.nameVi) ?? o.name;
}

export function OrganizationLink({ organization }: { organization: OrganizationNames }) {
  const name = useOrganizationName();
  return <Link to={`/o/${encodeURIComponent(organization.id)}`}>{name(organization)}</Link>;
}

/** A person's name exactly as written (Vietnamese order: family name first), never reordered. */
export function PersonLink({ person }: { person: { id: string; fullName: string; honorific?: string | null } }) {
  return (
    <Link to={`/p/${encodeURIComponent(person.id)}`}>
      {person.fullName}
    </Link>
  );
}

export function Sources({ sources, note }: { sources: { citation: string; url?: string | null }[]; note?: string | null }) {
  const { t } = useTranslation();
  if (!sources.length && !note) return null;
  return (
    <details className="sources">
      <summary>{t('sources.title', { count: sources.length })}</summary>
      {note ? <p className="sources__note">{note}</p> : null}
      <ul>
        {sources.map((s) => (
          <li key={s.citation}>{s.url ? <a href={s.url} rel="noreferrer noopener">{s.citation}</a> : s.citation}</li>
        ))}
      </ul>
    </details>
  );
}
