#!/usr/bin/env bash
# Builds the Linux one-folder bundle and its tarball; then smoke-tests the frozen program.
#   make dist        (uses the project's .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
"$PY" -m pip install --quiet -c requirements/lock.txt -e ".[dist]"  # the versions CI tested
version=$("$PY" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
rm -rf build/pyinstaller dist/FoerderDesk
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
  installer/foerderdesk.spec
cp installer/foerderdesk.desktop ui/resources/foerderdesk.png dist/FoerderDesk/
tarball="dist/FoerderDesk-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" FoerderDesk
echo "bundle: dist/FoerderDesk ($(du -sh dist/FoerderDesk | cut -f1)), tarball: $tarball ($(du -sh "$tarball" | cut -f1))"
installer/smoke_test.sh dist/FoerderDesk
