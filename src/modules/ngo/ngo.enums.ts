import { registerEnumType } from 'type-graphql';

export enum RegistrationType {
  OPERATION = 'OPERATION',
  PROJECT_OFFICE = 'PROJECT_OFFICE',
  REPRESENTATIVE_OFFICE = 'REPRESENTATIVE_OFFICE',
}
registerEnumType(RegistrationType, {
  name: 'RegistrationType',
  description: 'The kind of registration certificate a foreign NGO holds (Decree 58/2022/ND-CP).',
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
});

/** The Node type of each kind's records (the type half of their global IDs). */
export const RECORD_TYPE: Record<RemapTarget, string> = {
  [RemapTarget.INTERVENTION_AREA]: 'InterventionArea',
  [RemapTarget.ORGANIZATION]: 'Organization',
  [RemapTarget.EVENT]: 'Event',
};

/** A run's global ID: runs are not rows of their own, but clients pass the ID back like any other. */
export const RUN_TYPE = 'RemapRun';
