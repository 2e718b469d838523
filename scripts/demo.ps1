# Windows: install moment-gui into the project's .venv (pinned by requirements\lock.txt) and
# launch it on the built-in simulator. Arguments go to the app:
#   powershell -ExecutionPolicy Bypass -File scripts\demo.ps1 --self-test
# A second run reuses .venv and skips pip unless the lock or pyproject.toml changed.
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'venv.ps1')
Set-Location $RepoRoot
Initialize-Venv @('app')
& (Get-VenvCommand 'moment-gui') --demo @args
exit $LASTEXITCODE
