"""`build_site`: every lesson and the booth as static HTML pages that work offline.

Each page is the saved notebook as nbconvert's ``lab`` template draws it - its outputs,
figures and alt texts as saved - with the saved widgets drawn from their saved state by
the widget renderer in the site's own ``_static`` folder (nothing is fetched from the
internet). The booth and each ``otpt.ClassifyQuiz(...)`` with literal arguments are
replaced by their answerable static form (`otpt.site.answerable`); a page with other
widgets carries a banner saying they need Python and how to open the lesson live.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..io.lessons import lesson_files
from ..io.paths import user_path
from ..io.resources import lessons_path
from .answerable import answerable_html, booth_data, quiz_data, quiz_in_cell

__all__ = ["SitePage", "build_site"]

HERE = Path(__file__).parent
BOOTH_TITLE = "Outreach booth: OT or PT, who helps with what?"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
LIVE = (
    "Open it live to use them: install otpt with its lab extras from a copy of otpt "
    '(<code>python -m pip install "./otpt[lab]"</code>, as its README says), then '
    "<code>otpt lab</code> (or <code>otpt present</code> for the booth)."
)


@dataclass
class SitePage:
    """One page of the site: its file (relative to the site), title, and what it can do."""

    file: str
    title: str
    answerable: int  # quizzes or booths answerable on the page
    live_only: int  # widgets that need a kernel to act


def _title(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _widget_models(nb) -> dict:
    return nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})


def _make_answerable(nb) -> tuple[int, int]:
    """Replace the booth's and each literal quiz's saved view with its answerable form;
    (answerable, live-only widget views left)."""
    models = _widget_models(nb)
    answerable = live_only = 0
    booth = None
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view is None:
                continue
            state = models.get(view.get("model_id"), {}).get("state", {})
            data = None
            if "otpt-booth" in state.get("_dom_classes", ()):
                booth = booth or booth_data()
                data = booth
            else:
                quiz = quiz_in_cell(cell.source)
                data = quiz_data(quiz) if quiz is not None else None
            if data is None:
                live_only += 1
                continue
            output["data"] = {"text/html": answerable_html(data)}
            answerable += 1
    return answerable, live_only


def _link_pages(nb, lessons: set[str]) -> None:
    """Links between lessons (``](03_where_goals_overlap.ipynb)``) point at their pages."""

    def page(match: re.Match) -> str:
        name = match[2] + (".html" if f"{match[2]}.ipynb" in lessons else ".ipynb")
        return match[1] + name + match[3]

    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = _LESSON_LINK.sub(page, cell.source)


_LESSON_LINK = re.compile(r"(\]\(|href=\")([\w./-]+)\.ipynb([)#\"])")


def _banner(page: SitePage) -> str:
    if page.file == "booth/booth.html" or not page.live_only:
        return ""
    works = (
        (
            f"The {'quizzes' if page.answerable > 1 else 'quiz'} on this page "
            f"{'work' if page.answerable > 1 else 'works'} here. "
        )
        if page.answerable
        else ""
    )
    return (
        '<aside class="otpt-banner" role="note" aria-label="About this page">'
        "<p><b>A saved copy of the lesson.</b> Its text, tables and figures are as saved. "
        f"{works}The other controls on this page need Python running to act. {LIVE}</p></aside>"
    )


def _nav(depth: int) -> str:
    up = "../" * depth
    return f'<nav class="otpt-nav" aria-label="Site"><a href="{up}index.html">All lessons</a></nav>'


def _nbconvert():
    """nbformat and nbconvert's HTMLExporter, or a RuntimeError saying what to install."""
    try:
        import nbformat
        from nbconvert import HTMLExporter
    except ImportError as err:  # the lab extras are not installed
        raise RuntimeError("otpt site needs nbconvert: install otpt with its lab extras (README)") from err
    return nbformat, HTMLExporter


def _exporter(exclude_input: bool):
    exporter = _nbconvert()[1](template_name="otpt", extra_template_basedirs=[str(HERE / "templates")])
    exporter.exclude_input = exclude_input
    exporter.exclude_input_prompt = exporter.exclude_output_prompt = exclude_input
    return exporter


def _index(pages: list[SitePage]) -> str:
    items = []
    for page in pages:
        note = " - answer it here" if page.answerable else ""
        items.append(f'<li><a href="{escape(page.file)}">{escape(page.title)}</a>{note}</li>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>otpt: OT and PT lessons</title>
<style>
{_css()}</style>
</head>
<body class="otpt-index">
<main>
<h1>OT and PT: the lessons</h1>
<p>Lessons about occupational therapy (OT) and physical therapy (PT): what each does, how they differ,
and how they work together. These pages are saved copies that work without the internet; the quiz in
lesson 2 and the outreach booth can be answered here. {LIVE}</p>
<ol>
{chr(10).join(items)}
</ol>
<p class="otpt-credits">Lesson text, the activity bank and figures: CC BY 4.0; code: MIT
(<a href="_static/LICENSE-CONTENT.txt">content license</a>, <a href="_static/LICENSE.txt">code license</a>).
The scripts that draw the saved widgets and their licenses: <a href="_static/LICENSES/">_static/LICENSES</a>.</p>
</main>
</body>
</html>
"""


def _css() -> str:
    return (HERE / "static" / "otpt-site.css").read_text(encoding="utf-8")


def _copy_static(static: Path) -> None:
    if static.exists():
        shutil.rmtree(static)
    shutil.copytree(HERE / "vendor", static)
    for name in ("otpt-answer.js",):
        shutil.copy(HERE / "static" / name, static / name)
    for name in ("LICENSE", "LICENSE-CONTENT"):
        source = _license(name)
        if source is not None:
            shutil.copy(source, static / f"{name}.txt")


def _license(name: str) -> Path | None:
    """The package's own license file: in the installed metadata, or a checkout's root."""
    from importlib import metadata

    try:
        files = metadata.distribution("otpt").files or []
        found = [f for f in files if f.name == name]
        if found:
            return Path(str(found[0].locate()))
    except metadata.PackageNotFoundError:
        pass
    checkout = HERE.parents[1] / name
    return checkout if checkout.is_file() else None


def build_site(folder: str | Path, *, lessons: list[str] | None = None) -> list[SitePage]:
    """Write the lessons and the booth as a static site into ``folder``.

    Args:
        folder: where the site goes (created; pages already there are replaced).
        lessons: notebook paths relative to `otpt.lessons_path` (default: every lesson and
            ``booth/booth.ipynb``).

    Returns:
        The pages written, in index order (``index.html`` lists them).

    Raises:
        RuntimeError: when nbconvert (otpt's lab extras) is not installed.
        OSError: when the folder cannot be written.
    """
    nbformat = _nbconvert()[0]
    folder = user_path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _copy_static(folder / "_static")
    pages = []
    names = lessons or lesson_files()
    for name in names:
        nb = nbformat.read(lessons_path() / name, as_version=4)
        answerable, live_only = _make_answerable(nb)
        _link_pages(nb, set(names))
        file = str(Path(name).with_suffix(".html").as_posix())
        booth = name.startswith("booth/")
        page = SitePage(file, _title(nb, BOOTH_TITLE if booth else Path(name).stem), answerable, live_only)
        depth = file.count("/")
        body, _ = _exporter(exclude_input=booth).from_notebook_node(
            nb,
            resources={
                "metadata": {"name": page.title},
                "otpt": {"css": _css(), "banner": _banner(page), "nav": _nav(depth)},
            },
        )
        if depth:  # a page in a subfolder reaches _static one level up
            body = body.replace('"_static/', f'"{"../" * depth}_static/')
        target = folder / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
        pages.append(page)
    (folder / "index.html").write_text(_index(pages), encoding="utf-8")
    return pages
