# Windows: install the app, test tools and PyInstaller into .venv (pinned by
# requirements\lock.txt) and run every check and test, then build the bundle and self-test
# it (what scripts/test.sh does on Linux and macOS). Arguments go to pytest:
#   powershell -ExecutionPolicy Bypass -File scripts\test.ps1 [-k something]
# $env:MOMENT_GUI_SKIP_BUNDLE = '1' skips the bundle.
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'venv.ps1')
Set-Location $RepoRoot
Initialize-Venv @('test', 'build')
$env:QT_QPA_PLATFORM = 'offscreen'
$env:PYTHON_KEYRING_BACKEND = 'keyring.backends.null.Keyring'
Write-Host '== ruff'
Invoke-Checked 'ruff' @('check', 'moment_gui', 'tests', 'benchmarks', 'scripts', 'installer')
Write-Host '== mypy'
Invoke-Checked 'mypy' @('moment_gui')
Write-Host '== import-linter'
Invoke-Checked 'lint-imports' @()
Write-Host '== pytest'
Invoke-Checked 'python' (@('-m', 'pytest', '-q', '-p', 'no:cacheprovider') + $args)
if ($env:MOMENT_GUI_SKIP_BUNDLE -ne '1') {
    Write-Host '== installer bundle'
    & (Join-Path $PSScriptRoot 'build_installer.ps1')
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
