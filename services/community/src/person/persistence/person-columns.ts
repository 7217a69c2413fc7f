/** The open tags of a person row aliased `p`, as a JSON list of `{code, since}` in the order given (read with the person). */
export const OPEN_TAGS = `coalesce((SELECT json_agg(json_build_object('code', t.tag_code, 'since', t.tagged_at) ORDER BY t.id)
  FROM person_tag t WHERE t.person_id = p.id AND t.untagged_at IS NULL), '[]') AS tags`;
