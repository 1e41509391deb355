import { registerEnumType } from 'type-graphql';

export enum BodyKind {
  PRESIDIUM = 'PRESIDIUM',
  EXECUTIVE_COMMITTEE = 'EXECUTIVE_COMMITTEE',
  STANDING_COMMITTEE = 'STANDING_COMMITTEE',
  INSPECTION_BOARD = 'INSPECTION_BOARD',
  SECRETARIAT = 'SECRETARIAT',
  BOARD = 'BOARD',
  PARTY_DELEGATION = 'PARTY_DELEGATION',
}
registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'The governing organ a body is.',
  valuesConfig: {
    PRESIDIUM: { description: 'A presidium (Đoàn Chủ tịch), e.g. the Union’s presidium of 134 for 2019–2024.' },
    EXECUTIVE_COMMITTEE: { description: 'An executive committee (Ban Chấp hành), e.g. an association’s 50-member committee elected by its congress for 2023–2028.' },
    STANDING_COMMITTEE: { description: 'A standing committee (Ban Thường vụ), the smaller leading body, e.g. the Union’s of 19 for 2019–2024.' },
    INSPECTION_BOARD: { description: 'An inspection board (Ban Kiểm tra), e.g. the Union’s of 5 for 2019–2024.' },
    SECRETARIAT: { description: 'A secretariat (Ban Thư ký).' },
    BOARD: { description: 'A board or council (Hội đồng).' },
    PARTY_DELEGATION: { description: 'The organization’s Party delegation (Đảng đoàn), e.g. the Union’s.' },
  },
});

/** What a Vietnamese reader calls each organ, where a body has no name of its own. */
export const BODY_KIND_LABEL_VI: Record<BodyKind, string> = {
  [BodyKind.PRESIDIUM]: 'Đoàn Chủ tịch',
  [BodyKind.EXECUTIVE_COMMITTEE]: 'Ban Chấp hành',
  [BodyKind.STANDING_COMMITTEE]: 'Ban Thường vụ',
  [BodyKind.INSPECTION_BOARD]: 'Ban Kiểm tra',
  [BodyKind.SECRETARIAT]: 'Ban Thư ký',
  [BodyKind.BOARD]: 'Hội đồng',
  [BodyKind.PARTY_DELEGATION]: 'Đảng đoàn',
};
