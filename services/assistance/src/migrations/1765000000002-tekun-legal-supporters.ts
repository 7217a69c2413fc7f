import { sqlMigration } from '@civic/platform';

/**
 * 特困人员 (社会救助暂行办法 art. 14): no legal supporter (法定赡养、抚养、扶养义务人), or none able to
 * support. A condition of the programme's data, verified with the household's finances.
 */
export const TekunLegalSupporters1765000000002 = sqlMigration(
  'TekunLegalSupporters',
  1765000000002,
  [
    `UPDATE programme SET eligibility = eligibility || '[{"fact": "no-legal-supporter-able-to-support"}]'::jsonb, version = version + 1
     WHERE code = 'tekun' AND NOT eligibility @> '[{"fact": "no-legal-supporter-able-to-support"}]'::jsonb`,
  ],
  [
    `UPDATE programme SET eligibility = (SELECT coalesce(jsonb_agg(c), '[]'::jsonb) FROM jsonb_array_elements(eligibility) c WHERE c->>'fact' <> 'no-legal-supporter-able-to-support')
     WHERE code = 'tekun'`,
  ],
);
