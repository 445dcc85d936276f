"""The HTML views in a real browser (Debian chromium via Playwright), offline.

Each view must load with no request leaving file://, no console error, draw exactly the nodes the
view meant to draw and be still within 5 s. Screenshots go to test-artifacts/ for a human to look at.
A graph whose labels and evidence carry script payloads must run none of them.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.views import view as kv
from test_view import PAYLOADS, page_data, write_fixture_graph

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=True)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
STABLE_MS = 5000


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Loaded:
    """An open view and what happened while it loaded."""

    page: object
    drawn: int
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def open_view(browser: object, path: Path, shot: str) -> Iterator[Loaded]:
    """Load ``path`` with every non-file request aborted and counted; wait until the network is still."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    loaded = Loaded(page, -1)

    def route(r: object) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            loaded.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: loaded.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: loaded.errors.append(str(e)))
    page.on("requestfailed", lambda r: loaded.blocked.append(r.url))
    page.on("dialog", lambda d: (loaded.dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_selector('#graph[data-stable="true"]', state="attached", timeout=STABLE_MS)
    loaded.drawn = page.evaluate("network.body.data.nodes.length")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"view-{shot}.png"))
    try:
        yield loaded
    finally:
        context.close()


def check(loaded: Loaded, expected: int) -> None:
    assert loaded.errors == [] and loaded.blocked == [] and loaded.dialogs == []
    assert loaded.drawn == expected
    assert loaded.page.get_attribute("#graph", "data-node-count") == str(expected)
    assert loaded.page.evaluate("network.physics.options.enabled") is False  # still: physics done or never on


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples built by the real pipeline (kg build writes graph.html itself)."""
    from kg.build.builder import build

    out = tmp_path_factory.mktemp("samples")
    report = build([], out_dir=out, store=False)
    assert not report.failed and (out / "graph.html").is_file()
    return out


@pytest.fixture(scope="module")
def fixture_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_fixture_graph(tmp_path_factory.mktemp("fixture"))


def test_samples_default_view(browser: object, samples: Path) -> None:
    with open_view(browser, samples / "graph.html", "samples") as loaded:
        check(loaded, len(kv.build_view(samples).nodes))
        assert loaded.drawn > 20


@pytest.mark.parametrize("options", [{"doc": "000"}, {"inspection": ""}], ids=["doc", "inspections"])
def test_samples_views(browser: object, samples: Path, options: dict[str, str]) -> None:
    path = kv.write_view(samples, **options)
    with open_view(browser, path, "samples-" + next(iter(options))) as loaded:
        check(loaded, len(kv.build_view(samples, **options).nodes))


@pytest.mark.parametrize("options", [{"focus": "乔树军", "depth": 2}, {"doc": "001"}, {"inspection": "第四巡察组"}],
                         ids=["focus", "doc", "inspection"])
def test_fixture_views(browser: object, fixture_graph: Path, options: dict[str, object]) -> None:
    path = kv.write_view(fixture_graph, **options)
    with open_view(browser, path, "fixture-" + next(iter(options))) as loaded:
        check(loaded, len(kv.build_view(fixture_graph, **options).nodes))


def test_big_view_is_precomputed_and_still(browser: object, tmp_path: Path) -> None:
    outdir = write_fixture_graph(tmp_path, extra_issues=120)  # ~390 nodes in document 000
    view = kv.build_view(outdir, doc="000")
    assert len(view.nodes) > kv.LAYOUT_LIMIT and view.positions
    with open_view(browser, kv.write_view(outdir, doc="000"), "big") as loaded:
        check(loaded, len(view.nodes))
        drawn = loaded.page.evaluate("network.getPositions()")
        # Drawn where Python put them (vis-network reports whole pixels).
        assert all(abs(drawn[n.id]["x"] - x) <= 1 and abs(drawn[n.id]["y"] - y) <= 1
                   for n in view.nodes for x, y in [view.positions[n.id]])


def test_click_search_and_class_filters(browser: object, fixture_graph: Path) -> None:
    with open_view(browser, kv.write_view(fixture_graph), "interactions") as loaded:
        page = loaded.page
        ids = page.evaluate("Object.fromEntries(network.body.data.nodes.get().map(n => [n.full, n.id]))")
        team, member, far = ids["张家口市委第四巡察组"], ids["乔树军"], ids["赵凤民"]
        colour = "id => network.body.data.nodes.get(id).color.background"
        box = page.locator("#graph").bounding_box()
        # A click on a node keeps it and its neighbours in colour and fades the rest; a click on empty canvas clears.
        at = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", member)
        page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
        assert page.evaluate("network.getSelectedNodes()") == [member]
        assert page.evaluate(colour, team) == kv.KIND["team"].color
        assert page.evaluate(colour, far) == "#eeeeee"
        page.mouse.click(box["x"] + 5, box["y"] + 5)
        assert page.evaluate(colour, far) == kv.KIND["person"].color
        # Search by an alias selects and highlights the node.
        page.fill("#search", "市委第四巡察组")
        page.press("#search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == [team]
        assert page.evaluate(colour, member) == kv.KIND["person"].color
        assert page.evaluate(colour, far) == "#eeeeee"
        # Unticking a class hides its nodes; ticking shows them again.
        page.uncheck('input[data-kind="measure"]')
        hidden = "network.body.data.nodes.get().filter(n => n.hidden).length"
        assert page.evaluate(hidden) == 6
        page.check('input[data-kind="measure"]')
        assert page.evaluate(hidden) == 0
        page.fill("#search", "不存在的名字")
        page.press("#search", "Enter")
        assert page.text_content("#status") == "未找到"
        assert loaded.errors == []


def test_summary_nodes_open_their_detail_pages(browser: object, samples: Path, tmp_path: Path) -> None:
    """A summary (the threshold lowered to 1 document) draws legibly; a click on a dispatcher shows its detail
    page and command, a double click opens the page, which draws the nodes it meant to."""
    import shutil

    out = tmp_path / "big"
    shutil.copytree(samples, out)
    data = page_data(kv.write_build_view(out, 5, summary_above=1).read_text(encoding="utf-8"))
    dispatcher = next(n for n in data["nodes"] if n["kind"] == "organisation" and n.get("page"))
    detail = page_data((out / dispatcher["page"]).read_text(encoding="utf-8"))
    with open_view(browser, out / "graph.html", "summary") as loaded:
        check(loaded, len(data["nodes"]))
        page = loaded.page
        assert all(label["size"] >= 12 for label in page.evaluate("window.kgLabels"))
        assert page.locator("ul.pages a").count() == len(data["pages"])
        box = page.locator("#graph").bounding_box()
        at = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", dispatcher["id"])
        page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
        shown = page.text_content("#detail")
        assert dispatcher["page"] in shown and dispatcher["command"] in shown
        page.mouse.dblclick(box["x"] + at["x"], box["y"] + at["y"])
        page.wait_for_function(f"decodeURIComponent(location.pathname).endsWith({json.dumps(dispatcher['page'])})")
        page.wait_for_selector('#graph[data-stable="true"]', state="attached", timeout=STABLE_MS)
        assert page.evaluate("network.body.data.nodes.length") == len(detail["nodes"])
        assert page.locator("ul.pages a").get_attribute("href") == "graph.html"
        assert loaded.errors == [] and loaded.blocked == []


def test_hostile_document_runs_no_script(browser: object, tmp_path: Path) -> None:
    outdir = write_fixture_graph(tmp_path, payload="".join(PAYLOADS))
    with open_view(browser, kv.write_view(outdir), "hostile") as loaded:
        page = loaded.page
        check(loaded, len(kv.build_view(outdir).nodes))
        # Hover every node carrying a payload (its tooltip renders) and click it; search for a payload.
        hostile = page.evaluate("network.body.data.nodes.get().filter(n => n.title.textContent.includes('<script>'))"
                                ".map(n => n.id)")
        assert len(hostile) >= 3  # statements keep the payload as text; names with markup are refused (kg.graph.rdf)
        box = page.locator("#graph").bounding_box()
        for node in hostile:
            at = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node)
            page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
            page.wait_for_timeout(200)
            page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
        assert "<script>window.__pwned=1</script>" in page.text_content("div.vis-tooltip")
        page.fill("#search", "<img src=x")
        page.press("#search", "Enter")
        assert len(page.evaluate("network.getSelectedNodes()")) == 1
        page.screenshot(path=str(ARTIFACTS / "view-hostile-tooltip.png"))
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img, svg, iframe, a[href]').length") == 0
        assert loaded.dialogs == [] and loaded.errors == []


def test_hostile_file_through_kg_build(browser: object, tmp_path: Path) -> None:
    """A hostile .txt file through the whole pipeline: its title line and sentences reach the page as text."""
    from kg.build.builder import build

    source = tmp_path / "hostile.txt"
    source.write_text(f"市委第四巡察组向下花园区委反馈巡察情况{PAYLOADS[0]}{PAYLOADS[1]}\n\n"
                      f"来源:张家口市委巡察办{PAYLOADS[3]} 发布时间:2021-04-01\n\n"
                      f"近日，市委第四巡察组组长乔树军向下花园区委书记王小军反馈了巡察情况{PAYLOADS[2]}。"
                      f"王小军主持反馈会议{PAYLOADS[4]}。\n", encoding="utf-8")
    out = tmp_path / "out"
    build([source], out_dir=out, store=False)
    with open_view(browser, out / "graph.html", "hostile-build") as loaded:
        check(loaded, len(kv.build_view(out).nodes))
        tooltips = loaded.page.evaluate("network.body.data.nodes.get().map(n => n.title.textContent).join(' ')")
        assert PAYLOADS[0] in tooltips
        assert loaded.page.evaluate("typeof window.__pwned") == "undefined" and loaded.dialogs == []


# The labels view.js drew (screen pixels), every visible node's box, and whether each label's box holds
# drawn text (dark pixels on the canvas, read back at the device pixel ratio).
LAYOUT = """() => {
  const boxes = {};
  for (const n of network.body.data.nodes.get()) {
    if (n.hidden) continue;
    const bb = network.getBoundingBox(n.id);
    const tl = network.canvasToDOM({x: bb.left, y: bb.top}), br = network.canvasToDOM({x: bb.right, y: bb.bottom});
    boxes[n.id] = {x: tl.x, y: tl.y, w: br.x - tl.x, h: br.y - tl.y};
  }
  const canvas = document.querySelector('#graph canvas'), ctx = canvas.getContext('2d');
  const r = canvas.width / canvas.clientWidth;
  const inked = window.kgLabels.map(l => {
    const x = Math.max(0, Math.round(l.x * r)), y = Math.max(0, Math.round(l.y * r));
    const w = Math.min(Math.round(l.w * r), canvas.width - x), h = Math.min(Math.round(l.h * r), canvas.height - y);
    if (w <= 0 || h <= 0) return 0;
    const px = ctx.getImageData(x, y, w, h).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 200 && px[i] + px[i + 1] + px[i + 2] < 450) dark++;
    return dark;
  });
  return {labels: window.kgLabels, boxes: boxes, inked: inked};
}"""


def overlap(a: dict, b: dict, slack: float = 0.5) -> bool:
    return (a["x"] + slack < b["x"] + b["w"] and b["x"] + slack < a["x"] + a["w"]
            and a["y"] + slack < b["y"] + b["h"] and b["y"] + slack < a["y"] + a["h"])


def check_labels(page: object, *, focus: str | None = None) -> dict:
    """Every drawn label reads (12 px or more, text on the canvas), covers no other label, never its own node
    (the focus label beside the focus node, not across it), and no other node unless it had to be shown."""
    layout = page.evaluate(LAYOUT)
    labels, boxes = layout["labels"], layout["boxes"]
    nodes = [label for label in labels if label["kind"] == "node"]
    assert nodes and all(label["size"] >= 12 for label in labels)
    assert all(ink > 10 for ink in layout["inked"]), [(lb, i) for lb, i in zip(labels, layout["inked"]) if i <= 10]
    for i, a in enumerate(labels):
        assert not [b["text"] for b in labels[i + 1:] if overlap(a, b)], a["text"]
        if a["kind"] == "node":
            assert not overlap(a, boxes[a["id"]]), a["text"]
        if not a["forced"]:
            assert not [n for n, box in boxes.items() if n != a["id"] and overlap(a, box)], a["text"]
    if focus:
        assert any(label["id"] == focus for label in nodes)
    return layout


@pytest.mark.parametrize("options", [{}, {"inspection": ""}, {"doc": "003"}], ids=["whole", "inspections", "doc"])
def test_sample_labels_are_legible_and_do_not_collide(browser: object, samples: Path, options: dict[str, str]) -> None:
    view = kv.build_view(samples, **options)
    with open_view(browser, kv.write_view(samples, **options), "labels-" + (next(iter(options), "whole"))) as loaded:
        layout = check_labels(loaded.page)
        # The structure is named: every team and inspection on screen has its label at the starting zoom.
        shown = {label["id"] for label in layout["labels"]}
        main = [n.id for n in view.nodes if n.kind in ("team", "inspection") and n.id in layout["boxes"]]
        assert main and set(main) <= shown


def test_focus_and_inspection_labels_sit_beside_their_nodes(browser: object, fixture_graph: Path) -> None:
    for options in ({"focus": "乔树军", "depth": 2}, {"inspection": "第四巡察组"}):
        view = kv.build_view(fixture_graph, **options)
        with open_view(browser, kv.write_view(fixture_graph, **options), "labels-" + next(iter(options))) as loaded:
            check_labels(loaded.page, focus=view.focus[0] if len(view.focus) == 1 else None)


def test_long_labels_show_in_full_on_hover_and_zoom(browser: object, samples: Path) -> None:
    view = kv.build_view(samples, inspection="")
    long_ones = {n.id: n.label for n in view.nodes if len(n.label) > kv.STATEMENT_CHARS and n.kind == "issue"}
    with open_view(browser, kv.write_view(samples, inspection=""), "labels-hover") as loaded:
        page = loaded.page
        node = next(iter(long_ones))
        box = page.locator("#graph").bounding_box()
        page.evaluate("id => network.focus(id, {scale: 0.8})", node)
        page.wait_for_timeout(100)
        at = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node)
        page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
        page.wait_for_timeout(300)
        drawn = {label["id"]: label["text"] for label in page.evaluate("window.kgLabels")}
        assert drawn[node] == long_ones[node][:39] + ("…" if len(long_ones[node]) > 40 else long_ones[node][39:])
        check_labels(page)
        page.mouse.move(box["x"] + 2, box["y"] + 2)
        page.evaluate("network.moveTo({scale: 2.5})")  # zoomed in: room for names in full
        page.wait_for_timeout(100)
        labels = check_labels(page)["labels"]
        assert any(label["id"] in long_ones and not label["text"].endswith("…") and len(label["text"]) > kv.STATEMENT_CHARS
                   for label in labels)
        page.screenshot(path=str(ARTIFACTS / "view-labels-zoomed.png"))


def test_inline_notebook_view_fits_its_cell(browser: object, samples: Path) -> None:
    from kg.api import InlineView

    inline = InlineView(kv.render_html(kv.build_view(samples, inspection="")), 500)
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        page = context.new_page()
        page.set_content(f'<div id="cell" style="width:640px;padding:0;margin:20px">{inline._repr_html_()}</div>')
        frame_box = page.locator("iframe").bounding_box()
        cell_box = page.locator("#cell").bounding_box()
        assert frame_box["x"] >= cell_box["x"] and frame_box["x"] + frame_box["width"] <= cell_box["x"] + cell_box["width"]
        frame = page.frames[1]
        frame.wait_for_selector('#graph[data-stable="true"]', state="attached", timeout=STABLE_MS)
        assert frame.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        page.screenshot(path=str(ARTIFACTS / "view-inline.png"))
    finally:
        context.close()
