#!/usr/bin/env bash
# Packages terraform-provider-awsmon as the provider registry protocol and `terraform providers
# mirror` lay it out, and installs such a package into a plugin directory.
#
#   tools/release.sh package <provider binary> <release dir>
#       writes terraform-provider-awsmon_<version>_linux_amd64.zip (deterministic: fixed time
#       and mode), _SHA256SUMS and _manifest.json (protocol 6.0) into <release dir>
#   tools/release.sh install <release dir> <plugin dir>
#       puts the zip where Terraform's filesystem mirrors look for it:
#       <plugin dir>/registry.terraform.io/awsmon/awsmon/ (packed layout), so that
#       `terraform init` finds the provider without dev_overrides and writes its hashes to the
#       lock file
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fail() {
  printf '[release] ERROR: %s\n' "$*" >&2
  exit 1
}

version=$(sed -n '/^version = "/{s/^version = "\(.*\)"/\1/p;q}' "$root/Cargo.toml")
[ -n "$version" ] || fail "no version in $root/Cargo.toml"
name="terraform-provider-awsmon_${version}"
zip="${name}_linux_amd64.zip"

package() { # <binary> <release dir>
  local binary=$1 out=$2
  [ -x "$binary" ] || fail "$binary is not an executable provider (build it first: make release)"
  mkdir -p "$out"
  python3 - "$binary" "$out/$zip" "terraform-provider-awsmon_v${version}" <<'PY'
import sys, zipfile
binary, target, entry = sys.argv[1:4]
info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
info.external_attr = 0o755 << 16
info.compress_type = zipfile.ZIP_DEFLATED
with open(binary, "rb") as f, zipfile.ZipFile(target, "w") as z:
    z.writestr(info, f.read())
PY
  printf '{"version":1,"metadata":{"protocol_versions":["6.0"]}}\n' >"$out/${name}_manifest.json"
  (cd "$out" && sha256sum "$zip" "${name}_manifest.json" >"${name}_SHA256SUMS")
  printf '[release] %s\n' "$out/$zip"
}

install_package() { # <release dir> <plugin dir>
  local from=$1 plugins=$2
  [ -f "$from/$zip" ] || fail "$from/$zip is missing (run make release first)"
  (cd "$from" && sha256sum --quiet --check "${name}_SHA256SUMS") || fail "checksums of $from do not match"
  local dest="$plugins/registry.terraform.io/awsmon/awsmon"
  mkdir -p "$dest"
  cp "$from/$zip" "$dest/$zip"
  printf '[release] installed %s\n' "$dest/$zip"
}

case "${1:-}" in
package) package "$2" "$3" ;;
install) install_package "$2" "$3" ;;
*) fail "usage: $0 package <binary> <release dir> | install <release dir> <plugin dir>" ;;
esac
