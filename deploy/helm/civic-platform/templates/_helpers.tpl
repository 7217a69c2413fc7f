{{/* The platform's services, topics and Kafka users, generated from the service registry (files/platform.json). */}}
{{- define "civic.platform" -}}
{{- .Files.Get "files/platform.json" -}}
{{- end -}}

{{- define "civic.labels" -}}
app.kubernetes.io/part-of: civic-platform
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/name: {{ .service.name }}
{{- end -}}

{{/* Every pod of a service, the API's and its migration Job's: what its NetworkPolicy selects. */}}
{{- define "civic.serviceLabels" -}}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .service.name }}
{{- end -}}

{{/* The API pods only: what the Deployment, Service and PDB select (a migration pod never receives traffic). */}}
{{- define "civic.selectorLabels" -}}
{{ include "civic.serviceLabels" . }}
app.kubernetes.io/component: api
{{- end -}}

{{/* A service's settings: the defaults merged under its override in `services.<name>`. */}}
{{- define "civic.settings" -}}
{{- $defaults := dict "replicas" .root.Values.replicas "resources" .root.Values.resources "autoscaling" .root.Values.autoscaling "podDisruptionBudget" .root.Values.podDisruptionBudget -}}
{{- $override := index .root.Values.services .service.name | default dict -}}
{{- toJson (merge (deepCopy $override) (deepCopy $defaults)) -}}
{{- end -}}

{{- define "civic.image" -}}
{{ printf "%s:%s" .Values.image.repository .Values.image.tag }}
{{- end -}}

{{/*
The environment of a service's container: its runtime role (or, for the migration Job, also the
owner role), the broker as its own principal, the identity provider. Passwords come from the
Secrets by reference and are spliced into the URLs by Kubernetes ($(VAR) expansion), never templated.
*/}}
{{- define "civic.env" -}}
{{- $v := .root.Values -}}
{{- $s := .service -}}
{{- $pg := printf "%s:%v/%s?sslmode=%s" $v.postgres.host $v.postgres.port $v.postgres.database $v.postgres.sslMode -}}
{{- if $v.postgres.caSecret }}{{ $pg = printf "%s&sslrootcert=/etc/civic/postgres-ca/ca.crt" $pg }}{{ end -}}
- name: NODE_ENV
  value: {{ $v.nodeEnv | quote }}
- name: LOG_LEVEL
  value: {{ $v.logLevel | quote }}
- name: PORT
  value: {{ $s.port | quote }}
- name: MANAGEMENT_PORT
  value: {{ $v.managementPort | quote }}
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ $v.postgres.existingSecret }}, key: {{ printf "%sDB_PASSWORD" $s.envPrefix }} }
- name: DATABASE_URL
  value: {{ printf "postgres://svc_%s:$(DB_PASSWORD)@%s" $s.schema $pg | quote }}
{{- if .owner }}
- name: DB_OWNER_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ $v.postgres.existingSecret }}, key: {{ printf "%sDB_OWNER_PASSWORD" $s.envPrefix }} }
- name: DATABASE_OWNER_URL
  value: {{ printf "postgres://own_%s:$(DB_OWNER_PASSWORD)@%s" $s.schema $pg | quote }}
{{- end }}
- name: KAFKA_BROKERS
  value: {{ $v.kafka.brokers | quote }}
- name: KAFKA_SSL
  value: {{ $v.kafka.ssl | quote }}
{{- if $v.kafka.caSecret }}
- name: KAFKA_SSL_CA_FILE
  value: /etc/civic/kafka-ca/ca.crt
{{- end }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $v.kafka.saslMechanism | quote }}
- name: KAFKA_SASL_USERNAME
  value: {{ $s.name | quote }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
{{- if $v.kafka.usersFromStrimzi }}
    secretKeyRef: { name: {{ $s.name }}, key: password }
{{- else }}
    secretKeyRef: { name: {{ $v.kafka.existingSecret }}, key: {{ printf "%sKAFKA_SASL_PASSWORD" $s.envPrefix }} }
{{- end }}
- name: AUTH_JWKS_URL
  value: {{ $v.auth.jwksUrl | quote }}
- name: AUTH_ISSUER
  value: {{ $v.auth.issuer | quote }}
- name: AUTH_AUDIENCE
  value: {{ $v.auth.audience | quote }}
{{- with $v.telemetry.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ printf "civic-%s" $s.name | quote }}
- name: OTEL_METRICS_EXPORTER
  value: {{ ternary "otlp" "none" $v.telemetry.otlpMetrics | quote }}
- name: POD_NAME
  valueFrom:
    fieldRef: { fieldPath: metadata.name }
- name: OTEL_RESOURCE_ATTRIBUTES
  value: "service.instance.id=$(POD_NAME),k8s.pod.name=$(POD_NAME)"
{{- end }}
{{- with $v.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* The command of a service's container: node with the platform's flags (SERVICE_NODE_FLAGS), its entry point, and any extra arguments. */}}
{{- define "civic.command" -}}
{{- $platform := include "civic.platform" .root | fromJson -}}
{{- $command := concat (list "node") $platform.nodeFlags (list (printf "dist/services/%s/src/main.js" .service.name)) (.args | default list) -}}
{{ toJson $command }}
{{- end -}}

{{/* The writable /tmp and the CA certificates a container mounts. */}}
{{- define "civic.volumeMounts" -}}
- { name: tmp, mountPath: /tmp }
{{- if .Values.postgres.caSecret }}
- { name: postgres-ca, mountPath: /etc/civic/postgres-ca, readOnly: true }
{{- end }}
{{- if .Values.kafka.caSecret }}
- { name: kafka-ca, mountPath: /etc/civic/kafka-ca, readOnly: true }
{{- end }}
{{- end -}}

{{- define "civic.volumes" -}}
- name: tmp
  emptyDir: { sizeLimit: 64Mi }
{{- if .Values.postgres.caSecret }}
- name: postgres-ca
  secret: { secretName: {{ .Values.postgres.caSecret }}, items: [{ key: ca.crt, path: ca.crt }] }
{{- end }}
{{- if .Values.kafka.caSecret }}
- name: kafka-ca
  secret: { secretName: {{ .Values.kafka.caSecret }}, items: [{ key: ca.crt, path: ca.crt }] }
{{- end }}
{{- end -}}
