import type { PartnershipSeed } from './types.js';
import { S } from './sources.js';

/**
 * Partnerships the sources support: a foreign counterpart organisation that FACTS.md cites from the same
 * source as a Vietnamese organisation of the network. `kind: 'TRADITIONAL'` for counterpart organisations is
 * a modelling choice (FACTS.md does not classify partners); `status: 'ACTIVE'` means "seen working together
 * in the source", no end being known.
 *
 * Left out, for want of a source linking the two sides: Japan–Vietnam FA ↔ Vietnam–Japan FA (the counterpart
 * is cited from vovworld 335820, the association from other sources); France–Vietnam FA ↔ AACVF (FACTS.md's
 * source address speaks of the AACVF itself, see organizations.ts); VESAMO ↔ Vietnam–Korea FA; any
 * association ↔ foreign NGO (the honour lists say who was honoured by VUFO, not who works with whom).
 */
export const partnerships: PartnershipSeed[] = [
  {
    key: 'vietnam-laos-fa--laos-vietnam-fa',
    organizationKey: 'vietnam-laos-fa',
    partnerOrganizationKey: 'laos-vietnam-fa',
    kind: 'TRADITIONAL',
    status: 'ACTIVE',
    sources: [S.vietnamplus269314],
    notes: 'basis: the same source (en.vietnamplus 269314) reports the Vietnam–Laos FA\'s 5th congress (9 Oct 2023) and names the Laos–Vietnam FA with Boviengkham Vongdara',
  },
  {
    key: 'vietnam-cambodia-fa--cambodia-vietnam-fa',
    organizationKey: 'vietnam-cambodia-fa',
    partnerOrganizationKey: 'cambodia-vietnam-fa',
    kind: 'TRADITIONAL',
    status: 'ACTIVE',
    sources: [S.vietnamplusFr173398],
    notes: 'basis: the same source (fr.vietnamplus 173398) reports the Vietnam–Cambodia FA\'s 5th congress (26 Nov 2021) and names the Cambodia–Vietnam FA with Men Sam An',
  },
  {
    key: 'vufo--cpaffc',
    organizationKey: 'vufo',
    partnerOrganizationKey: 'cpaffc',
    kind: 'TRADITIONAL',
    status: 'ACTIVE',
    sources: [S.thoidai194335],
    notes: 'basis: the same source (thoidai 194335, on VUFO President Phan Anh Son) names CPAFFC and its president Yang Wanming; date not stated',
  },
  {
    key: 'vietnam-usa-society--friendship-force-international',
    organizationKey: 'vietnam-usa-society',
    partnerOrganizationKey: 'friendship-force-international',
    kind: 'TRADITIONAL',
    status: 'ACTIVE',
    sources: [S.thoidai184331],
    notes: 'basis: the same source (thoidai 184331) names the Vietnam–USA Society\'s Vice-President Bùi Thế Giang and Friendship Force International; date not stated',
  },
  {
    key: 'vietnam-usa-society--veterans-for-peace',
    organizationKey: 'vietnam-usa-society',
    partnerOrganizationKey: 'veterans-for-peace',
    kind: 'TRADITIONAL',
    status: 'ACTIVE',
    attestedOn: ['2019-09-13'],
    sources: [S.cvdvn20190913],
    notes: 'basis: the same source (cvdvn.net, 13 Sep 2019) names the Vietnam–USA Society\'s Secretary General Bui Van Nghi and Veterans For Peace',
  },
];
