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
