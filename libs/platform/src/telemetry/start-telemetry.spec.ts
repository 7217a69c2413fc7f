import { ConfigError } from '../config/service-config';
import { startTelemetry } from './start-telemetry';

describe('startTelemetry (the OTEL_* variables)', () => {
  it('is off unless an OTLP exporter or endpoint is named, and when the SDK is disabled', () => {
    expect(startTelemetry('charity', {})).toBeUndefined();
    const endpoint = 'http://collector:4318';
    expect(startTelemetry('charity', { OTEL_TRACES_EXPORTER: 'none', OTEL_METRICS_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint })).toBeUndefined();
    expect(startTelemetry('charity', { OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeUndefined();
  });

  it('refuses an exporter it does not have, naming the variable', () => {
    expect(() => startTelemetry('charity', { OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(ConfigError);
    expect(() => startTelemetry('charity', { OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER must be otlp or none/);
    expect(() => startTelemetry('charity', { OTEL_METRICS_EXPORTER: 'prometheus' })).toThrow(/OTEL_METRICS_EXPORTER must be otlp or none/);
    expect(() => startTelemetry('charity', { OTEL_METRICS_EXPORTER: 'otlp', OTEL_TRACES_EXPORTER: 'none', OTEL_METRIC_EXPORT_INTERVAL: '5s' })).toThrow(
      /OTEL_METRIC_EXPORT_INTERVAL must be a whole number of milliseconds/,
    );
  });
});
