"""Every sample letter against its hand-checked expected JSON, and `kamerparse check` itself."""

import json
import shutil

import pytest

from kamerparse.cli import main
from kamerparse.testing import assert_letter_matches, letter_cases

from .conftest import SAMPLES

CASES = letter_cases(SAMPLES)


def test_samples_cover_every_layout():
    kinds = {case.input.parent.name for case in CASES}
    assert kinds >= {"web", "pdftext", "seed", "pdf", "docx"}
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=str)
def test_sample(case):
    assert_letter_matches(case)


def test_check_command_passes_on_samples(capsys):
    assert main(["check", str(SAMPLES)]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary == f"{len(CASES)} same, 0 changed, 0 missing expectations, 0 failed to parse"


def test_check_as_a_new_user_would(tmp_path, capsys):
    """Three letters, create expectations, change a letter, see the difference, update."""
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in ("kst-24587-689.txt", "kst-28385-213.txt", "kst-32123-XIII-37.txt"):
        shutil.copy(SAMPLES / "web" / name, folder / name)
    assert main(["check", str(folder)]) == 0  # no expectations yet: nothing differs
    assert "3 missing expectations" in capsys.readouterr().out
    assert main(["check", str(folder), "--update"]) == 0
    assert len(list(folder.glob("*.expected.json"))) == 3
    assert main(["check", str(folder)]) == 0
    capsys.readouterr()

    letter = folder / "kst-28385-213.txt"
    letter.write_text(letter.read_text().replace("1 september a.s.", "2 september a.s."))
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "kst-28385-213.txt: " in out
    assert "sections[0].paragraphs[1].text:" in out
    assert '- "…' in out and "1 september" in out and "2 september" in out
    assert "dates[2].value:" in out
    assert out.strip().endswith("2 same, 1 changed, 0 missing expectations, 0 failed to parse")

    assert main(["check", str(folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["changed"] == 1
    changed = next(d for d in report["documents"] if d["status"] == "changed")
    assert {"path": "dates[2].value", "expected": "2011-09-01", "actual": "2011-09-02"} in changed[
        "differences"
    ]

    assert main(["check", str(folder), "--ignore", "sections", "--ignore", "dates",
                 "--ignore", "source.sha256"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["check", str(letter), "--update"]) == 0  # update one named file
    assert main(["check", str(folder)]) == 0


def test_pytest_plugin(pytester):
    """The ini setting turns a folder of letters into one test per letter."""
    pytester.makeini(f"[pytest]\nkamerparse_letters = {SAMPLES / 'web'}\n")
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=len([c for c in CASES if c.input.parent.name == "web"]))


def test_two_letters_of_one_name_keep_their_own_expectations(tmp_path, capsys):
    """letter.txt and letter.pdf side by side: one shared expectation would compare one
    with the other's output."""
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(SAMPLES / "seed" / "kst-27925-963.txt", folder / "kst-27925-963.txt")
    shutil.copy(SAMPLES / "pdf" / "kst-27925-963.pdf", folder / "kst-27925-963.pdf")
    assert main(["check", str(folder), "--update"]) == 0
    assert sorted(p.name for p in folder.glob("*.expected.json")) == [
        "kst-27925-963.pdf.expected.json",
        "kst-27925-963.txt.expected.json",
    ]
    capsys.readouterr()
    assert main(["check", str(folder)]) == 0
    assert capsys.readouterr().out.strip().endswith("2 same, 0 changed, 0 missing "
                                                    "expectations, 0 failed to parse")  # fmt: skip


def test_check_shows_a_changed_quality_verdict(tmp_path, capsys):
    folder = tmp_path / "letters"
    folder.mkdir()
    letter = folder / "kst-24587-689.txt"
    shutil.copy(SAMPLES / "web" / letter.name, letter)
    assert main(["check", str(folder), "--update"]) == 0
    capsys.readouterr()
    # the letter as a page that lost its header: the same body, a verdict that says so
    text = letter.read_text(encoding="utf-8")
    letter.write_text(text[text.index("Zoals ik eerder") :], encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "    quality: good -> poor (header" in out
    assert out.strip().endswith("0 same, 1 changed, 0 missing expectations, 0 failed to parse; "
                                "quality verdict changed in 1")  # fmt: skip
    assert main(["check", str(folder), "--json"]) == 1
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert doc["verdict"] == {"expected": "good", "actual": "poor"}
    assert main(["check", str(folder), "--ignore", "quality", "--json"]) == 1
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert doc["verdict"] is None

    # the same report as a page: each changed field, expected and now side by side
    page_file = tmp_path / "report.html"
    assert main(["check", str(folder), "--html", str(page_file)]) == 1
    page = page_file.read_text(encoding="utf-8")
    assert "<script" not in page and 'src="' not in page
    assert 'quality: <span class="verdict good">good</span> → <span class="verdict poor">' in page
    assert ('<tr><th>title</th><td class="expected">&quot;BRIEF VAN DE STAATSSECRETARIS VAN '
            'VEILIGHEID EN JUSTITIE&quot;</td><td class="actual">null</td></tr>') in page  # fmt: skip
    assert "0 same, 1 changed, 0 missing expectations, 0 failed to parse" in page
