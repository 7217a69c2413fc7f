import { BusinessDate, DomainError, requiredText } from '@civic/domain-kernel';
import { checkRectificationDeadline, isRectificationOverdue } from '@civic/supervision/rules';

/**
 * The fields of 养老服务机构综合监管 the plan names: 登记备案 (filing), 消防安全 (fire safety), 食品安全
 * (food safety), 资金使用 (finance), 运营秩序 (operations), and 服务质量 (care quality).
 */
export const INSPECTION_KINDS = ['filing', 'fire-safety', 'food-safety', 'finance', 'operations', 'care-quality'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** 信用评价: the points an overdue rectification (逾期未整改) takes off the facility's credit score, once per finding. */
export const OVERDUE_CREDIT_PENALTY = 5;

export interface Finding {
  id: string;
  description: string;
  rectifyBy: BusinessDate;
  rectifiedOn: BusinessDate | null;
  rectificationNote: string | null;
  /** The day the finding was found overdue (and the credit score lowered); null while within its deadline. */
  overdueOn: BusinessDate | null;
}

export interface InspectionState {
  id: string;
  facilityId: string;
  divisionCode: string;
  kind: InspectionKind;
  inspectedOn: BusinessDate;
  inspector: string;
  findings: Finding[];
  version: number;
}

/**
 * 综合监管: an inspection of a facility in one field, with its findings, each to be rectified by a
 * deadline after the inspection. A finding still open after its deadline is overdue: found so once,
 * it lowers the facility's credit score once, and stays on the district's overdue list until rectified.
 */
export class Inspection {
  private constructor(private state: InspectionState) {}

  static restore(state: InspectionState): Inspection {
    return new Inspection({ ...state, findings: state.findings.map((f) => ({ ...f })) });
  }

  static record(
    input: {
      id: string;
      facility: { id: string; divisionCode: string };
      kind: string;
      inspectedOn: BusinessDate;
      inspector: string;
      findings: { id: string; description: string; rectifyBy: BusinessDate }[];
    },
    today: BusinessDate,
  ): Inspection {
    if (!(INSPECTION_KINDS as readonly string[]).includes(input.kind))
      throw new DomainError('INSPECTION.KIND_INVALID', `kind must be one of ${INSPECTION_KINDS.join(', ')}`, 'invalid', 'kind');
    if (input.inspectedOn.isAfter(today)) throw new DomainError('INSPECTION.IN_FUTURE', 'inspectedOn cannot be later than today', 'invalid', 'inspectedOn');
    if (input.findings.length > 50) throw new DomainError('INSPECTION.FINDINGS_INVALID', 'an inspection records at most 50 findings', 'invalid', 'findings');
    const findings = input.findings.map((f, n) => {
      checkRectificationDeadline(input.inspectedOn, f.rectifyBy, 'INSPECTION', `findings[${n}].rectifyBy`);
      return {
        id: f.id,
        description: text(f.description, `findings[${n}].description`, 1000),
        rectifyBy: f.rectifyBy,
        rectifiedOn: null,
        rectificationNote: null,
        overdueOn: null,
      };
    });
    return new Inspection({
      id: input.id,
      facilityId: input.facility.id,
      divisionCode: input.facility.divisionCode,
      kind: input.kind as InspectionKind,
      inspectedOn: input.inspectedOn,
      inspector: text(input.inspector, 'inspector', 100),
      findings,
      version: 1,
    });
  }

  /** 整改完成: a finding is put right (late or not); an overdue one keeps the credit it cost. */
  rectify(findingId: string, input: { rectifiedOn: BusinessDate; note: string }, today: BusinessDate): void {
    const finding = this.state.findings.find((f) => f.id === findingId);
    if (!finding) throw new DomainError('INSPECTION.FINDING_NOT_FOUND', `no finding ${findingId} in this inspection`, 'not-found');
    if (finding.rectifiedOn) throw new DomainError('INSPECTION.ALREADY_RECTIFIED', 'the finding is already rectified', 'conflict');
    if (input.rectifiedOn.isAfter(today)) throw new DomainError('INSPECTION.IN_FUTURE', 'rectifiedOn cannot be later than today', 'invalid', 'rectifiedOn');
    if (this.state.inspectedOn.isAfter(input.rectifiedOn))
      throw new DomainError('INSPECTION.OUT_OF_ORDER', `rectifiedOn cannot be before the inspection (${this.state.inspectedOn})`, 'rule', 'rectifiedOn');
    const rectified = { ...finding, rectifiedOn: input.rectifiedOn, rectificationNote: text(input.note, 'note', 1000) };
    this.state = { ...this.state, findings: this.state.findings.map((f) => (f === finding ? rectified : f)), version: this.state.version + 1 };
  }

  /** Marks the findings open past their deadline that were not yet found overdue; returns them (each costs credit once). */
  markOverdue(today: BusinessDate): Finding[] {
    const newly = this.state.findings.filter((f) => f.overdueOn === null && isRectificationOverdue(f.rectifyBy, f.rectifiedOn, today));
    if (newly.length === 0) return [];
    const marked = newly.map((f) => ({ ...f, overdueOn: today }));
    this.state = { ...this.state, findings: this.state.findings.map((f) => marked.find((m) => m.id === f.id) ?? f), version: this.state.version + 1 };
    return marked;
  }

  /** passed: nothing found; open: a finding to put right; rectified: all put right. */
  get outcome(): 'passed' | 'open' | 'rectified' {
    if (this.state.findings.length === 0) return 'passed';
    return this.state.findings.some((f) => !f.rectifiedOn) ? 'open' : 'rectified';
  }
  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<InspectionState> {
    return { ...this.state };
  }
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'INSPECTION');

export function inspectionNotFound(id: string): DomainError {
  return new DomainError('INSPECTION.NOT_FOUND', `no inspection ${id}`, 'not-found');
}
