import { registerEnumType } from 'type-graphql';

export enum RegistrationType {
  OPERATION = 'OPERATION',
  PROJECT_OFFICE = 'PROJECT_OFFICE',
  REPRESENTATIVE_OFFICE = 'REPRESENTATIVE_OFFICE',
}
registerEnumType(RegistrationType, {
  name: 'RegistrationType',
  description: 'The kind of registration certificate a foreign NGO holds (Decree 58/2022/ND-CP).',
  valuesConfig: {
    OPERATION: { description: 'Registration of operation: valid 3 years at most (Art. 9).' },
    PROJECT_OFFICE: { description: 'Registration of a project office: the sources state no maximum validity, so none is enforced.' },
    REPRESENTATIVE_OFFICE: { description: 'Registration of a representative office: valid 5 years at most (Art. 9).' },
  },
});

/**
 * Maximum validity in years under Decree 58/2022/ND-CP, Art. 9: operation 3 years, representative office
 * 5 years. The sources state no maximum for a project office, so none is enforced.
 */
export const MAX_VALIDITY_YEARS: Partial<Record<RegistrationType, number>> = {
  [RegistrationType.OPERATION]: 3,
  [RegistrationType.REPRESENTATIVE_OFFICE]: 5,
};


/** A kind of record a remap of abolished provinces moves (what to remap, and what a change moved). */
export enum RemapTarget {
  INTERVENTION_AREA = 'INTERVENTION_AREA',
  ORGANIZATION = 'ORGANIZATION',
  EVENT = 'EVENT',
}
registerEnumType(RemapTarget, {
  name: 'RemapTarget',
  description: 'A kind of record a remap of abolished provinces moves: what to remap, and what a recorded change moved.',
  valuesConfig: {
    INTERVENTION_AREA: { description: 'A foreign NGO’s intervention area (merged into one the NGO already has for the successor in that sector).' },
    ORGANIZATION: { description: 'An organization’s own province (a provincial union, a branch, ...).' },
    EVENT: { description: 'An event that started after its province was abolished (an earlier one took place in the old unit and stays there).' },
  },
});

/** The Node type of each kind's records (the type half of their global IDs). */
export const RECORD_TYPE: Record<RemapTarget, string> = {
  [RemapTarget.INTERVENTION_AREA]: 'InterventionArea',
  [RemapTarget.ORGANIZATION]: 'Organization',
  [RemapTarget.EVENT]: 'Event',
};

/** A run's global ID: runs are not rows of their own, but clients pass the ID back like any other. */
export const RUN_TYPE = 'RemapRun';
