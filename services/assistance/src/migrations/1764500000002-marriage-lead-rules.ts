import { sqlMigration } from '@civic/platform';

/** 政策找人 on marriages, divorces and adoptions: the household of a party on assistance is re-verified or updated. */
export const MarriageLeadRules1764500000002 = sqlMigration(
  'MarriageLeadRules',
  1764500000002,
  [
    `INSERT INTO lead_rule (code, event_type, conditions, household_match, lead_kind, summary, enabled) VALUES
      ('marriage-of-household-member', 'registration.marriage.registered.v1', '[]', 'required', 're-verification', '户内成员结婚：核实家庭人口与收入', true),
      ('divorce-of-household-member', 'registration.marriage.divorced.v1', '[]', 'required', 're-verification', '户内成员离婚：核实家庭人口与收入', true),
      ('adoption-into-household', 'registration.adoption.registered.v1', '[]', 'required', 'household-update', '收养登记：被收养人入户，更新家庭成员', true)
     ON CONFLICT (code) DO NOTHING`,
  ],
  [`DELETE FROM lead_rule WHERE code IN ('marriage-of-household-member', 'divorce-of-household-member', 'adoption-into-household')`],
);
