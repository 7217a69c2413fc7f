import { operatorAcls, serviceAcls, ServiceTopics } from './kafka-acls';

const funeral: ServiceTopics = {
  service: 'funeral',
  produces: ['funeral.death-record', 'funeral.plot'],
  consumes: ['assistance.benefit', 'community.division'],
};
const grants = (acls: ReturnType<typeof serviceAcls>, name: string) =>
  acls
    .filter((a) => a.name === name)
    .map((a) => a.operation)
    .sort();

describe('Kafka ACLs of a service', () => {
  const acls = serviceAcls(funeral);

  it('are all the service’s own principal’s', () => {
    expect(new Set(acls.map((a) => a.principal))).toEqual(new Set(['User:funeral']));
  });

  it('let it write (and create) only the topics it produces', () => {
    expect(grants(acls, 'funeral.death-record')).toEqual(['create', 'describe', 'write']);
    const written = acls.filter((a) => a.operation === 'write').map((a) => a.name);
    expect(written.sort()).toEqual(['assistance.benefit.dlq', 'community.division.dlq', 'funeral.death-record', 'funeral.plot']);
  });

  it('let it read only the topics it consumes, and park on their dead-letter topics', () => {
    expect(grants(acls, 'assistance.benefit')).toEqual(['create', 'describe', 'read']);
    expect(acls.filter((a) => a.resource === 'topic' && a.operation === 'read').map((a) => a.name)).toEqual(['assistance.benefit', 'community.division']);
    expect(grants(acls, 'assistance.benefit.dlq')).toEqual(['create', 'describe', 'write']);
  });

  it('keep its consumer groups under its own name', () => {
    expect(acls.filter((a) => a.resource === 'group')).toEqual([
      { principal: 'User:funeral', resource: 'group', name: 'funeral.', pattern: 'prefixed', operation: 'read' },
    ]);
  });
});

describe('Kafka ACLs of the operator', () => {
  it('read the dead-letter topics and write back only onto the topics their letters came from', () => {
    const acls = operatorAcls([funeral]);
    expect(acls.filter((a) => a.operation === 'read' && a.resource === 'topic').map((a) => a.name)).toEqual([
      'assistance.benefit.dlq',
      'community.division.dlq',
      'civic.dlq-decisions',
    ]);
    expect(acls.filter((a) => a.operation === 'write').map((a) => a.name)).toEqual(['assistance.benefit', 'community.division', 'civic.dlq-decisions']);
  });
});
