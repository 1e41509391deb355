import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The API the same server serves. Same-origin requests carry the session cookie once people sign in
 * (a later slice); programs keep using bearer tokens.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { credentials: 'same-origin' },
  // POST: Apollo's CSRF prevention refuses a GET without a preflight header, and nothing here is cached by URL.
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
