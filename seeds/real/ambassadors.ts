import type { AmbassadorPostingSeed } from './types.js';
import { S } from './sources.js';

/**
 * Foreign ambassadors to Vietnam that FACTS.md names, with only what it states: both appear as examples
 * of recipients of VUFO's insignia "For peace and friendship among nations". Arrival and departure dates
 * are not stated.
 */
export const ambassadorPostings: AmbassadorPostingSeed[] = [
  {
    key: 'russia-ambassador-k-vnukov',
    personKey: 'k-vnukov',
    countryCode: 'RU',
    sources: [S.vietnamplus198126],
    note: 'received the VUFO insignia "For peace and friendship among nations"; date not stated, so no award event is seeded',
  },
  {
    key: 'singapore-ambassador-2016',
    countryCode: 'SG',
    attestedOn: ['2016-03'],
    sources: [S.mfaSg201603],
    note: 'the ambassador is not named in FACTS.md; received the insignia in Mar 2016 (event insignia-singapore-ambassador-2016-03)',
  },
];
