# Windows: build dist\moment-gui\moment-gui.exe (icon, version resource) from the project's
# .venv and prove it runs: --version, then --self-test (what build_installer.sh does on
# Linux and macOS). Prints the build time, bundle size and self-test time.
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'venv.ps1')
Set-Location $RepoRoot
Initialize-Venv @('build')
$clock = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked 'python' @('-m', 'PyInstaller', '--noconfirm', '--clean', '--log-level', 'WARN', 'build_installer.spec')
$built = $clock.Elapsed.TotalSeconds
$bundle = Join-Path $RepoRoot 'dist\moment-gui'
$exe = Join-Path $bundle 'moment-gui.exe'
$size = (Get-ChildItem -Recurse -File $bundle | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("== bundle: dist\moment-gui {0:N0} MB, built in {1:N0} s" -f $size, $built)
Write-Host '== bundle --version'
Invoke-Checked $exe @('--version')
Write-Host '== bundle --self-test'
$env:QT_QPA_PLATFORM = 'offscreen'
$clock.Restart()
Invoke-Checked $exe @('--self-test')
Write-Host ("== bundle self-test passed in {0:N0} ms" -f $clock.Elapsed.TotalMilliseconds)
exit 0
