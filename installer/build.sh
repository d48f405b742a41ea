#!/usr/bin/env bash
# Build the frozen Anvis with PyInstaller, and on Windows its installer.
#
#   bash installer/build.sh
#
# 1. a build virtualenv (build/venv, or the folder named by ANVIS_BUILD_VENV) with Anvis and its
#    `build` extra (PyInstaller): `pip install '.[build]'`;
# 2. the Danish catalogues compiled (.ts -> .qm);
# 3. PyInstaller with installer/anvis.spec -> dist/anvis/ (Linux: dist/anvis/anvis; Windows:
#    dist\anvis\Anvis.exe and anvis-cmd.exe);
# 4. on Windows, when Inno Setup 6 is installed (ISCC.exe on PATH, in Program Files, or named by
#    ISCC), installer/anvis.iss -> dist/Anvis-<version>-setup.exe.
# It prints the build time and the bundle's size. On Windows run it from Git Bash (Git for
# Windows); Python 3.11 must be on PATH as `python` (or name it with PYTHON).
# Then: python installer/smoke_test.py   (starts the frozen program headless and checks it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
START=$SECONDS
export PIP_DISABLE_PIP_VERSION_CHECK=1

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) WINDOWS=1 ;;
    *) WINDOWS=0 ;;
esac

VENV=${ANVIS_BUILD_VENV:-build/venv}
if [[ $WINDOWS == 1 ]]; then
    PYTHON=${PYTHON:-python}
    VENV_PY=$VENV/Scripts/python.exe
else
    PYTHON=${PYTHON:-python3}
    VENV_PY=$VENV/bin/python
fi

echo "==> build virtualenv: $VENV"
if [[ ! -x $VENV_PY ]]; then
    "$PYTHON" -m venv "$VENV"
fi
mkdir -p build
# (pip's chatter goes to a log, shown when pip fails)
{ "$VENV_PY" -m pip install --upgrade pip && "$VENV_PY" -m pip install '.[build]'; } \
    >build/pip-install.log 2>&1 || {
    tail -n 40 build/pip-install.log
    exit 1
}

VERSION=$("$VENV_PY" -c 'import sys; sys.path.insert(0, "installer"); import bundle; print(bundle.version())')
echo "==> Anvis $VERSION: translations"
"$VENV_PY" -m desktop.tools.translations compile >/dev/null

echo "==> PyInstaller"
"$VENV_PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/anvis.spec

SIZE=$(du -sh dist/anvis | cut -f1)
FILES=$(find dist/anvis -type f | wc -l)
echo "==> bundle dist/anvis: $SIZE in $FILES files"

if [[ $WINDOWS == 1 ]]; then
    ISCC=${ISCC:-$(command -v ISCC.exe || true)}
    for candidate in "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe"; do
        if [[ -z $ISCC && -x $candidate ]]; then
            ISCC=$candidate
        fi
    done
    if [[ -n $ISCC ]]; then
        echo "==> Inno Setup: dist/Anvis-$VERSION-setup.exe"
        "$ISCC" //Q "//DAppVersion=$VERSION" installer/anvis.iss
        ls -l "dist/Anvis-$VERSION-setup.exe"
    else
        echo "Inno Setup 6 not found: install it (jrsoftware.org) or set ISCC; dist/anvis is built."
    fi
fi

echo "==> done in $((SECONDS - START)) s"
