"""Pure chart builders: a prepared DataFrame in, a ``go.Figure`` out.

Every figure sets its template, fonts, title, subtitle (with the unit) and a
source line itself. Importing Streamlit swaps Plotly's default template, and
a figure that relied on the default would export with a black background.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from digital_compare.app import layout
from digital_compare.app.formatting import format_figure, format_number, year_words
from digital_compare.app.i18n import label, t

__all__ = [
    "FONT_FAMILY",
    "PALETTE",
    "chart_template",
    "figures_of",
    "compare_growth_figure",
    "count_bar_figure",
    "explorer_figure",
    "fujian_economy_figure",
    "growth_figure",
    "keywords_compare_figure",
    "rankings_figure",
    "statements_figure",
    "targets_figure",
    "tasks_figure",
    "theme_matrix_figure",
    "timeline_figure",
]

#: trace types the builders draw; the template keeps plotly_white's defaults for these only
TRACE_TYPES = ("bar", "heatmap", "indicator", "pie", "scatter")


def figures_of(df: pd.DataFrame) -> dict[str, str]:
    """The figures (from the tables) a chart's data carries for its fixed wording, ``df.attrs["figures"]``: a chart
    drawn without them fails here, never with a placeholder or a typed-in figure in its title."""
    if "figures" not in df.attrs:
        raise KeyError("the chart's data carries no story figures (views.with_story_figures)")
    return df.attrs["figures"]


@functools.cache
def chart_template(base: str = "plotly_white") -> go.layout.Template:
    """plotly_white's layout and its defaults for :data:`TRACE_TYPES`.

    Plotly copies and validates the whole template into every figure; the full
    plotly_white carries defaults for 24 trace types and cost 24 ms per figure
    against 9 ms for this one, with the same look for the traces we draw. Made on
    first use (38 ms): a dashboard drawing prebuilt figures may never need it.
    """
    full = pio.templates[base].to_plotly_json()
    return go.layout.Template(layout=full["layout"],
                              data={k: v for k, v in full["data"].items() if k in TRACE_TYPES})


#: Thai-capable fonts first (fonts-thai-tlwg ships Loma, Garuda, Waree …), then generic.
FONT_FAMILY = "Sarabun, 'Noto Sans Thai', Loma, Garuda, Waree, 'Tlwg Typo', 'DejaVu Sans', Arial, sans-serif"
#: Okabe–Ito, distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
COUNTRY_COLORS = {"CN": "#D55E00", "VN": "#0072B2"}
STATUS_COLORS = {"achieved": "#009E73", "likely": "#56B4E9", "at_risk": "#E69F00", "completed": "#009E73", "remaining": "#D9D9D9"}
SYMBOLS = ["circle", "diamond", "square", "triangle-up", "star", "hexagon", "cross", "x"]


def _lines(text: str, font_px: float) -> str:
    """Text (escaped or not) wrapped for the drawing width at ``font_px`` and escaped once; its own
    ``<br>`` breaks are kept."""
    return "<br>".join(layout.wrap_words(html.unescape(part), layout.chars_per_line(font_px))
                       for part in str(text).split("<br>"))


def plain_title(title: str) -> str:
    """A title as plain text: a chart title may carry Plotly's tags (<b>, <br>)."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", " ", str(title or "")))).strip()


def finish(fig: go.Figure, title: str, subtitle: str, source: str, *, plot_height: int, legend_rows: int = 0,
           axis_block: int = layout.AXIS_BLOCK_PX, left: int = layout.PAD_PX, notes: tuple[str, ...] = (),
           header: int = 0, pixel_axis: bool = False) -> go.Figure:
    """Shared look and the one vertical layout: title and subtitle, plot, axis, notes, legend, source.

    Every block is counted in pixels from the lines it holds, all wrapped for the narrowest
    column, so nothing meets anything at any width; the figure's height is their sum.
    ``left``: the plot's left margin (room for its tick labels); texts start at the figure's padding.
    ``notes``: lines that explain a mark (a dashed line, an axis break), set under the axis.
    ``header``: room above the plot for labels set on its top edge.
    ``pixel_axis``: the plot's hidden y axis counts pixels from its top (rows laid out in pixels); on a canvas
    taller than the rows need, the axis spans the plot's height, so the rows keep their spacing at the top
    instead of being stretched apart.
    """
    drawn = layout.current_canvas()
    bare = drawn is not None and drawn.bare
    # the title as written, for a slide's title: Thai lines joined back from the wrapped one would gain spaces
    fig.update_layout(meta={**(fig.layout.meta if isinstance(fig.layout.meta, dict) else {}), "title": plain_title(title)})
    title, subtitle = _lines(title, layout.TITLE_PX), _lines(subtitle, layout.SUBTITLE_PX)
    source = _lines(source, layout.SOURCE_PX)
    if bare:  # the slide sets title and source as its own text
        title = ""
    notes = tuple(_lines(note, layout.SUBTITLE_PX) for note in notes)
    # Plotly draws a title of two or more lines this much higher than one of one line
    raised = 16 if layout.line_count(title) > 1 else 0
    top = (2 * layout.PAD_PX + raised + (layout.block_height(title, layout.TITLE_PX) if title else 0)
           + layout.block_height(subtitle, layout.SUBTITLE_PX) + 6 + header)
    note_heights = [layout.block_height(n, layout.SUBTITLE_PX) + 2 for n in notes]
    legend_block = legend_rows * layout.LEGEND_ROW_PX + (8 if legend_rows else 0)
    source_block = layout.PAD_PX if bare else layout.block_height(source, layout.SOURCE_PX) + layout.PAD_PX
    bottom = axis_block + sum(note_heights) + legend_block + source_block
    # a canvas of fixed height gives the plot what the texts leave (at least what its marks need:
    # outputs.render picks a width at which they fit)
    height = top + plot_height + bottom if drawn is None or drawn.height is None else drawn.height
    if pixel_axis:
        fig.update_yaxes(range=[max(plot_height, height - top - bottom), 0])
    fig.update_layout(
        template=chart_template(),
        font=dict(family=FONT_FAMILY, size=14, color="#222222"),
        title=dict(text=f"<b>{title}</b>" if title else "", subtitle=dict(text=subtitle, font=dict(size=layout.SUBTITLE_PX, color="#555555")),
                   xref="container", x=0, xanchor="left", yref="container", y=1, yanchor="top",
                   pad=dict(l=layout.PAD_PX, t=layout.PAD_PX + raised), font=dict(size=layout.TITLE_PX)),
        paper_bgcolor="white",
        plot_bgcolor="white",
        height=height,
        margin=dict(l=left, r=layout.PAD_PX + 6, t=top, b=bottom, autoexpand=False),
        showlegend=legend_rows > 0,
        legend=dict(orientation="v", xref="container", x=0, xanchor="left", yref="container",
                    y=(legend_block + source_block - 4) / height, yanchor="top", font=dict(size=layout.LEGEND_PX),
                    indentation=layout.PAD_PX - 6),
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=13), align="left"),
    )
    # xshift: from the plot's left edge back to the figure's padding
    below = axis_block
    for note, note_height in zip(notes, note_heights):
        fig.add_annotation(text=note, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
                           xshift=layout.PAD_PX - left, yshift=-below, showarrow=False, align="left",
                           font=dict(size=layout.SUBTITLE_PX, color="#555555"))
        below += note_height
    if not bare:
        fig.add_annotation(
            text=source, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
            xshift=layout.PAD_PX - left, yshift=-(below + legend_block), showarrow=False,
            font=dict(size=layout.SOURCE_PX, color="#666666"), align="left",
        )
    return fig


def _stacked_labels(fig: go.Figure, texts: list[str], rows: list, gap: int) -> None:
    """Each row's label written above its mark across the plot's full width (``gap`` px above the
    row's centre), where a label beside the mark would squeeze the plot on a phone."""
    for text, row in zip(texts, rows):
        fig.add_annotation(text=text, xref="paper", x=0, xanchor="left", yref="y", y=row, yanchor="bottom",
                           yshift=gap, showarrow=False, align="left", font=dict(size=layout.LABEL_PX))


def plain(text) -> str:
    """Text from an article or a visitor, made inert for Plotly.

    Plotly reads a small HTML in every label, tick and hover text (``<a href>``,
    ``<b>``, ``<span style>``), so a pasted ``<a href="//evil">`` would become a
    live link. Escaped, it shows as typed: Plotly decodes ``&lt;``, ``&gt;`` and
    ``&amp;`` back to the characters.

    :Example:

        >>> plain('<a href="//x">2566</a> & co')
        '&lt;a href="//x"&gt;2566&lt;/a&gt; &amp; co'
    """
    return html.escape(str(text), quote=False)


def _plain_column(values) -> list[str]:
    return [plain(v) for v in values]


def _wrap(text: str, width: int = 60) -> str:
    """Hover text broken into lines and escaped (:func:`plain`): between words (Thai between the tokenizer's
    words, never inside a syllable), a word longer than a line cut only where it has to be."""
    return layout.wrap_words(str(text or ""), width)


#: a stretch of the date axis longer than this with no event is drawn as a marked gap
TIMELINE_GAP_YEARS = 5
#: a row's marker and the room between its label and the next row's
_MARK_PX = 18


def _label_lines(text: str, font_px: float = layout.LABEL_PX) -> str:
    return layout.wrap_words(text, layout.chars_per_line(font_px))


def timeline_figure(df: pd.DataFrame, lang: str, source: str, *, title: str | None = None,
                    subtitle: str | None = None) -> go.Figure:
    """One row per event, oldest on top: its full name and date written above its marker on the date axis.

    Naming each event on its own row means events of one day or one category never
    overprint, however close they are; the names stand above the markers, across the
    plot's full width, so a phone's narrow column keeps the whole width for the dates.
    A stretch of more than :data:`TIMELINE_GAP_YEARS` years without an event is cut out:
    the axis breaks there (two panels) and a note under the axis names the gap's years.
    No range slider: it does not survive a static export.

    ``df``: date_plot (datetime), category, category_label, label, date, quote, gloss_en.
    """
    df = df.sort_values("date_plot", kind="stable").reset_index(drop=True)
    shown_dates = df["date_label"] if "date_label" in df else df["date"]  # "ค.ศ. 2000" in Thai
    names = [f"{_label_lines(r.label)}<br><b>{plain(d)}</b>" for r, d in zip(df.itertuples(), shown_dates)]
    df = df.assign(row=names)
    dates = list(df["date_plot"])
    split = None
    for before, after in zip(dates, dates[1:]):
        if (after - before).days > 365 * TIMELINE_GAP_YEARS:
            split = (before, after)
            break
    panels = [df] if split is None else [df[df["date_plot"] <= split[0]], df[df["date_plot"] >= split[1]]]
    # the first panel holds the lone early events: wide enough for its year on the narrowest phone (100 px on a
    # 320 px screen; at 0.36 it was 97)
    widths = [1.0] if split is None else [0.4, 0.6]
    fig = make_subplots(rows=1, cols=len(panels), shared_yaxes=True, column_widths=widths, horizontal_spacing=0.04)
    categories = list(dict.fromkeys(df["category"]))
    for col, part in enumerate(panels, start=1):
        for category, group in part.groupby("category", sort=False):
            i = categories.index(category)
            hover = [
                f"<b>{_wrap(row.label, 50)}</b><br>{plain(getattr(row, 'date_label', row.date))}<br><br>{_wrap(row.quote)}"
                # the English gloss only on an English page: a Thai page reads the Thai quote
                + (f"<br><i>{_wrap(row.gloss_en)}</i>" if lang == "en" and isinstance(row.gloss_en, str) and row.gloss_en else "")
                for row in group.itertuples()
            ]
            fig.add_trace(go.Scatter(
                x=group["date_plot"], y=group["row"], mode="markers", name=plain(group["category_label"].iloc[0]),
                legendgroup=category, showlegend=col == 1 or category not in set(panels[0]["category"]),
                marker=dict(size=_MARK_PX, color=PALETTE[i % len(PALETTE)], symbol=SYMBOLS[i % len(SYMBOLS)],
                            line=dict(width=1, color="white")),
                hovertext=hover, hoverinfo="text", cliponaxis=False,
            ), row=1, col=col)
        if len(part):
            pad = pd.DateOffset(months=8)
            first, last = part["date_plot"].min() - pad, part["date_plot"].max() + pad
            if col < len(panels):  # before the break: no tick of a year the note says has no event ("2001 // 2018")
                last = min(last, pd.Timestamp(year=part["date_plot"].max().year, month=12, day=31))
            years = max(1, (last - first).days // 365)
            # at most four year ticks a panel: four fit the phone's narrowest panel
            fig.update_xaxes(range=[first, last], dtick=f"M{12 * -(-years // 4)}", row=1, col=col)
        fig.update_xaxes(type="date", showgrid=True, gridcolor="#EEEEEE", tickformat="%Y", row=1, col=col)
    tallest = max(layout.block_height(name, layout.LABEL_PX) for name in names)
    # each name stands above its row's centre, between its marker and the marker of the row before
    band = tallest + _MARK_PX + 14
    above = (tallest + _MARK_PX) / band  # the first name's room above the top row, in rows
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=names[::-1], showticklabels=False,
                     showgrid=False, range=[-0.4, len(names) - 1 + above])
    _stacked_labels(fig, names, names, _MARK_PX // 2 + 2)
    fig.update_xaxes(title_text=t("axis_date", lang), row=1, col=len(panels))
    notes = ()
    if split is not None:
        gap = f"{split[0].year + 1}–{split[1].year - 1}"
        notes = (f"// {t('timeline_gap', lang, years=gap)} //",)
        # the break drawn where the axis is cut, between the panels, as the note under the axis marks it
        middle = (fig.layout.xaxis.domain[1] + fig.layout.xaxis2.domain[0]) / 2
        fig.add_annotation(text="//", xref="paper", x=middle, xanchor="center", yref="paper", y=0, yanchor="bottom",
                           showarrow=False, font=dict(size=layout.SUBTITLE_PX, color="#555555"))
    return finish(fig, title or t("timeline_title", lang), subtitle or t("timeline_subtitle", lang), source,
                  plot_height=round(band * (len(names) - 0.6 + above)), legend_rows=len(categories), notes=notes)


#: a note under a statement (7.5:1 on white)
NOTE_GREY = "#555555"


def statements_figure(df: pd.DataFrame, lang: str, source: str, *, title: str, subtitle: str,
                      color: str = PALETTE[0]) -> go.Figure:
    """Figures that are better read than plotted: each row a short figure and, under it, what the text says of it.

    Stacked rather than side by side: a label beside its figure was cut and overprinted in a
    half-width column. ``df``: figure (e.g. "≈ 2,500", "528 and 1,086"), label, and optionally note.
    """
    fig = go.Figure()
    figure_px = 20
    y = 0
    for i, row in enumerate(df.itertuples()):
        if i:
            fig.add_shape(type="line", x0=0, x1=1, y0=y + 6, y1=y + 6, xref="paper", yref="y",
                          line=dict(color="#DDDDDD", width=1))
            y += 14
        fig.add_annotation(text=f"<b>{plain(row.figure)}</b>", x=0.0, y=y, xref="paper", yref="y", xanchor="left",
                           yanchor="top", showarrow=False, font=dict(size=figure_px, color=color))
        y += layout.block_height("x", figure_px) + 4
        note = getattr(row, "note", None)
        text = _label_lines(row.label)
        if isinstance(note, str) and note:
            # Thai has no italic: a slanted Thai note looked broken, so in Thai a note is set apart in grey
            lines_of_note = _label_lines(note, 13)
            text += (f"<br><i>{lines_of_note}</i>" if lang == "en"
                     else f"<br><span style=\"color:{NOTE_GREY}\">{lines_of_note}</span>")
        lines = layout.block_height(text, layout.LABEL_PX)
        fig.add_annotation(text=text, x=0.0, y=y, xref="paper", yref="y", xanchor="left", yanchor="top",
                           showarrow=False, align="left", font=dict(size=layout.LABEL_PX))
        y += lines + 8
    # one unit of the hidden axis is one pixel of the plot: the rows are laid out in pixels
    fig.update_xaxes(visible=False, range=[0, 1])
    fig.update_yaxes(visible=False, range=[y, 0])
    return finish(fig, title, subtitle, source, plot_height=y, axis_block=8, pixel_axis=True)


def fujian_economy_figure(df: pd.DataFrame, lang: str, source: str, note: str | None = None) -> go.Figure:
    """Three headline indicators. ``df``: label, display_value, prefix, suffix. ``note``: a line under
    them (their scope, year and source), laid out with the rest."""
    fig = go.Figure()
    n = max(len(df), 1)
    for i, row in enumerate(df.itertuples()):
        fig.add_trace(go.Indicator(
            mode="number", value=row.display_value,
            # no fixed number size: Plotly fits each number to its third of the width, which
            # at 54 px overlapped its neighbours on a 390 px phone
            number=dict(prefix=row.prefix, suffix=row.suffix, font=dict(color=COUNTRY_COLORS["CN"]),
                        valueformat=",.1f" if not float(row.display_value).is_integer() else ",d"),
            # a third of the phone's column (about 95 px) less a gap, so two titles never run together
            title=dict(text=layout.wrap_words(row.label, layout.chars_per_line(13, 76)), font=dict(size=13)),
            domain=dict(x=[i / n + 0.02, (i + 1) / n - 0.02], y=[0.0, 0.5]),
        ))
    return finish(fig, t("fujian_title", lang, **figures_of(df)), t("fujian_subtitle", lang), source, plot_height=210, axis_block=8,
                  notes=(note,) if note else ())


#: a horizontal bar's thickness, in rows
_BAR_WIDTH = 0.3


def _bar_rows(fig: go.Figure, labels: list[str], axis_title: str) -> tuple[list[int], int]:
    """Horizontal bars with their labels above them: (each bar's row, the plot's height in px).

    Each label stands on its bar's top edge, not at a distance from its centre: a slide stretches the rows, and
    with them the bars, which then ran into labels set for a card's rows."""
    tallest = max([layout.block_height(text, layout.LABEL_PX) for text in labels] or [20])
    band = tallest + 34
    above = (tallest + 16) / band  # the first label's room above the top bar, in rows
    rows = list(range(len(labels)))
    fig.update_yaxes(showticklabels=False, showgrid=False, range=[len(labels) - 0.5, -above])
    fig.update_xaxes(title_text=axis_title, rangemode="tozero", showgrid=True, gridcolor="#EEEEEE", nticks=5)
    _stacked_labels(fig, labels, [row - _BAR_WIDTH / 2 for row in rows], 4)
    return rows, round(band * (len(labels) - 0.5 + above))


def count_bar_figure(df: pd.DataFrame, lang: str, source: str, *, title: str, subtitle: str,
                     axis_title: str, color: str = PALETTE[0], hover_col: str | None = None) -> go.Figure:
    """Horizontal bars, each named above itself. ``df``: label, value, text (shown after the bar)."""
    hover = df[hover_col].map(lambda s: _wrap(s, 70)) if hover_col else None
    fig = go.Figure()
    labels = [_label_lines(v) for v in df["label"]]
    rows, height = _bar_rows(fig, labels, axis_title)
    fig.add_trace(go.Bar(
        x=df["value"], y=rows, orientation="h", marker_color=color, text=_plain_column(df["text"]), width=_BAR_WIDTH,
        textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text" if hover_col else "x",
    ))
    fig.update_xaxes(range=[0, float(df["value"].max()) * 1.25 if len(df) else 1])
    return finish(fig, title, subtitle, source, plot_height=height)


def targets_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Donut of targets by status. ``df``: status, label, count, share_reported, share_computed."""
    total = int(df["count"].sum())
    text = [
        f"{row.count}<br>{format_number(row.share_reported)} %" if pd.notna(row.share_reported) else str(row.count)
        for row in df.itertuples()
    ]
    hover = [
        f"<b>{row.label}</b><br>{row.count} / {total}<br>"
        + ("reported" if lang == "en" else "รายงาน") + f": {format_number(row.share_reported)} %<br>"
        + ("computed" if lang == "en" else "คำนวณ") + f": {format_number(row.share_computed)} %"
        for row in df.itertuples()
    ]
    # legend entries wrapped beside their swatch (40 px)
    names = [layout.wrap_words(v, layout.chars_per_line(layout.LEGEND_PX, layout.text_width() - 40)) for v in df["label"]]
    fig = go.Figure(go.Pie(
        labels=names, values=df["count"], hole=0.55, sort=False, direction="clockwise",
        marker=dict(colors=[STATUS_COLORS.get(s, PALETTE[0]) for s in df["status"]], line=dict(color="white", width=2)),
        text=text, textinfo="text", textposition="inside", textfont=dict(size=15), hovertext=hover, hoverinfo="text",
    ))
    fig.add_annotation(text=f"<b>{total}</b><br>{t('targets_center', lang)}", x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font=dict(size=16))
    return finish(fig, t("targets_title", lang, **figures_of(df)), t("targets_subtitle", lang), source, plot_height=280,
                  legend_rows=sum(layout.line_count(v) for v in names), axis_block=8)


def tasks_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """One stacked bar: completed vs not completed. ``df``: status, label, count, total, share."""
    fig = go.Figure()
    for row in df.itertuples():
        fig.add_trace(go.Bar(
            x=[row.count], y=[t("axis_tasks", lang)], orientation="h", name=row.label,
            marker_color=STATUS_COLORS.get(row.status, PALETTE[0]),
            text=f"{row.count} ({format_number(row.share)} %)", textposition="inside", insidetextanchor="middle", textangle=0,
            textfont=dict(size=16, color="black"),
            hovertemplate=f"{row.label}: {row.count} / {row.total}<extra></extra>",
        ))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title_text=t("axis_tasks", lang), range=[0, float(df["total"].max())], showgrid=True,
                     gridcolor="#EEEEEE", nticks=5)
    fig.update_yaxes(showticklabels=False)
    fig = finish(fig, t("tasks_title", lang, **figures_of(df)), t("tasks_subtitle", lang), source, plot_height=80,
                 legend_rows=len(df))
    # Plotly lists a stack's legend last trace first: "not completed" above "completed", the bar's reverse
    fig.update_layout(legend_traceorder="normal")
    return fig


#: room a y axis needs for its tick numbers and title
_Y_AXIS_PX = 64
#: room above a stack of panels for the first panel's title, which Plotly sets on the plot's top edge:
#: without it the subtitle's last line touched «อันดับดัชนีนวัตกรรมโลก (GII)»
_PANEL_TITLE_PX = layout.block_height("x", layout.LABEL_PX)


def _skips_a_year(series_years, axis_years: list[str]) -> bool:
    """Whether consecutive points of a series stand more than one place apart on the year axis."""
    places = sorted(axis_years.index(str(y)) for y in series_years)
    return any(b - a > 1 for a, b in zip(places, places[1:]))


def rankings_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """GII rank (reversed axis) and UPU level by year, one above the other (side by side, a phone
    left each 120 px). ``df``: series, year, value, label, derived."""
    panel = 170
    # the level's scale as the text gives it ("ระดับ 6/10"), and the rank axis around the ranks drawn
    scale_unit = df[df["series"] == "upu"].sort_values("year")["unit"].iloc[-1]  # the stated level's, not the derived
    scale = float(scale_unit.lstrip("/"))
    ranks = df.loc[df["series"] == "gii", "value"].astype(float)
    fig = make_subplots(rows=2, cols=1, subplot_titles=(t("label_gii", lang), t("label_upu", lang)),
                        vertical_spacing=90 / (2 * panel + 90))
    # one year axis for both panels: GII 2022 no longer stands above UPU 2021
    years = sorted({str(y) for y in df["year"]})
    for row_index, series, color in ((1, "gii", PALETTE[0]), (2, "upu", PALETTE[2])):
        part = df[df["series"] == series].sort_values("year")
        # a rank as the page's language writes it: "#46" in English, "อันดับ 46" in Thai (as on the overview)
        rank_prefix = "#" if lang == "en" else "อันดับ "
        text = [(rank_prefix if series == "gii" else "") + format_number(v) + (scale_unit if series == "upu" else "") for v in part["value"]]
        fig.add_trace(go.Scatter(
            x=part["year"].astype(str), y=part["value"], mode="lines+markers+text", text=text,
            # a label at either end of the axis leans inwards: centred, "อันดับ 48" ran over the axis's numbers
            # on a phone; one between stands under its point, clear of the inward-leaning label beside it
            textposition=["top right" if year == years[0] else "top left" if year == years[-1] else "bottom center"
                          for year in part["year"].astype(str)],
            marker=dict(size=13, color=color, symbol=["circle-open" if d else "circle" for d in part["derived"]]),
            # two assessments with a year between them on the shared axis (UPU 2021 and 2023, none in 2022): a dotted
            # connector, not a solid line that reads as a level for the year it crosses
            line=dict(color=color, width=3, dash="dot" if _skips_a_year(part["year"], years) else "solid"),
            name=t("label_gii" if series == "gii" else "label_upu", lang),
            hovertext=_plain_column(part["label"]), hoverinfo="text+y", cliponaxis=False,
        ), row=row_index, col=1)
    fig.update_yaxes(title_text=t("axis_rank", lang), autorange=False, range=[ranks.max() + 8, ranks.min() - 8], nticks=4, row=1, col=1)
    fig.update_yaxes(title_text=t("axis_level", lang, scale=format_number(scale)), range=[0, scale * 1.08], nticks=4, row=2, col=1)
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=years, range=[-0.5, len(years) - 0.5])
    fig.update_xaxes(title_text=t("axis_year", lang), row=2, col=1)
    for annotation in fig.layout.annotations:  # the panels' titles, left over their plots
        annotation.update(x=0, xanchor="left", font=dict(size=layout.LABEL_PX))
    return finish(fig, t("rankings_title", lang), t("rankings_subtitle", lang, scale=format_number(scale)), source, plot_height=2 * panel + 90,
                  left=_Y_AXIS_PX, header=_PANEL_TITLE_PX)


def growth_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Yearly growth bars, and under them the rate stated with no year. ``df``: series (yearly|annual), year, value, note."""
    yearly = df[df["series"] == "yearly"].sort_values("year")
    fig = go.Figure(go.Bar(
        x=yearly["year"].astype(str), y=yearly["value"], marker_color=COUNTRY_COLORS["VN"],
        text=[f"{format_number(v)} %" for v in yearly["value"]], textposition="inside", insidetextanchor="end",
        textfont=dict(color="white", size=16), hovertext=_plain_column(yearly["note"]), hoverinfo="text+y", name=t("label_vietnam", lang),
    ))
    annual = df[df["series"] == "annual"]
    notes = ()
    if not annual.empty:
        row = annual.iloc[0]
        # the text ties "about 20 % a year" to no year: a line across the year axis read as the level of the
        # years it crossed (or their average), so it is listed under the axis, as /explore lists undated figures
        stated = format_figure(float(row["value"]), "%", row["qualifier"], lang)
        notes = (f"{t('label_annual_growth', lang, vn_annual_growth=stated)} ({t('year_status_not_given', lang)}) · {row['note']}",)
    fig.update_yaxes(title_text=t("axis_percent", lang), rangemode="tozero", range=[0, float(yearly["value"].max()) * 1.25],
                     nticks=5)
    fig.update_xaxes(title_text=t("axis_year", lang), type="category")
    return finish(fig, t("growth_title", lang), t("growth_subtitle", lang, **figures_of(df)), source, plot_height=230, left=_Y_AXIS_PX,
                  notes=notes)


def compare_growth_figure(df: pd.DataFrame, lang: str, source: str, *, title: str | None = None,
                          subtitle: str | None = None, axis_title: str | None = None) -> go.Figure:
    """Percentages one bar a row, each named above itself, one colour per place.
    ``df``: country, place, label, value, scope_label."""
    fig = go.Figure()
    labels = [_label_lines(v) for v in df["label"]]
    rows, height = _bar_rows(fig, labels, axis_title or t("axis_percent", lang))
    position = 0
    for i, (place, group) in enumerate(df.groupby("place", sort=False)):
        country = group["country"].iloc[0]
        shade = COUNTRY_COLORS.get(country, PALETTE[4]) if i < 2 else PALETTE[(i + 2) % len(PALETTE)]
        fig.add_trace(go.Bar(
            x=group["value"], y=rows[position:position + len(group)], orientation="h", name=plain(place),
            marker_color=shade, width=_BAR_WIDTH,
            # the figure as the text gives it ("more than 45 %"), and the whole claim on hover
            text=_plain_column(group["text"]) if "text" in group else [f"{format_number(v)} %" for v in group["value"]],
            textposition="outside", cliponaxis=False,
            hovertext=[layout.wrap_words(h, 70) for h in (group["statement"] if "statement" in group else group["scope_label"])],
            hoverinfo="text",
        ))
        position += len(group)
    # room right of the longest bar for its words ("more than 45 %") in a phone's 300 px plot
    longest = max([layout.visible_length(str(v)) for v in (df["text"] if "text" in df else [])] or [6])
    fig.update_xaxes(range=[0, float(df["value"].max()) / max(0.3, 1 - 0.025 * longest)])
    return finish(fig, title or t("compare_growth_title", lang), subtitle or t("compare_growth_subtitle", lang, **figures_of(df)),
                  source, plot_height=height)


def point_label_positions(df: pd.DataFrame, reversed_axis: bool = False) -> dict:
    """Where each labelled point's words go (by row index): above it, unless another labelled point shares its
    year: then the upper one's above and the lower one's below ("about 4.9 %" and "about 4.4 %" in one year were
    drawn over each other), any between them beside it, on the side away from the chart's edge. A second point
    of one subject with the same words at the same place (a headline's figure and its body's) gets none ("");
    unlabelled points are left out."""
    if "point_label" not in df or df.empty:  # a variable with no figure drawn (none dated) has no columns to group by
        return {}
    labelled = df[df["point_label"].map(lambda v: isinstance(v, str) and bool(v))]
    repeated = labelled.duplicated(subset=[c for c in ("subject_label", "year", "value", "point_label") if c in labelled])
    positions = dict.fromkeys(labelled.index[repeated], "")
    labelled = labelled[~repeated]
    last_year = df["year"].max()
    for year, same in labelled.groupby("year"):
        # drawn top to bottom: the largest value first, or the smallest where the axis is reversed (rank 1 on top)
        order = list(same.sort_values("value", ascending=reversed_axis).index)
        beside = "middle left" if year == last_year and len(df["year"].unique()) > 1 else "middle right"
        for rank, index in enumerate(order):
            positions[index] = "top center" if rank == 0 else "bottom center" if rank == len(order) - 1 else beside
    return positions


def explorer_figure(df: pd.DataFrame, lang: str, source: str, *, title: str, subtitle: str,
                    axis_title: str | None = None, whole_numbers: bool = False, reversed_axis: bool = False,
                    scale: float | None = None) -> go.Figure:
    """One indicator, subject by year: actual figures filled and joined, targets and forecasts hollow,
    automatic labels smaller and paler than curated ones. ``df``: subject_label, year, value, status,
    source, confidence, figure, quote. ``whole_numbers``: the values are ranks or counts, ticked at
    whole numbers only (never "46.5" or "0.5 places"). ``reversed_axis``: rank 1 at the top, the axis
    spanning the values only (not from 0). ``scale``: the values are levels out of it ("6/10"), drawn on its
    whole axis, as /vietnam draws them, where every value lies on it."""
    fig = go.Figure()
    subjects = 0
    positions = point_label_positions(df, reversed_axis)
    for i, (name, group) in enumerate(df.groupby("subject_label", sort=True)):
        subjects += 1
        color = PALETTE[i % len(PALETTE)]
        group = group.sort_values("year")
        actual = group[group["status"] == "actual"]
        if len(actual) > 1:
            fig.add_trace(go.Scatter(x=actual["year"], y=actual["value"], mode="lines", line=dict(color=color, width=2),
                                     legendgroup=name, showlegend=False, hoverinfo="skip"))
        # the status once: a statement already names a target, a proposal or the change a figure is derived from
        hover = [
            f"<b>{plain(r.subject_label)} · {year_words(r.year, lang)}</b><br>{plain(r.figure)}{_status_words(r, lang)}<br>"
            f"{plain(label('source', r.source, lang))} ({t('explore_confidence', lang, value=f'{r.confidence:.2f}')})<br><br>{_wrap(r.quote)}"
            for r in group.itertuples()
        ]
        point_labels = ([plain(v) if isinstance(v, str) and positions.get(row) != "" else ""
                         for row, v in zip(group.index, group["point_label"])] if "point_label" in group else [])
        # a figure computed from a stated change (rank 48 from "up 2 places") is hollow, as on /vietnam
        symbols = ["circle" if s == "actual" and m != "derived" else "circle-open"
                   for s, m in zip(group["status"], group["method"] if "method" in group else [None] * len(group))]
        # the legend's marker is the subject's reported (filled) style wherever it has a reported point: Plotly
        # lends the legend the first point's, and a hollow derived 2022 rank made the series read as derived
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=plain(name), legendgroup=name, hoverinfo="skip",
                                 marker=dict(color=color, size=15, symbol=["circle" if "circle" in symbols else "circle-open"],
                                             line=dict(width=2, color=color))))
        fig.add_trace(go.Scatter(
            x=group["year"], y=group["value"], mode="markers+text" if any(point_labels) else "markers",
            text=point_labels or None, textposition=[positions.get(row) or "top center" for row in group.index],
            name=plain(name), legendgroup=name, showlegend=False,
            marker=dict(color=color, size=[15 if s != "auto" else 11 for s in group["source"]],
                        opacity=[1.0 if s != "auto" else 0.7 for s in group["source"]],
                        symbol=symbols,
                        line=dict(width=2, color=color)),
            hovertext=hover, hoverinfo="text", cliponaxis=False,
        ))
    years = df["year"].dropna()
    # half a year either side: the first year's tick clear of the value axis's zero
    span = [float(years.min()) - 0.6, float(years.max()) + 0.6] if len(years) else None
    fig.update_xaxes(title_text=t("axis_year", lang), dtick=1 if len(years) and years.max() - years.min() <= 4 else None,
                     tickformat="d", showgrid=True, gridcolor="#EEEEEE", range=span, nticks=5)
    values = df["value"].dropna()
    on_scale = bool(scale) and len(values) > 0 and 0 <= values.min() and values.max() <= scale
    fig.update_yaxes(title_text=axis_title or t("axis_value", lang), showgrid=True, gridcolor="#EEEEEE", nticks=5,
                     range=[0, scale * 1.08] if on_scale else
                     [0, float(values.max()) * 1.15] if len(values) and values.min() >= 0 and not reversed_axis else None,
                     autorange="reversed" if reversed_axis else None,
                     tickformat=",~g", automargin=True)  # 2,000, not SI "2k" (English on a Thai page)
    if whole_numbers and len(values):
        # ranks and counts over a short span: Plotly would tick them at halves ("46.5", "0.5 places")
        low = float(values.min()) if reversed_axis else min(float(values.min()), 0.0)
        if float(values.max()) - low <= WHOLE_NUMBER_TICKS_SPAN:
            fig.update_yaxes(tick0=0, dtick=1)
    notes = ()
    if values.empty:  # every figure only listed: no year 0, 2, 4 on an empty plot, but where the figures are
        fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, title_text=None)
        fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, title_text=None)
        notes = (t("explore_none_drawn", lang),)
    fig = finish(fig, title, subtitle, source, plot_height=260, legend_rows=subjects, left=_Y_AXIS_PX, notes=notes)
    # a vertical legend at the figure's left edge pushes Plotly's value-axis title into the plot, where it
    # reads as a label of the data; laid out in a row (wrapping, never more rows than subjects) it does not
    return fig.update_layout(legend_orientation="h")


#: the widest span of ranks or counts ticked at every whole number (wider, Plotly's own steps are whole)
WHOLE_NUMBER_TICKS_SPAN = 8


def _status_words(row, lang: str) -> str:
    """" · ค่าที่เกิดขึ้นจริง" after an actual figure's statement; nothing where the statement states the status itself
    (a target, a proposal) or names the change a figure is derived from."""
    words = label("status", row.status, lang)
    if row.status == "derived" or words in str(row.figure):
        return ""
    return f" · {plain(words)}"


def theme_matrix_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Whether each article addresses each theme, with the quote on hover. ``df``: theme_label, country_label, quotes, quote."""
    pivot = df.pivot_table(index="theme_label", columns="country_label", values="quotes", aggfunc="sum", fill_value=0, sort=False)
    # "hover": the cell's quotes already broken into lines (each its own, glossed on English pages); else the quote
    quotes = df.set_index(["theme_label", "country_label"])["hover" if "hover" in df else "quote"]
    present = (pivot.values > 0).astype(int)
    text = [["✓" if v else "—" for v in row] for row in present]
    hover = [[quotes.get((theme, country), "") if "hover" in df else _wrap(quotes.get((theme, country), ""), 60)
              for country in pivot.columns] for theme in pivot.index]
    # the theme names stay tick labels, wrapped to a third of the narrowest column
    theme_chars = layout.chars_per_line(13, layout.text_width() * 0.42)
    themes = [layout.wrap_words(v, theme_chars) for v in pivot.index]
    countries = [layout.wrap_words(v, layout.chars_per_line(13, layout.text_width() * 0.28)) for v in pivot.columns]
    left = layout.PAD_PX + int(max(layout.visible_length(line) for v in themes for line in v.split("<br>"))
                               * layout.EM_PER_CHAR * 13) + 8
    row_px = max(40, max(layout.block_height(v, 13) for v in themes) + 10)
    fig = go.Figure(go.Heatmap(
        z=present, x=countries, y=themes, text=text, texttemplate="%{text}",
        customdata=hover, colorscale=[[0, "#F2F2F2"], [1, "#9CC7E4"]], zmin=0, zmax=1, showscale=False, xgap=3, ygap=3,
        hovertemplate="<b>%{y} · %{x}</b><br>%{customdata}<extra></extra>", textfont=dict(size=18),
    ))
    fig.update_yaxes(autorange="reversed", tickfont=dict(size=13))
    fig.update_xaxes(side="top", title_text="", tickfont=dict(size=13))
    header = max(layout.block_height(v, 13) for v in countries) + 8
    subtitle = t("theme_matrix_subtitle" if layout.current_canvas() is None else "theme_matrix_subtitle_print", lang)
    return finish(fig, t("theme_matrix", lang), subtitle, source,
                  plot_height=row_px * len(themes), axis_block=8, left=left, header=header)


#: a keyword's English gloss on a line of its own in the browser, broken between words beyond this
_GLOSS_LINE_CHARS = 16


def _gloss_lines(gloss: str) -> str:
    """A long gloss of several words on two lines; one word stays whole with its brackets."""
    return layout.wrap_words(gloss, _GLOSS_LINE_CHARS) if " " in gloss and layout.visible_length(gloss) > _GLOSS_LINE_CHARS else gloss


#: the narrowest picture or slide whose keyword panels stand side by side, each with room for its terms
_KEYWORD_PANELS_BESIDE_PX = 900


def _keyword_row_px(lines: int) -> int:
    return 26 if lines == 1 else 40 + 15 * (lines - 2)


def keywords_compare_figure(df: pd.DataFrame, lang: str, source: str, *, title: str | None = None,
                            subtitle: str | None = None) -> go.Figure:
    """Top terms of each article, one article above the other (side by side left each 70 px on a
    phone). ``df``: country, term, per_1000_tokens, count. The title and subtitle default to the
    two story articles' (/compare); a page showing other panels words its own."""
    countries = list(dict.fromkeys(df["country"]))
    # a glossed term ("ดิจิทัล (digital)") on two lines, the term over its gloss, in the browser: one line
    # held the plot of a 390 px phone to 93 px. A picture of known width (an export, a slide) has room
    # beside its plot for one line, and 15 two-line rows squeezed into its height ran each gloss into the
    # next row's term
    terms = [plain(str(v)) for v in df["term"]]
    if layout.current_canvas() is None:
        # the gloss under its term, itself on two lines where long ("(digital<br>transformation)"): on one it held
        # a 390 px phone's plot to 93 px
        terms = [term if " (" not in term else term.split(" (", 1)[0] + "<br>" + _gloss_lines("(" + term.split(" (", 1)[1])
                 for term in terms]
    # each panel as tall as its own rows need: one three-line term makes its panel's rows taller, not the other's
    line_counts = pd.Series([term.count("<br>") + 1 for term in terms], index=df.index)
    panels = [int(df["country"].eq(c).sum()) * _keyword_row_px(int(line_counts[df["country"].eq(c)].max())) for c in countries] or [26]
    gap = 86  # the upper panel's axis and the lower one's title
    longest = max([layout.visible_length(line) for term in terms for line in term.split("<br>")] or [4])
    left = layout.PAD_PX + int(longest * layout.EM_PER_CHAR * 13) + 10
    drawn = layout.current_canvas()
    # a slide or picture wide enough sets the two panels side by side: stacked, they needed 1,070 px of height,
    # more than a 1440 × 900 screen gives a slide, which then fell back to a card's drawing taller than the screen
    beside = drawn is not None and drawn.width >= _KEYWORD_PANELS_BESIDE_PX and len(countries) == 2
    titles = [label("country", c, lang) for c in countries]
    if beside:
        plot_width = drawn.width - left - (layout.PAD_PX + 6)
        fig = make_subplots(rows=1, cols=2, subplot_titles=titles, horizontal_spacing=(left - layout.PAD_PX + 24) / plot_width)
    else:
        fig = make_subplots(rows=max(len(countries), 1), cols=1, subplot_titles=titles,
                            row_heights=panels if len(countries) > 1 else None,
                            vertical_spacing=gap / (sum(panels) + (len(countries) - 1) * gap) if len(countries) > 1 else 0.1)
    df = df.assign(shown=terms)
    # one scale for every panel: bar length is the frequency, so 9 per 1,000 words is drawn half as long as
    # 18 whichever article it belongs to (each panel on its own scale drew both to the full width)
    shared_range = [0, float(df["per_1000_tokens"].max()) * 1.05 if len(df) else 1]
    for index, country in enumerate(countries, start=1):
        part = df[df["country"] == country].sort_values("rank")
        fig.add_trace(go.Bar(
            x=part["per_1000_tokens"], y=part["shown"], orientation="h",
            marker_color=COUNTRY_COLORS.get(country, PALETTE[index]),
            hovertemplate=f"%{{y}}: %{{x}} {t('keywords_hover_unit', lang)}<extra></extra>", name=country,
        ), row=1 if beside else index, col=index if beside else 1)
        cell = dict(row=1, col=index) if beside else dict(row=index, col=1)
        fig.update_yaxes(autorange="reversed", tickfont=dict(size=13), **cell)
        fig.update_xaxes(title_text=t("axis_per_1000", lang), nticks=5, range=shared_range, **cell)
    for index, annotation in enumerate(fig.layout.annotations):  # the panels' titles, left over their plots
        start = fig.layout[f"xaxis{index + 1 if index else ''}"].domain[0] if beside else 0
        annotation.update(x=start, xanchor="left", font=dict(size=layout.LABEL_PX))
    plot_height = max(panels) if beside else sum(panels) + (len(countries) - 1) * gap
    return finish(fig, title or t("keywords_title", lang), subtitle or t("keywords_subtitle", lang), source,
                  plot_height=plot_height, left=left, header=_PANEL_TITLE_PX)
