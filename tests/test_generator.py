"""The one generator of corpus/generated: every PDF comes back byte for byte from its data file."""
from __future__ import annotations

import subprocess
import sys

from helpers import CORPUS


def test_every_generated_pdf_is_rebuilt_byte_for_byte_from_its_data_file(tmp_path):
    papers = sorted((CORPUS / "tools" / "papers").glob("*.toml"))
    pdfs = sorted((CORPUS / "generated").glob("*.pdf"))
    assert [p.stem for p in papers] == [p.stem for p in pdfs]
    res = subprocess.run([sys.executable, str(CORPUS / "tools" / "make_generated_pdfs.py"), "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    for pdf in pdfs:
        assert (tmp_path / pdf.name).read_bytes() == pdf.read_bytes(), pdf.name
