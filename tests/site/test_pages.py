"""`otpt site`: pages that need nothing from the internet, with the lessons' own alt texts,
links between pages, the licenses of what they ship, and a banner where a kernel is needed."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from otpt.cli import main
from otpt.io.resources import lessons_path

# otpt site needs the lab extra (nbformat, nbconvert); the minimum-versions run has none of it
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbconvert")

LESSONS = [
    "02_classify_activities.ipynb",
    "03_where_goals_overlap.ipynb",
    "05_working_together.ipynb",
    "booth/booth.ipynb",
]


class Tags(HTMLParser):
    """Every start tag's (name, attributes) of a page."""

    def __init__(self, text: str):
        super().__init__()
        self.tags = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from otpt.site import build_site

    folder = tmp_path_factory.mktemp("site") / "Sitio de José"
    pages = build_site(folder, lessons=LESSONS)
    return folder, pages


def test_no_page_loads_anything_from_outside_the_site(site):
    folder, pages = site
    for page in [*(p.file for p in pages), "index.html"]:
        tags = Tags((folder / page).read_text(encoding="utf-8")).tags
        loaded = [a.get("src") or a.get("href") for t, a in tags if t in ("script", "link", "img", "iframe")]
        outside = [u for u in loaded if u and re.match(r"(https?:)?//", u)]
        assert outside == [], page
        for url in loaded:
            if url and not url.startswith(("data:", "#")):
                assert (folder / page).parent.joinpath(url).resolve().is_file(), (page, url)


def test_the_widget_scripts_come_with_their_licenses(site):
    folder, _ = site
    static = folder / "_static"
    for name in (
        "embed-amd.js",
        "require.js",
        "anywidget.js",
        "otpt-answer.js",
        "LICENSE.txt",
        "LICENSE-CONTENT.txt",
    ):
        assert (static / name).is_file(), name
    licenses = {p.name: p.read_text(encoding="utf-8") for p in (static / "LICENSES").iterdir()}
    assert "BSD 3-Clause" in licenses["html-manager.txt"] and "MIT" in licenses["requirejs.txt"]
    assert "MIT" in licenses["anywidget.txt"] and "SIL Open Font License" in licenses["font-awesome.txt"]
    assert "Creative Commons" in (static / "LICENSE-CONTENT.txt").read_text(encoding="utf-8")


def _alts(html: str) -> list[str]:
    return [a["alt"] for t, a in Tags(html).tags if t == "img" and "alt" in a]


def test_every_figure_keeps_the_lessons_alt_text(site):
    folder, _ = site
    nb = nbformat.read(lessons_path() / "05_working_together.ipynb", as_version=4)
    saved = [
        alt
        for cell in nb.cells
        for out in cell.get("outputs", [])
        for alt in _alts(out.get("data", {}).get("text/html", ""))
    ]
    assert saved and all(alt.strip() for alt in saved)
    page = _alts((folder / "05_working_together.html").read_text(encoding="utf-8"))
    assert [a for a in page if a in saved] == saved


def test_pages_link_to_each_other_and_the_index_lists_them(site):
    folder, pages = site
    text = (folder / "02_classify_activities.html").read_text(encoding="utf-8")
    links = [a.get("href") for t, a in Tags(text).tags if t == "a"]
    assert "03_where_goals_overlap.html" in links and "index.html" in links
    in_site = {name.removesuffix(".ipynb") for name in LESSONS}
    assert not [h for h in links if h and h.endswith(".ipynb") and h.removesuffix(".ipynb") in in_site]
    index = [
        a.get("href") for t, a in Tags((folder / "index.html").read_text(encoding="utf-8")).tags if t == "a"
    ]
    assert [p.file for p in pages] == [h for h in index if h.endswith(".html")]
    assert (folder / "booth" / "booth.html").read_text(encoding="utf-8").count('href="../index.html"') == 1


def test_a_banner_says_which_pages_need_a_kernel_and_how_to_open_them_live(site):
    folder, pages = site
    by_file = {p.file: p for p in pages}
    assert by_file["02_classify_activities.html"].answerable == 2
    assert by_file["booth/booth.html"].answerable == 1
    assert (
        by_file["05_working_together.html"].live_only >= 4
        and not by_file["05_working_together.html"].answerable
    )
    lesson5 = (folder / "05_working_together.html").read_text(encoding="utf-8")
    assert 'class="otpt-banner"' in lesson5 and "otpt lab" in lesson5 and "need Python running" in lesson5
    assert 'class="otpt-banner"' not in (folder / "02_classify_activities.html").read_text(encoding="utf-8")
    booth = (folder / "booth" / "booth.html").read_text(encoding="utf-8")
    assert "otpt.Booth.for_page" not in booth  # code hidden, as otpt present hides it
    data = json.loads(re.search(r"<script[^>]*otpt-answer-data[^>]*>(.*?)</script>", booth, re.S)[1])
    assert data["kind"] == "booth" and len(data["rounds"][0]["cards"]) == 5


def test_otpt_site_writes_the_site_and_says_where(tmp_path, capsys, monkeypatch):
    import otpt.site.pages

    monkeypatch.setattr(otpt.site.pages, "lesson_files", lambda: ["booth/booth.ipynb"])
    folder = tmp_path / "web site"
    assert main(["site", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"Wrote 1 page and index.html to {folder} (1 answerable without Python)." in out
    assert (folder / "booth" / "booth.html").is_file() and (folder / "index.html").is_file()
