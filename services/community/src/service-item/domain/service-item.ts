import { BusinessDate, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';
import { ServiceItemChange } from './service-item-change';

/** An item's code in the catalogue, e.g. `SQ-0101`. */
export const SERVICE_ITEM_CODE = /^[A-Z][A-Z0-9-]{1,19}$/;
export const MAX_TIME_LIMIT_WORKING_DAYS = 60;

/** 准入: the decision admitting an item (its number and day). */
export interface Admission {
  decisionNo: string;
  on: BusinessDate;
}

/** What an item is: its terms, which change (变更) under the same code. */
export interface ServiceItemTerms {
  name: string;
  /** 设定依据: the law or regulation the item rests on. */
  legalBasis: string;
  /** 主管部门: the department that owns it. */
  department: string;
  /** 承诺时限 in working days from acceptance. */
  timeLimitDays: number;
  /** 申请材料: what an applicant brings. */
  materials: string[];
}

export interface ServiceItemState extends ServiceItemTerms {
  code: string;
  status: 'admitted' | 'withdrawn';
  admission: Admission;
  /** 居村协助事项准入: committees may be asked to take part only once this is recorded. */
  committeeAdmission: Admission | null;
  withdrawal: { on: BusinessDate; reason: string } | null;
  version: number;
}

/**
 * A community affairs item (社区事务受理事项) of the city's catalogue: admitted (准入) by a decision,
 * its terms changed (变更) under the same code, withdrawn (退出) for good. The 居村减负 rule lives here:
 * an item is pushed down to committees only when a decision admitted it for committee work.
 */
export class ServiceItem {
  private readonly changes: ServiceItemChange[] = [];

  private constructor(private state: ServiceItemState) {}

  static restore(state: ServiceItemState): ServiceItem {
    return new ServiceItem({ ...state, materials: [...state.materials] });
  }

  static admit(input: ServiceItemTerms & { code: string; decisionNo: string; admittedOn: BusinessDate }): ServiceItem {
    if (!SERVICE_ITEM_CODE.test(input.code))
      throw new DomainError('SERVICE_ITEM.CODE_INVALID', 'an item code is upper-case letters, digits and hyphens, 2-20 long', 'invalid', 'code');
    const item = new ServiceItem({
      code: input.code,
      ...terms(input),
      status: 'admitted',
      admission: { decisionNo: text(input.decisionNo, 'decisionNo', 50), on: input.admittedOn },
      committeeAdmission: null,
      withdrawal: null,
      version: 1,
    });
    item.changes.push({ kind: 'admitted' });
    return item;
  }

  /** 变更: new terms under the same code; a withdrawn item no longer changes. */
  change(input: ServiceItemTerms): void {
    this.mustBeInForce();
    this.state = { ...this.state, ...terms(input), version: this.state.version + 1 };
    this.changes.push({ kind: 'changed' });
  }

  /** 居村协助事项准入: the decision letting committees take part in the item (once). */
  admitForCommittees(decisionNo: string, on: BusinessDate): void {
    this.mustBeInForce();
    if (this.state.committeeAdmission)
      throw new DomainError('SERVICE_ITEM.COMMITTEES_ALREADY_ADMITTED', `admitted for committees by ${this.state.committeeAdmission.decisionNo}`, 'conflict');
    if (on.isBefore(this.state.admission.on))
      throw new DomainError('SERVICE_ITEM.BEFORE_ADMISSION', `the item was admitted on ${this.state.admission.on}`, 'rule', 'admittedOn');
    const admission = { decisionNo: text(decisionNo, 'decisionNo', 50), on };
    this.state = { ...this.state, committeeAdmission: admission, version: this.state.version + 1 };
    this.changes.push({ kind: 'admitted-for-committees', decisionNo: admission.decisionNo, on });
  }

  /** 下沉: committees under a division take the item on; refused without the committees' admission (居村减负). */
  pushDown(divisionCode: string, on: BusinessDate): void {
    this.mustBeInForce();
    if (!this.state.committeeAdmission || on.isBefore(this.state.committeeAdmission.on))
      throw new DomainError(
        'SERVICE_ITEM.PUSH_DOWN_NOT_ADMITTED',
        `item ${this.state.code} has no admission for committee work in force on ${on} (居村协助事项准入): it cannot be pushed down to committees`,
        'rule',
        'divisionCode',
      );
    const division = DivisionCode.parse(divisionCode, 'divisionCode').value;
    this.state = { ...this.state, version: this.state.version + 1 };
    this.changes.push({ kind: 'pushed-down', divisionCode: division, on });
  }

  /** 退出: withdrawn for good, with a reason; it accepts no application and no push-down after. */
  withdraw(reason: string, on: BusinessDate): void {
    this.mustBeInForce();
    if (on.isBefore(this.state.admission.on))
      throw new DomainError('SERVICE_ITEM.BEFORE_ADMISSION', `the item was admitted on ${this.state.admission.on}`, 'rule', 'withdrawnOn');
    const why = text(reason, 'reason', 500);
    this.state = { ...this.state, status: 'withdrawn', withdrawal: { on, reason: why }, version: this.state.version + 1 };
    this.changes.push({ kind: 'withdrawn', reason: why, on });
  }

  /** Whether an application may be accepted against it on that day. */
  mustAcceptApplicationsOn(day: BusinessDate): void {
    if (this.state.status !== 'admitted' || day.isBefore(this.state.admission.on))
      throw new DomainError('SERVICE_ITEM.NOT_IN_FORCE', `item ${this.state.code} is not in the catalogue on ${day}`, 'rule', 'itemCode');
  }

  private mustBeInForce(): void {
    if (this.state.status === 'withdrawn') throw new DomainError('SERVICE_ITEM.WITHDRAWN', `item ${this.state.code} was withdrawn`, 'conflict');
  }

  get code(): string {
    return this.state.code;
  }
  get version(): number {
    return this.state.version;
  }
  get timeLimitDays(): number {
    return this.state.timeLimitDays;
  }
  snapshot(): Readonly<ServiceItemState> {
    return { ...this.state, materials: [...this.state.materials] };
  }
  pullChanges(): ServiceItemChange[] {
    return this.changes.splice(0);
  }
}

function terms(input: ServiceItemTerms): ServiceItemTerms {
  if (!Number.isInteger(input.timeLimitDays) || input.timeLimitDays < 1 || input.timeLimitDays > MAX_TIME_LIMIT_WORKING_DAYS)
    throw new DomainError('SERVICE_ITEM.TIME_LIMIT_INVALID', `a time limit is 1-${MAX_TIME_LIMIT_WORKING_DAYS} working days`, 'invalid', 'timeLimitDays');
  const materials = input.materials.map((m, i) => text(m, `materials[${i}]`, 100));
  if (materials.length === 0 || materials.length > 30 || new Set(materials).size !== materials.length)
    throw new DomainError('SERVICE_ITEM.MATERIALS_INVALID', 'an item lists 1-30 distinct materials', 'invalid', 'materials');
  return {
    name: text(input.name, 'name', 100),
    legalBasis: text(input.legalBasis, 'legalBasis', 500),
    department: text(input.department, 'department', 100),
    timeLimitDays: input.timeLimitDays,
    materials,
  };
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'SERVICE_ITEM');

export function serviceItemNotFound(code: string): DomainError {
  return new DomainError('SERVICE_ITEM.NOT_FOUND', `no item ${code} in the catalogue`, 'not-found');
}

/** Codes are never reused, withdrawn or not (the primary key is the guard when two requests race). */
export function serviceItemCodeTaken(): DomainError {
  return new DomainError('SERVICE_ITEM.CODE_TAKEN', 'the catalogue has an item of this code (withdrawn codes are not reused)', 'conflict', 'code');
}
