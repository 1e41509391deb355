import { registerEnumType } from 'type-graphql';

export enum ProvinceLevel {
  PROVINCE = 'PROVINCE',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(ProvinceLevel, {
  name: 'ProvinceLevel',
  description: 'A province, or a centrally-run city (thành phố trực thuộc trung ương).',
  valuesConfig: {
    PROVINCE: { description: 'A province (tỉnh).' },
    MUNICIPALITY: { description: 'A centrally-run city (thành phố trực thuộc trung ương), such as Hà Nội or Hồ Chí Minh City.' },
  },
});

export enum ProvinceGeneration {
  PRE_2025 = 'PRE_2025',
  POST_2025 = 'POST_2025',
}
registerEnumType(ProvinceGeneration, {
  name: 'ProvinceGeneration',
  description: 'The 63 units valid until 30 June 2025, or the 34 from 1 July 2025 (Resolution 202/2025/QH15).',
  valuesConfig: {
    PRE_2025: { description: 'One of the 63 units valid until 30 June 2025.' },
    POST_2025: { description: 'One of the 34 units from 1 July 2025.' },
  },
});
