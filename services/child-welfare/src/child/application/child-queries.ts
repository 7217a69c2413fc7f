import { PageQuery, RecordDivisions } from '@civic/platform';
import { Child } from '../domain/child';

/** A child's record as the API shows it, with the category history and the guardians. */
export interface ChildView {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  address: string;
  registeredOn: string;
  category: string;
  subKind: string | null;
  categories: { category: string; subKind: string | null; effectiveOn: string; reason: string; recordedBy: string }[];
  guardians: {
    id: string;
    citizenId: string | null;
    name: string;
    relation: string;
    contact: string;
    from: string;
    to: string | null;
    endReason: string | null;
  }[];
  status: 'active' | 'closed';
  closedOn: string | null;
  closedReason: string | null;
  version: number;
}

export interface ChildFilter {
  divisionCode?: string;
  category?: string;
  status?: string;
  citizenId?: string;
}

/** Children with an active record, per district and category. */
export interface ChildStatisticsRow {
  districtCode: string;
  category: string;
  children: number;
}

/** Query port: child records within the caller's districts. */
export interface ChildQueries extends RecordDivisions {
  get(id: string): Promise<ChildView | null>;
  list(filter: ChildFilter, page: PageQuery): Promise<{ items: ChildView[]; total: number }>;
  statistics(divisionCode?: string): Promise<ChildStatisticsRow[]>;
}

export const CHILD_QUERIES = Symbol('CHILD_QUERIES');

export function childView(child: Child): ChildView {
  const s = child.snapshot();
  return {
    id: s.id,
    citizenId: s.citizenId.value,
    name: s.name,
    divisionCode: s.divisionCode,
    address: s.address,
    registeredOn: s.registeredOn.toString(),
    category: child.current.category,
    subKind: child.current.subKind,
    categories: s.categories.map((c) => ({ ...c, effectiveOn: c.effectiveOn.toString() })),
    guardians: s.guardians.map((g) => ({
      id: g.id,
      citizenId: g.citizenId?.value ?? null,
      name: g.name,
      relation: g.relation,
      contact: g.contact,
      from: g.from.toString(),
      to: g.to?.toString() ?? null,
      endReason: g.endReason,
    })),
    status: s.status,
    closedOn: s.closedOn?.toString() ?? null,
    closedReason: s.closedReason,
    version: s.version,
  };
}
