import { stringEnum } from '../schema-parts';

/** The assistance programmes (救助项目) as they appear in events. */
export const PROGRAMME_CODES = ['dibao', 'tekun', 'zhichuxing', 'linshi', 'canji-shenghuo', 'canji-huli'] as const;
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];
export const programmeSchema = stringEnum(PROGRAMME_CODES, {
  description:
    'dibao 最低生活保障 | tekun 特困人员救助供养 | zhichuxing 支出型贫困生活救助 | linshi 临时救助 | canji-shenghuo 困难残疾人生活补贴 | canji-huli 重度残疾人护理补贴',
});
