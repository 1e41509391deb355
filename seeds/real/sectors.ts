import type { SectorSeed } from './types.js';
import { S } from './sources.js';

/**
 * The priority sectors of foreign-NGO aid in 2020–2024 as the sources list them ("healthcare,
 * socio-economic development, social issues, education and training, natural resources and environment,
 * organisational capacity building, legal aid"). `nameVi` is the standard Vietnamese term, not quoted from
 * a source.
 */
export const sectors: SectorSeed[] = [
  { key: 'health-care', nameEn: 'Health care', nameVi: 'Y tế', sources: [S.oxfam379, S.vietnamnet2469425] },
  {
    key: 'socio-economic-development',
    nameEn: 'Socio-economic development',
    nameVi: 'Phát triển kinh tế – xã hội',
    sources: [S.oxfam379, S.vietnamnet2469425],
  },
  {
    key: 'social-affairs',
    nameEn: 'Social issues',
    nameVi: 'Các vấn đề xã hội',
    sources: [S.oxfam379, S.vietnamnet2469425, S.baoquocte202910],
    note: 'called "social issues" in the 2020–2024 list and "social affairs" in the first-half-2021 figures (en.baoquocte 202910)',
  },
  {
    key: 'education-training',
    nameEn: 'Education and training',
    nameVi: 'Giáo dục và đào tạo',
    sources: [S.oxfam379, S.vietnamnet2469425],
  },
  {
    key: 'natural-resources-environment',
    nameEn: 'Natural resources and environment',
    nameVi: 'Tài nguyên và môi trường',
    sources: [S.oxfam379, S.vietnamnet2469425],
  },
  {
    key: 'capacity-building',
    nameEn: 'Organisational capacity building',
    nameVi: 'Nâng cao năng lực tổ chức',
    sources: [S.oxfam379, S.vietnamnet2469425],
  },
  { key: 'legal-aid', nameEn: 'Legal aid', nameVi: 'Trợ giúp pháp lý', sources: [S.oxfam379, S.vietnamnet2469425] },
];
