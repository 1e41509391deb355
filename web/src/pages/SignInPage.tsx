import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stringifyDocument } from 'urql';
import { graphql } from '../gql';
import type { SignInMutation as SignInResult } from '../gql/graphql';
import { reloadAt, useViewer } from '../viewer';
import { useTitle } from '../title';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        role
        organization {
          id
        }
      }
    }
  }
`);

/** Where each role starts once signed in: the secretariat its screens, an editor their association's. */
function startOf(role: string, organizationId: string | undefined): string {
  if (role === 'SECRETARIAT') return '/secretariat';
  if (role === 'ASSOCIATION_EDITOR' && organizationId) return `/edit/${organizationId}`;
  return organizationId ? `/o/${organizationId}` : '/';
}

/** Username and password (accounts are made by the secretariat); the API sets the session cookie. */
export function SignInPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [fetching, setFetching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useTitle(t('signIn.title'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    setFetching(true);
    // Not through urql's cache: signing in changes every answer, and the page is loaded anew right after
    // (a refetch the cache would start for the new viewer would only be cut off by the reload).
    let result: { data?: SignInResult | null; errors?: { extensions?: { code?: string; retryAfter?: number } }[] } | undefined;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: stringifyDocument(SignInMutation), variables: { input: { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') } } }),
      });
      result = await response.json();
    } catch {
      result = undefined;
    }
    setFetching(false);
    if (result?.data?.signIn) {
      const { role, organization } = result.data.signIn.viewer;
      return reloadAt(startOf(role, organization?.id));
    }
    const error = result?.errors?.[0];
    const code = error?.extensions?.code;
    const retryAfter = Number(error?.extensions?.retryAfter ?? 0);
    setProblem(
      !result
        ? t('status.offline')
        : code === 'UNAUTHENTICATED'
          ? t('signIn.wrong')
          : code === 'RATE_LIMITED'
            ? t('signIn.tooMany', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) })
            : code === 'BAD_USER_INPUT'
              ? t('signIn.tooLong')
              : t('status.failed'),
    );
  }

  return (
    <article className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {viewer.role !== 'PUBLIC' ? <p>{t('signIn.already', { subject: viewer.subject ?? '' })}</p> : null}
      <form className="form" onSubmit={submit} aria-describedby="sign-in-hint">
        <p id="sign-in-hint" className="muted">
          {t('signIn.hint')}
        </p>
        <label>
          {t('signIn.username')}
          <input name="username" autoComplete="username" required autoCapitalize="none" spellCheck={false} maxLength={64} />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
        </label>
        {problem ? (
          <p className="status status--error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" disabled={fetching}>
          {t('signIn.submit')}
        </button>
      </form>
    </article>
  );
}
