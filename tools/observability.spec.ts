import { SERVICE_NAMES } from '@civic/contracts';
import { paymentRunMetrics } from '@civic/payment-run';
import { PlatformMetrics } from '@civic/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const chart = join(__dirname, '..', 'deploy', 'helm', 'civic-platform', 'files');
const alerts = parse(readFileSync(join(chart, 'alerts.yaml'), 'utf8')) as {
  groups: Array<{ name: string; rules: Array<{ alert?: string; expr: string; for?: string; labels?: Record<string, string> }> }>;
};
const dashboard = JSON.parse(readFileSync(join(chart, 'grafana-dashboard.json'), 'utf8')) as {
  panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
  templating: { list: Array<{ query?: unknown }> };
};

/** Every metric a service exports: the platform's own (histograms with their series) and prom-client's process defaults. */
function exportedMetrics(): Set<string> {
  const metrics = new PlatformMetrics('probe');
  const idle = { pending: async () => ({ count: 0, oldestAgeSeconds: 0 }), blockage: () => undefined, counters: { published: 0 } };
  metrics.watchMessaging({
    relay: idle,
    gateway: { brokerStatus: () => ({ state: 'up' }), topicSizes: async () => new Map(), consumerLag: async () => 0 },
    consumes: [],
    consumers: [],
  } as never);
  // The services with payment runs (assistance, child welfare) register these beside.
  paymentRunMetrics(metrics.registry);
  const names = new Set<string>();
  for (const metric of metrics.registry.getMetricsAsArray()) {
    const { name, constructor } = metric as unknown as { name: string; constructor: { name: string } };
    names.add(name);
    if (constructor.name === 'Histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
  }
  return names;
}

/** PromQL functions whose names look like metrics. */
const FUNCTIONS = new Set([
  'histogram_quantile',
  'label_values',
  'label_replace',
  'label_join',
  'absent_over_time',
  'avg_over_time',
  'max_over_time',
  'min_over_time',
  'sum_over_time',
  'count_over_time',
]);

/** The metric names an expression reads: words with an underscore, outside strings and label matchers. */
function metricsIn(expr: string): string[] {
  const bare = expr.replace(/"[^"]*"/g, '""').replace(/\{[^}]*\}/g, '{}');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((w) => w.includes('_') && !FUNCTIONS.has(w));
}

/** Metrics that come from the cluster, not from the services: kube-state-metrics' deployment figures. */
const CLUSTER_METRICS = /^kube_deployment_(spec_replicas|status_replicas_available)$/;

describe('dashboards and alerts', () => {
  const exported = exportedMetrics();
  const expressions = [
    ...alerts.groups.flatMap((g) => g.rules.map((r) => ({ where: `alert ${r.alert}`, expr: r.expr }))),
    ...dashboard.panels.flatMap((p) => p.targets.map((t) => ({ where: `panel ${p.title}`, expr: t.expr }))),
    ...dashboard.templating.list.filter((v) => typeof v.query === 'string').map((v) => ({ where: 'dashboard variable', expr: String(v.query) })),
  ];

  it('name only metrics the services export (or the cluster’s kube-state-metrics gives)', () => {
    expect(exported).toContain('event_consumer_lag');
    expect(exported).toContain('http_server_request_duration_seconds_bucket');
    const unknown = expressions.flatMap(({ where, expr }) =>
      metricsIn(expr)
        .filter((m) => !exported.has(m) && !CLUSTER_METRICS.test(m))
        .map((m) => `${where}: ${m}`),
    );
    expect(unknown).toEqual([]);
  });

  it('alert on a parked event, a stale or blocked outbox, a growing consumer lag and readiness failing, every service named', () => {
    const alerted = alerts.groups.flatMap((g) => g.rules).map((r) => r.expr);
    for (const metric of [
      'dlq_events',
      'outbox_oldest_pending_age_seconds',
      'outbox_relay_blocked',
      'event_consumer_lag',
      'kube_deployment_status_replicas_available',
    ])
      expect(alerted.some((expr) => metricsIn(expr).includes(metric))).toBe(true);
    const deployments = alerted.filter((expr) => expr.includes('kube_deployment')).map((expr) => /deployment=~"([^"]+)"/.exec(expr)?.[1].split('|').sort());
    for (const names of deployments) expect(names).toEqual([...SERVICE_NAMES].sort());
    for (const rule of alerts.groups.flatMap((g) => g.rules)) expect(['critical', 'warning']).toContain(rule.labels?.severity);
  });

  it('show per route rate, errors and latency, the outbox, consumer lag, dead letters and payment-run progress', () => {
    const shown = dashboard.panels.flatMap((p) => p.targets.flatMap((t) => metricsIn(t.expr)));
    for (const metric of [
      'http_server_request_duration_seconds_count',
      'http_server_request_duration_seconds_bucket',
      'outbox_pending_events',
      'event_consumer_lag',
      'dlq_events',
    ])
      expect(shown).toContain(metric);
  });

  it('finds a metric the services do not export (the check can fail)', () => {
    expect(metricsIn('sum by (service) (rate(made_up_metric_total{status=~"5.."}[5m])) / histogram_quantile(0.9, x_bucket)')).toEqual([
      'made_up_metric_total',
      'x_bucket',
    ]);
  });
});
