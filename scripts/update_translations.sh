#!/usr/bin/env bash
# Refresh the Korean catalogue from the source and compile it for the app.
#
#   bash scripts/update_translations.sh
#
# 1. pyside6-lupdate reads every moment_gui/**/*.py that marks text for translation (tr(),
#    QCoreApplication.translate(), QT_TRANSLATE_NOOP/QT_TR_NOOP) and merges new source strings
#    into resources/i18n/moment_gui_ko.ts: existing translations are kept, strings gone from
#    the code are marked vanished/obsolete (never deleted), new ones arrive "unfinished".
# 2. pyside6-lrelease compiles the .ts into resources/i18n/moment_gui_ko.qm, which
#    moment_gui/ui/i18n.py loads.
# Idempotent: running it twice in a row changes nothing. Locations are left out of the .ts so
# that moving code around does not churn the catalogue (contexts are the class names).
set -euo pipefail

cd "$(dirname "$0")/.."
TS=resources/i18n/moment_gui_ko.ts
QM=resources/i18n/moment_gui_ko.qm
LUPDATE=${LUPDATE:-pyside6-lupdate}
LRELEASE=${LRELEASE:-pyside6-lrelease}

mapfile -t SOURCES < <(
    grep -rlE --include='*.py' \
        '(\btr\(|Application\.translate\(|\bQT_TR_NOOP\b|\bQT_TRANSLATE_NOOP\b)' moment_gui |
        LC_ALL=C sort
)
if [ "${#SOURCES[@]}" -eq 0 ]; then
    echo "update_translations: no translatable sources found under moment_gui/" >&2
    exit 1
fi

mkdir -p "$(dirname "$TS")"
"$LUPDATE" -silent -locations none -source-language en -target-language ko_KR "${SOURCES[@]}" -ts "$TS"
"$LRELEASE" -silent "$TS" -qm "$QM"

python3 - "$TS" <<'PY'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
todo = [
    f"  [{ctx.findtext('name')}] {msg.findtext('source')!r}"
    for ctx in root.iter("context")
    for msg in ctx.iter("message")
    if (msg.find("translation").get("type") or "") == "unfinished"
]
total = sum(1 for _ in root.iter("message"))
print(f"update_translations: {sys.argv[1]}: {total} messages, {len(todo)} still to translate")
if todo:
    print("\n".join(todo))
PY
