# Windows build (PowerShell, on a Windows build machine with Python 3.11+ and Inno Setup 6 on PATH):
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
python -m venv .venv
.\.venv\Scripts\python -m pip install --quiet -c requirements\lock.txt -e ".[dist]"  # the versions CI tested
.\.venv\Scripts\python -m PyInstaller --noconfirm --clean --workpath build\pyinstaller --distpath dist installer\foerderdesk.spec
$version = (.\.venv\Scripts\python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
& .\dist\FoerderDesk\foerderdesk.exe --version
if ($LASTEXITCODE -ne 0) { throw "frozen program does not start" }
iscc "/DAppVersion=$version" installer\foerderdesk.iss
