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
registerEnumType(BodyKind, { name: 'BodyKind', description: 'The governing organ a body is.' });

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
