import { SERVICE_REGISTRY } from '@civic/contracts';
import { parseReplicas, processEnv, ReplicaPlanError, replicaPlan } from './replica-plan';

describe('npm start --replicas: which processes run where', () => {
  it('runs each named service that many times, a port step apart, and every other service once', () => {
    const plan = replicaPlan(SERVICE_REGISTRY.slice(), parseReplicas('assistance=3, funeral=2'));
    expect(plan).toHaveLength(SERVICE_REGISTRY.length + 3);
    expect(plan.filter((p) => p.service === 'assistance').map((p) => [p.label, p.port])).toEqual([
      ['assistance', 3001],
      ['assistance#2', 3101],
      ['assistance#3', 3201],
    ]);
    expect(plan.filter((p) => p.service === 'funeral').map((p) => p.port)).toEqual([3005, 3105]);
    expect(plan.filter((p) => p.service === 'community')).toEqual([{ service: 'community', replica: 0, label: 'community', port: 3006 }]);
  });

  it('moves management ports with their replicas', () => {
    const plan = replicaPlan([{ name: 'assistance', port: 3001, managementPort: 9001 }], { assistance: 2 });
    expect(plan.map((p) => p.managementPort)).toEqual([9001, 9101]);
  });

  it('gives each process its own ports and names its instance for telemetry, keeping resource attributes it was given', () => {
    const [, second] = replicaPlan([{ name: 'child-welfare', port: 3003, managementPort: 9003 }], { 'child-welfare': 2 });
    const env = processEnv(second, { KAFKA_BROKERS: 'k:9092', OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=training' });
    expect(env).toMatchObject({
      KAFKA_BROKERS: 'k:9092',
      CHILD_WELFARE_PORT: '3103',
      CHILD_WELFARE_MANAGEMENT_PORT: '9103',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=training,service.instance.id=child-welfare%232',
    });
  });

  it.each([
    ['assistance', 'is not <service>=<count>'],
    ['assistance=0', 'may run 1 to 9 times'],
    ['assistance=10', 'may run 1 to 9 times'],
    ['pensions=2', 'no service "pensions"'],
    ['funeral=2,funeral=3', 'named twice'],
  ])('refuses --replicas %s before anything starts', (spec, message) => {
    expect(() => parseReplicas(spec)).toThrow(ReplicaPlanError);
    expect(() => parseReplicas(spec)).toThrow(message);
  });

  it('runs every service once when no replicas are asked for', () => {
    expect(parseReplicas(undefined)).toEqual({});
    expect(parseReplicas(' ')).toEqual({});
  });

  it('refuses a plan where two processes would listen on one port', () => {
    const services = [
      { name: 'assistance', port: 3001 },
      { name: 'eldercare', port: 3101 },
    ];
    expect(() => replicaPlan(services, { assistance: 2 })).toThrow('eldercare and assistance#2 would both listen on port 3101');
    expect(() => replicaPlan([{ name: 'assistance', port: 65500 }], { assistance: 2 })).toThrow('past 65535');
  });
});
