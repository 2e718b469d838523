# The project's virtual environment on Windows (PowerShell 5.1 or 7): what scripts/lib/venv.sh
# does on Linux and macOS. Dot-sourced by demo.ps1, test.ps1 and build_installer.ps1.
#
#   Initialize-Venv app|test|build|data...   make .venv if needed, install the app (editable)
#                                            with these extras from requirements\lock.txt,
#                                            put .venv\Scripts first on PATH
#
# Which Python makes the venv: $env:MOMENT_GUI_PYTHON if set, else `python` on PATH, else the
# Python launcher (`py -3.13`, `py -3.12`, `py -3.11`): the first that is >= 3.11 with venv.
# A second run is quick: .venv\moment-gui-stamps\<extra> holds a hash of the lock file,
# pyproject.toml's [project] (and build) tables and the venv's Python; when it matches, pip
# is not run at all.

$ErrorActionPreference = 'Stop'
$RepoRoot = Split-Path -Parent $PSScriptRoot
$VenvDir = Join-Path $RepoRoot '.venv'
$LockFile = 'requirements/lock.txt'

function Get-VenvBin {
    $scripts = Join-Path $VenvDir 'Scripts'
    if (Test-Path (Join-Path $scripts 'python.exe')) { return $scripts }
    return (Join-Path $VenvDir 'bin')  # PowerShell 7 on Linux/macOS
}

function Get-VenvCommand {
    param([string]$Name)  # moment-gui -> .venv\Scripts\moment-gui.exe (or .venv/bin/moment-gui)
    $bin = Get-VenvBin
    $exe = Join-Path $bin "$Name.exe"
    if (Test-Path $exe) { return $exe }
    return (Join-Path $bin $Name)
}

function Get-VenvPython {
    $bin = Get-VenvBin
    foreach ($name in @('python.exe', 'python')) {
        $candidate = Join-Path $bin $name
        if (Test-Path $candidate) { return $candidate }
    }
    return $null
}

function Invoke-Checked {
    # Run a program; stop the script when it fails (native commands do not throw by themselves).
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

function Test-BasePython {
    param([string]$Exe, [string[]]$Prefix)
    $ErrorActionPreference = 'Continue'  # a probe: stderr from Python must not stop the script
    $check = 'import sys, ensurepip, venv; sys.exit(0 if sys.version_info >= (3, 11) else 1)'
    try {
        & $Exe @Prefix -c $check 2>$null | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    }
}

function Test-VenvPython {
    param([string]$Exe)
    $ErrorActionPreference = 'Continue'
    try {
        & $Exe -c 'import sys, pip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>$null | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    }
}

function Find-BasePython {
    if ($env:MOMENT_GUI_PYTHON) {
        if (Test-BasePython $env:MOMENT_GUI_PYTHON @()) { return , @($env:MOMENT_GUI_PYTHON) }
        throw "MOMENT_GUI_PYTHON=$($env:MOMENT_GUI_PYTHON) is not a Python >= 3.11 with venv"
    }
    # `python` may be the Microsoft Store stub, which fails the check and is skipped.
    $python = Get-Command python -ErrorAction SilentlyContinue
    if ($python -and (Test-BasePython $python.Source @())) { return , @($python.Source) }
    $launcher = Get-Command py -ErrorAction SilentlyContinue
    if ($launcher) {
        foreach ($version in @('-3.13', '-3.12', '-3.11')) {
            if (Test-BasePython $launcher.Source @($version)) { return , @($launcher.Source, $version) }
        }
    }
    throw ("No Python >= 3.11 found. Install it from python.org (tick 'Add python.exe to PATH') " +
        "or with: winget install Python.Python.3.12   Or set MOMENT_GUI_PYTHON to its python.exe.")
}

function Get-StampHash {
    # The lock, and of pyproject.toml only what pip reads (as scripts/lib/venv.sh does).
    # No double quotes in the Python code: Windows PowerShell 5.1 drops them from arguments.
    $code = 'import hashlib, json, sys, tomllib; h = hashlib.sha256(sys.version.encode()); ' +
        'h.update(open(sys.argv[1], ''rb'').read()); d = tomllib.load(open(sys.argv[2], ''rb'')); ' +
        't = {k: d.get(k) for k in (''project'', ''build-system'')}; ' +
        't[''setuptools''] = d.get(''tool'', {}).get(''setuptools''); ' +
        'h.update(json.dumps(t, sort_keys=True).encode()); print(h.hexdigest())'
    $hash = & (Get-VenvPython) -c $code $LockFile 'pyproject.toml'
    if ($LASTEXITCODE -ne 0) { throw 'could not hash the lock file' }
    return "$hash".Trim()
}

function Initialize-Venv {
    param([string[]]$Extras = @('app'))
    Push-Location $RepoRoot
    try {
        $venvPython = Get-VenvPython
        if ($venvPython -and -not (Test-VenvPython $venvPython)) {
            Write-Host "== $VenvDir is broken or too old (its Python moved?): making it again"
            Remove-Item -Recurse -Force $VenvDir
            $venvPython = $null
        }
        if (-not $venvPython) {
            $base = Find-BasePython
            $baseArgs = @()
            if ($base.Count -gt 1) { $baseArgs = $base[1..($base.Count - 1)] }
            Write-Host "== making .venv with $($base -join ' ')"
            Invoke-Checked $base[0] ($baseArgs + @('-m', 'venv', $VenvDir))
            $venvPython = Get-VenvPython
        }
        $hash = Get-StampHash
        $stamps = Join-Path $VenvDir 'moment-gui-stamps'
        $missing = @($Extras | Where-Object {
            $file = Join-Path $stamps $_
            -not ((Test-Path $file) -and ((Get-Content $file -Raw).Trim() -eq $hash))
        })
        if ($missing.Count -gt 0) {
            $want = @($Extras | Where-Object { $_ -ne 'app' })
            $spec = '.'
            if ($want.Count -gt 0) { $spec = ".[$($want -join ',')]" }
            Write-Host "== installing $spec into .venv from $LockFile"
            $pip = @('-m', 'pip', '--disable-pip-version-check', '--no-input', '-q', 'install', '-c', $LockFile)
            # The build backend first (pinned), then the app without build isolation.
            Invoke-Checked $venvPython ($pip + @('setuptools'))
            Invoke-Checked $venvPython ($pip + @('--no-build-isolation', '-e', $spec))
            New-Item -ItemType Directory -Force -Path $stamps | Out-Null
            foreach ($extra in (@('app') + $Extras)) {
                Set-Content -Path (Join-Path $stamps $extra) -Value $hash -Encoding ascii
            }
        }
        $env:VIRTUAL_ENV = $VenvDir
        $env:PATH = (Get-VenvBin) + [IO.Path]::PathSeparator + $env:PATH
    } finally {
        Pop-Location
    }
}
