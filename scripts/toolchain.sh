# shellcheck shell=bash
# Toolchain helpers for ./op and .ci/run. Sourced, not executed.
#
# Backstage needs Node 22 or 24 and Yarn 4. When the machine's Node is older, Node 22 is installed from the npm
# registry's `node-linux-<arch>` package (it ships the Node headers too, which node-gyp needs to build
# better-sqlite3 without downloading anything) and Yarn from `@yarnpkg/cli-dist`, both into .toolchain/.

TOOLCHAIN_DIR="${TOOLCHAIN_DIR:-$ROOT/.toolchain}"
NODE_WANTED_MAJOR=22

log() { printf '\033[1;34m[op]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[op] %s\033[0m\n' "$*" >&2; exit 1; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

pinned_yarn_version() {
  sed -n 's/.*"packageManager": *"yarn@\([0-9.]*\)".*/\1/p' "$ROOT/package.json"
}

ensure_node() {
  local major
  major="$(node_major)"
  if [ "$major" -ge 22 ] 2>/dev/null; then
    return
  fi
  local arch pkg
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "unsupported CPU $(uname -m): install Node 22 or 24 yourself" ;;
  esac
  pkg="node-linux-$arch"
  local node_home="$TOOLCHAIN_DIR/node/node_modules/$pkg"
  if [ ! -x "$node_home/bin/node" ]; then
    command -v npm >/dev/null || die "Node 22+ is required and npm is missing to fetch it"
    log "Node $major is too old for Backstage; fetching Node $NODE_WANTED_MAJOR from the npm registry ($pkg)"
    npm install --no-save --no-audit --no-fund --prefix "$TOOLCHAIN_DIR/node" "$pkg@$NODE_WANTED_MAJOR" >&2
  fi
  export PATH="$node_home/bin:$PATH"
  # node-gyp builds native modules (better-sqlite3) against these headers instead of downloading them.
  export npm_config_nodedir="$node_home"
  export NODEDIR="$node_home"
}

ensure_yarn() {
  local wanted current
  wanted="$(pinned_yarn_version)"
  current="$(yarn --version 2>/dev/null || true)"
  if [ "$current" = "$wanted" ]; then
    return
  fi
  local yarn_js="$TOOLCHAIN_DIR/yarn/node_modules/@yarnpkg/cli-dist/bin/yarn.js"
  if [ ! -f "$yarn_js" ] || ! grep -q "\"version\": \"$wanted\"" "$TOOLCHAIN_DIR/yarn/node_modules/@yarnpkg/cli-dist/package.json"; then
    log "fetching Yarn $wanted from the npm registry (@yarnpkg/cli-dist)"
    npm install --no-save --no-audit --no-fund --prefix "$TOOLCHAIN_DIR/yarn" "@yarnpkg/cli-dist@$wanted" >&2
  fi
  mkdir -p "$TOOLCHAIN_DIR/bin"
  local shim
  shim="$(printf '#!/bin/sh\nexec node "%s" "$@"' "$yarn_js")"
  # Rewritten only when it changes, and atomically: concurrent ./op commands run the shim while it is checked.
  if [ ! -x "$TOOLCHAIN_DIR/bin/yarn" ] || [ "$(cat "$TOOLCHAIN_DIR/bin/yarn")" != "$shim" ]; then
    printf '%s\n' "$shim" >"$TOOLCHAIN_DIR/bin/yarn.$$"
    chmod +x "$TOOLCHAIN_DIR/bin/yarn.$$"
    mv -f "$TOOLCHAIN_DIR/bin/yarn.$$" "$TOOLCHAIN_DIR/bin/yarn"
  fi
  export PATH="$TOOLCHAIN_DIR/bin:$PATH"
  # Corepack shims, if enabled, would try to download Yarn from its own host; our shim comes first on PATH.
  export COREPACK_ENABLE_STRICT=0
}

ensure_toolchain() {
  ensure_node
  ensure_yarn
  export YARN_ENABLE_TELEMETRY=0
  export YARN_ENABLE_GLOBAL_CACHE="${YARN_ENABLE_GLOBAL_CACHE:-true}"
}

# Installs workspace dependencies when they are missing or older than the manifests.
ensure_dependencies() {
  local state="$ROOT/node_modules/.yarn-state.yml"
  local needed=0
  if [ "${1:-}" = "--force" ] || [ ! -f "$state" ]; then
    needed=1
  elif [ -n "$(find "$ROOT/yarn.lock" "$ROOT/package.json" "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json -newer "$state" 2>/dev/null)" ]; then
    needed=1
  fi
  if [ "$needed" = 1 ]; then
    log "installing dependencies (yarn install)"
    if [ -n "${CI:-}" ]; then
      yarn install --immutable
    else
      yarn install
    fi
  fi
}
