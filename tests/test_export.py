"""Static export through kaleido and system Chromium: every chart, 1920×1080, never black."""

import contextlib
import struct

import pytest

from digital_compare.app.views import CHARTS
from digital_compare.outputs.export import export_charts
from digital_compare.tools import cli


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    progress = []
    paths = export_charts(out, "png", "th", progress=lambda i, n, cid, s: progress.append((i, n, cid)))
    return out, paths, progress


def test_every_chart_is_written_at_1920x1080(exported):
    out, paths, _ = exported
    assert sorted(p.name for p in paths) == sorted(f"{spec.id}.png" for spec in CHARTS)
    for path in paths:
        assert png_size(path.read_bytes()) == (1920, 1080), path.name


def test_progress_is_reported_per_chart(exported):
    _, _, progress = exported
    assert [(i, n) for i, n, _ in progress] == [(i, len(CHARTS)) for i in range(1, len(CHARTS) + 1)]


def test_exports_have_a_white_background_and_thai_glyphs(exported):
    from PIL import Image

    out, _, _ = exported
    image = Image.open(out / "vn_targets_2023.png").convert("RGB")
    assert image.getpixel((5, 5)) == (255, 255, 255)
    assert image.getpixel((1910, 1070)) == (255, 255, 255)
    # the Thai title is drawn as glyphs: a missing font renders boxes of one flat shape; a real
    # title row has many distinct ink columns
    title_row = image.crop((0, 10, 1200, 70)).convert("L")
    ink_columns = sum(1 for x in range(title_row.width) if min(title_row.getpixel((x, y)) for y in range(title_row.height)) < 128)
    assert ink_columns > 300


def test_svg_export(tmp_path):
    paths = export_charts(tmp_path, "svg", "en")
    text = paths[0].read_text(encoding="utf-8")
    assert text.lstrip().startswith("<svg") and "Timeline" in text


def test_missing_chromium_is_one_clear_line(tmp_path, monkeypatch, capsys):
    from digital_compare.outputs import chromium

    def missing():
        raise chromium.BrowserMissing("Chromium not found: install the Debian package 'chromium'")

    monkeypatch.setattr(chromium, "chromium_path", missing)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    assert cli.main(["export", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.strip().startswith("digital-compare: error: Chromium not found") and "Traceback" not in err


@pytest.mark.parametrize("command", [["export", "--out", "{tmp}/charts"], ["deck", "--out", "{tmp}/deck.pptx"]])
def test_chromium_that_cannot_start_is_one_clear_line(tmp_path, command):
    import os
    import subprocess
    import sys

    argv = [part.format(tmp=tmp_path) for part in command]
    result = subprocess.run([sys.executable, "-m", "digital_compare", *argv], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "BROWSER_PATH": "/bin/false"})
    assert result.returncode == 2
    assert result.stderr.strip().startswith("digital-compare: error: Chromium could not start (/bin/false)")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_every_picture_is_laid_out_at_a_16_9_size_its_rows_fit(tables):
    from digital_compare.app import layout
    from digital_compare.app.views import CHARTS
    from digital_compare.outputs.export import figures_for_export
    from digital_compare.outputs.render import LAYOUT_WIDTHS

    for sized in figures_for_export("th", tables):
        assert sized.width * 9 == sized.height * 16 and sized.width * sized.scale == 1920, sized.chart_id
        # at this width the chart's texts and rows need no more than the picture's height
        spec = next(s for s in CHARTS if s.id == sized.chart_id)
        with layout.canvas(sized.width):
            needed = spec.build(tables, "th")[1].layout.height
        assert needed <= sized.height or sized.width == LAYOUT_WIDTHS[-1], sized.chart_id


@pytest.mark.parametrize("chart_id", ["vn_red_tape_2023", "vn_other_claims"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_list_of_statements_keeps_its_spacing_on_a_taller_picture(tables, chart_id, lang):
    """On the exported picture the red-tape list drew each figure at the top of a band and its words far below
    it: the rows' pixel layout was stretched over the picture's taller plot. One unit of the hidden axis stays one
    pixel, the rows at the top."""
    from digital_compare.outputs.export import figures_for_export

    (sized,) = [f for f in figures_for_export(lang, tables) if f.chart_id == chart_id]
    fig = sized.figure
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    rows_px = max(a.y for a in fig.layout.annotations if a.yref == "y")
    assert rows_px < plot_px  # the picture is taller than the rows: the case that stretched them
    assert fig.layout.yaxis.range[0] == pytest.approx(plot_px) and fig.layout.yaxis.range[1] == 0


@pytest.fixture(scope="module")
def svg_exports(tmp_path_factory):
    out = tmp_path_factory.mktemp("svg")
    return {lang: {p.stem: p.read_text(encoding="utf-8") for p in export_charts(out / lang, "svg", lang)}
            for lang in ("th", "en")}


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("chart_id", [spec.id for spec in CHARTS])
def test_exported_svg_is_fit_for_a_slide(svg_exports, chart_id, lang):
    import re

    svg = svg_exports[lang][chart_id]
    texts = " ".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S))
    assert "…" not in texts, "a label cut short: wrap it instead"
    assert not re.search(r"\b(nan|None|NaN)\b", texts), "a missing value reached the chart"
    assert "rangeslider" not in svg, "a range slider does not survive a static export"
    sizes = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)px", svg)]
    assert sizes and min(sizes) >= 11, f"smallest type {min(sizes)} px in the 960-px layout (22 px at 1920)"


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("surface, pointer", [
    ("page", "quotes_in_sources_tab"),       # the browser's chart has a Sources tab beside it
    ("slide", "quotes_in_speaker_notes"),    # a slide's quotes are in its speaker notes
    ("picture", None),                       # an exported PNG stands alone: it points nowhere
    ("presentation", None),                  # presentation mode shows the page's drawing with no tabs beside it
])
def test_the_claims_chart_points_to_its_thai_text_where_the_surface_has_it(tables, lang, surface, pointer):
    from digital_compare.app import layout
    from digital_compare.app.i18n import t
    from digital_compare.app.views import chart_by_id
    from digital_compare.outputs.render import sized_figure

    spec = chart_by_id("vn_other_claims")
    if surface in ("page", "presentation"):
        with contextlib.nullcontext() if surface == "page" else layout.without_tabs():
            fig = spec.build(tables, lang)[1]
    else:
        df = spec.build(tables, lang)[0]
        fig = sized_figure(spec.id, lambda: spec.draw(tables, df, lang), bare=surface == "slide").figure
    shown = fig.layout.title.subtitle.text.replace("<br>", "")  # wrapped: compared without its breaks
    pointers = {t(key, lang).replace(" ", "") for key in ("quotes_in_sources_tab", "quotes_in_speaker_notes")}
    found = {p for p in pointers if p in shown.replace(" ", "")}
    assert found == ({t(pointer, lang).replace(" ", "")} if pointer else set()), (surface, shown)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_exported_keywords_are_one_line_each_and_panel_titles_clear_the_subtitle(tables, lang):
    from digital_compare.app import charts, layout
    from digital_compare.app.views import chart_by_id
    from digital_compare.outputs.render import sized_figure

    spec = chart_by_id("compare_keywords")
    sized = sized_figure(spec.id, lambda: spec.build(tables, lang)[1])
    labels = [label for trace in sized.figure.data for label in trace.y]
    # two-line labels in 15 rows of a 1080-px picture ran each English gloss into the next row's Thai word
    assert labels and not [label for label in labels if "<br>" in label]
    if lang == "en":
        assert any("(" in label for label in labels)  # the gloss is kept, beside its word
    # in the browser the gloss stands under its word: a phone's column has no room beside the plot
    browser = spec.build(tables, lang)[1]
    assert any("<br>" in label for trace in browser.data for label in trace.y) == (lang == "en")
    for chart_id in ("compare_keywords", "vn_rankings"):
        # the first panel's title stands on the plot's top edge (the top margin): the title and subtitle
        # blocks above it, as drawn at the picture's width, leave it a line of its own
        spec = chart_by_id(chart_id)
        drawn = sized_figure(spec.id, lambda: spec.build(tables, lang)[1])
        fig = drawn.figure
        title, subtitle = fig.layout.title.text.replace("<b>", "").replace("</b>", ""), fig.layout.title.subtitle.text
        raised = 16 if layout.line_count(title) > 1 else 0
        texts_above = (2 * layout.PAD_PX + raised + layout.block_height(title, layout.TITLE_PX)
                       + layout.block_height(subtitle, layout.SUBTITLE_PX))
        assert fig.layout.margin.t - texts_above >= layout.block_height("x", layout.LABEL_PX), chart_id
