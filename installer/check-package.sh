#!/usr/bin/env bash
# check-package.sh <build-dir>
#
# Builds the binary packages of a configured and built Nightshift tree with CPack and checks
# their contents: the three programs, the desktop entry, the AppStream metainfo and the hicolor
# icons. The .tar.gz is always checked; the .deb too when dpkg-deb is available, including
# that its Depends line names the Qt SQLite driver package (a plugin dpkg-shlibdeps cannot see).
#
# Exit status: 0 when every check passes, 1 when a check fails, 2 on a usage error.
# Packages are written to <build-dir>/check-package/ so existing packages are left alone.

set -euo pipefail

die()  { echo "check-package: $*" >&2; exit 1; }
usage() { echo "usage: $0 <build-dir>" >&2; exit 2; }

[[ $# -eq 1 ]] || usage
build_dir=$(cd "$1" 2>/dev/null && pwd) || { echo "check-package: no such directory: $1" >&2; usage; }
[[ -f "$build_dir/CPackConfig.cmake" ]] \
    || die "$build_dir/CPackConfig.cmake not found: configure the project (cmake) there first"
command -v cpack >/dev/null || die "cpack not found in PATH"

app_id=io.nightshift.Nightshift
deb_depends_required=libqt6sql6-sqlite
# Paths every package must contain, relative to its install prefix.
required=(
    bin/nightshift
    bin/nightshiftd
    bin/nightshiftctl
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    share/icons/hicolor/scalable/apps/nightshift.svg
)
for size in 16 32 48 64 128 256; do
    required+=("share/icons/hicolor/${size}x${size}/apps/nightshift.png")
done

out_dir="$build_dir/check-package"
rm -rf "$out_dir"
mkdir -p "$out_dir"

# run_cpack <generator>: builds one package into $out_dir/<generator>, shows the log on failure.
run_cpack() {
    local gen=$1 log="$out_dir/cpack-$1.log"
    echo "check-package: cpack -G $gen"
    if ! (cd "$build_dir" && cpack -G "$gen" -B "$out_dir/$gen") >"$log" 2>&1; then
        cat "$log" >&2
        die "cpack -G $gen failed (log above, also in $log)"
    fi
}

# single_file <dir> <glob>: prints the one package matching the glob at the top of dir.
single_file() {
    local dir=$1 pattern=$2 matches
    shopt -s nullglob
    # shellcheck disable=SC2206  # $pattern is a glob on purpose
    matches=("$dir"/$pattern)
    shopt -u nullglob
    [[ ${#matches[@]} -eq 1 ]] \
        || die "expected exactly one $pattern in $dir, found ${#matches[@]}: ${matches[*]:-none}"
    printf '%s\n' "${matches[0]}"
}

# check_listing <package> <listing-file> <prefix-regex>: every required path must appear as a
# file entry under the prefix (the TGZ has a top-level directory, the .deb ./usr/).
check_listing() {
    local package=$1 listing=$2 prefix=$3 path missing=()
    for path in "${required[@]}"; do
        grep -Eq "^${prefix}${path//./\\.}\$" "$listing" || missing+=("$path")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        printf 'check-package: MISSING from %s: %s\n' "$(basename "$package")" "${missing[@]}" >&2
        return 1
    fi
    echo "check-package: $(basename "$package"): all ${#required[@]} required files present"
}

status=0

# --- .tar.gz -----------------------------------------------------------------------------------
run_cpack TGZ
tgz=$(single_file "$out_dir/TGZ" '*.tar.gz')
tar -tzf "$tgz" | sed 's|^\./||' | grep -v '/$' | sort >"$out_dir/tgz.list" \
    || die "cannot list $tgz"
echo "check-package: $(basename "$tgz") contains:"
sed 's/^/    /' "$out_dir/tgz.list"
check_listing "$tgz" "$out_dir/tgz.list" '([^/]+/)?' || status=1

# --- .deb --------------------------------------------------------------------------------------
if command -v dpkg-deb >/dev/null; then
    run_cpack DEB
    deb=$(single_file "$out_dir/DEB" '*.deb')
    dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./||' | grep -v '/$' | sort >"$out_dir/deb.list" \
        || die "cannot list $deb"
    echo "check-package: $(basename "$deb") contains:"
    sed 's/^/    /' "$out_dir/deb.list"
    check_listing "$deb" "$out_dir/deb.list" 'usr/' || status=1

    dpkg-deb -I "$deb" >"$out_dir/deb.info" || die "dpkg-deb -I $deb failed"
    depends=$(grep -E '^ Depends:' "$out_dir/deb.info" || true)
    if [[ -z $depends ]]; then
        sed 's/^/    /' "$out_dir/deb.info" >&2
        echo "check-package: $(basename "$deb") has no Depends line" >&2
        status=1
    elif ! grep -Eq "[ ,:]${deb_depends_required}([ ,(]|\$)" <<<"$depends"; then
        echo "check-package: $(basename "$deb"):$depends" >&2
        echo "check-package: the Depends line of $(basename "$deb") does not name $deb_depends_required" >&2
        status=1
    else
        echo "check-package: $(basename "$deb"):$depends"
    fi
else
    echo "check-package: dpkg-deb not found, .deb not checked"
fi

if [[ $status -ne 0 ]]; then
    echo "check-package: FAILED" >&2
    exit 1
fi
echo "check-package: OK"
