import { demoCitizenId } from './synthetic-ids';

/**
 * The demo city: real divisions of Xuhui and Pudong, synthetic people (their IDs in the range of
 * synthetic-ids.ts). Each person has a part in one or more contexts, named by the key used below.
 */
export const SUB_DISTRICTS = [
  { code: '310104003', name: '天平路街道' },
  { code: '310104004', name: '湖南路街道' },
  { code: '310115001', name: '潍坊新村街道' },
] as const;

export const COMMITTEES = [
  { code: '310104003001', name: '天平一居委会' },
  { code: '310104003002', name: '天平二居委会' },
  { code: '310104004001', name: '湖南一居委会' },
  { code: '310115001001', name: '潍坊一居委会' },
] as const;

/** Dwellings by key: the committee and the address. */
export const DWELLINGS = {
  tianping100: { committeeCode: '310104003001', address: '天平路 100 弄 1 号 101 室' },
  tianping102: { committeeCode: '310104003001', address: '天平路 100 弄 2 号 202 室' },
  tianping230: { committeeCode: '310104003002', address: '天平路 230 弄 5 号 301 室' },
  hunan18: { committeeCode: '310104004001', address: '湖南路 18 弄 3 号 102 室' },
  weifang7: { committeeCode: '310115001001', address: '潍坊路 7 弄 9 号 601 室' },
} as const;

export interface DemoPerson {
  n: number;
  name: string;
  birthDate: string;
  sex: 'male' | 'female';
  dwelling: keyof typeof DWELLINGS;
  citizenId: string;
}

const person = (n: number, name: string, birthDate: string, sex: 'male' | 'female', dwelling: keyof typeof DWELLINGS): DemoPerson => ({
  n,
  name,
  birthDate,
  sex,
  dwelling,
  citizenId: demoCitizenId(n, birthDate, sex),
});

export const PEOPLE = {
  // 王建华 dies in the demo: his death reaches every context he is known in.
  wangJianhua: person(0, '王建华', '1950-03-12', 'male', 'tianping100'),
  liXiulan: person(1, '李秀兰', '1952-06-03', 'female', 'tianping100'),
  // 赵德明 is known in every context too, alive: the death walk-through registers his death.
  zhaoDeming: person(2, '赵德明', '1946-09-21', 'male', 'tianping102'),
  sunGuifang: person(3, '孙桂芳', '1948-01-30', 'female', 'tianping102'),
  zhouZhiqiang: person(4, '周志强', '1975-04-10', 'male', 'tianping230'),
  wuLijuan: person(5, '吴丽娟', '1978-08-08', 'female', 'tianping230'),
  zhouChen: person(6, '周晨', '2010-05-01', 'male', 'tianping230'),
  zhengGuoqing: person(7, '郑国庆', '1960-10-01', 'male', 'hunan18'),
  fengShuzhen: person(8, '冯淑珍', '1958-02-14', 'female', 'hunan18'),
  chenLixin: person(9, '陈立新', '1965-07-07', 'male', 'weifang7'),
  chuYulan: person(10, '褚玉兰', '1938-05-05', 'female', 'tianping230'),
  weiChangqing: person(11, '卫长青', '1940-11-11', 'male', 'hunan18'),
  jiangXiuyun: person(12, '蒋秀云', '1942-03-03', 'female', 'tianping102'),
  shenFusheng: person(13, '沈福生', '1936-12-12', 'male', 'tianping100'),
  hanXiaodong: person(14, '韩晓东', '1988-01-15', 'male', 'weifang7'),
  yangXue: person(15, '杨雪', '1990-02-20', 'female', 'weifang7'),
  zhuHaitao: person(16, '朱海涛', '1985-06-06', 'male', 'hunan18'),
  qinMin: person(17, '秦敏', '1987-09-09', 'female', 'hunan18'),
  xuWenbin: person(18, '许文斌', '1992-03-03', 'male', 'tianping230'),
  heJia: person(19, '何佳', '1993-04-04', 'female', 'tianping230'),
  wangXiaoyu: person(20, '王小宇', '2014-06-01', 'male', 'tianping100'),
  zhaoXiaoyu: person(21, '赵小雨', '2015-07-01', 'female', 'tianping102'),
  linAnan: person(22, '林安安', '2019-02-02', 'female', 'weifang7'),
  linLele: person(23, '林乐乐', '2020-03-03', 'male', 'hunan18'),
  lvXiaoming: person(24, '吕晓明', '2012-09-09', 'male', 'tianping230'),
  shiZhenhua: person(25, '施振华', '1995-05-05', 'male', 'weifang7'),
  zhangTing: person(26, '张婷', '1996-06-06', 'female', 'weifang7'),
  kongLinghui: person(27, '孔令辉', '1994-04-04', 'male', 'hunan18'),
  caoYing: person(28, '曹颖', '1995-05-15', 'female', 'hunan18'),
  yanGuoping: person(29, '严国平', '1955-05-05', 'male', 'tianping102'),
} satisfies Record<string, DemoPerson>;

/** The division a person lives in: their dwelling's committee. */
export const committeeOf = (p: DemoPerson): string => DWELLINGS[p.dwelling].committeeCode;
/** Their sub-district (街道), where the district-level services file them. */
export const subDistrictOf = (p: DemoPerson): string => committeeOf(p).slice(0, 9);
