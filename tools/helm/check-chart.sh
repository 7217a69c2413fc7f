#!/usr/bin/env bash
# The Helm chart, checked without a cluster: Helm itself from the Go module proxy (built once into
# .cache/bin; the Go caches make later builds quick), `helm lint` and `helm template` with the
# default and the production values, and every rendered object validated offline
# (tools/helm/validate-chart.mjs: Kubernetes API schemas, Strimzi fields, one set of objects per service).
set -euo pipefail
cd "$(dirname "$0")/../.."
HELM_VERSION=v3.22.0
chart=deploy/helm/civic-platform
bin="$PWD/.cache/bin"
out=.cache/helm
# A binary built by `go install` reports only its minor version: a stamp file says which it is.
if [ ! -x "$bin/helm" ] || [ "$(cat "$bin/helm.version" 2>/dev/null)" != "$HELM_VERSION" ]; then
  echo "installing helm $HELM_VERSION from the Go module proxy into $bin"
  GOBIN="$bin" GOFLAGS=-mod=mod go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  echo "$HELM_VERSION" > "$bin/helm.version"
fi
mkdir -p "$out"
"$bin/helm" lint --strict "$chart"
"$bin/helm" lint --strict "$chart" -f "$chart/values-production.yaml"
"$bin/helm" template civic "$chart" --kube-version 1.30.0 --namespace civic-staging > "$out/default.yaml"
"$bin/helm" template civic "$chart" --kube-version 1.30.0 --namespace civic -f "$chart/values-production.yaml" > "$out/production.yaml"
node tools/helm/validate-chart.mjs "$out/default.yaml"
node tools/helm/validate-chart.mjs "$out/production.yaml" --strimzi
node tools/helm/validate-chart.mjs "$out/default.yaml" --self-test
