"""The packet's PDF follows the app's language (its dates, numbers and money as the language
writes them); its manifest is the same in every language (ids and ISO 8601 only)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from aliassist import i18n
from aliassist.domain import records as rec
from aliassist.services.context import AppContext
from aliassist.services.packet import write_packet
from tests.packet.test_packet import content_for, pdf_text

SUMMARY = "summary.pdf"


def _export(ctx: AppContext, order: rec.Order, out: Path, tmp_path: Path
            ) -> tuple[dict[str, object], str]:
    write_packet(ctx, content_for(ctx, order), out)
    with zipfile.ZipFile(out) as packet:
        manifest = json.loads(packet.read("manifest.json"))
        pdf = next(n for n in packet.namelist() if n.endswith(".pdf"))
        text = pdf_text(packet.read(pdf), tmp_path)
    manifest.pop("files", None)  # the PDF's own hash differs, as its text does
    return manifest, text


def test_the_pdf_speaks_the_language_the_manifest_does_not(ctx: AppContext, order: rec.Order,
                                                            tmp_path: Path) -> None:
    english_manifest, english = _export(ctx, order, tmp_path / "en.zip", tmp_path)
    i18n.use_language("de")
    german_manifest, german = _export(ctx, order, tmp_path / "de.zip", tmp_path)
    assert german_manifest == english_manifest
    assert re.search(r"\b\d{4}-\d\d-\d\d\b", english)
    assert re.search(r"\b\d\d\.\d\d\.\d{4}\b", german)  # 21.11.2026
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", german)
