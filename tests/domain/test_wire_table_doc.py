"""docs/wire-table.md shows exactly the wire table the code declares, with the same sureness."""

from __future__ import annotations

import re
from pathlib import Path

from moment_gui.domain.wire_check import wire_rows

DOC = Path(__file__).resolve().parents[2] / "docs" / "wire-table.md"
ROW = re.compile(r"^\| `([^`]+)` \| \[(\w+)\] \|", re.MULTILINE)


def test_the_doc_lists_every_known_key_with_its_provenance() -> None:
    documented = ROW.findall(DOC.read_text(encoding="utf-8"))
    declared = [(path, prov.value) for path, prov in wire_rows()]
    assert sorted(documented) == sorted(declared)
    assert len(documented) == len(set(documented))  # no row twice


def test_every_row_has_a_provenance_a_reader_knows() -> None:
    assert {prov.value for _, prov in wire_rows()} <= {"seed", "docs", "observed", "unconfirmed"}
