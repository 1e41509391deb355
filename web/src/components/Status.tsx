import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status" aria-live="polite">
      {t('status.loading')}
    </p>
  );
}

/** A failed request in the reader's language, with the API's code for whoever reports it. */
export function ErrorMessage({ error }: { error: CombinedError }) {
  const { t } = useTranslation();
  const code = error.graphQLErrors[0]?.extensions?.code;
  const key = error.networkError ? 'status.offline' : code === 'RATE_LIMITED' ? 'status.rateLimited' : code === 'NOT_FOUND' ? 'status.notFound' : 'status.failed';
  return (
    <p className="status status--error" role="alert">
      {t(key)}
      {typeof code === 'string' ? <span className="status__code"> ({code})</span> : null}
    </p>
  );
}
