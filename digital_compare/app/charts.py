"""Pure chart builders: a prepared DataFrame in, a ``go.Figure`` out.

Every figure sets its template, fonts, title, subtitle (with the unit) and a
source line itself. Importing Streamlit swaps Plotly's default template, and
a figure that relied on the default would export with a black background.
"""

from __future__ import annotations

import functools
import html
import unicodedata

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from digital_compare.app.formatting import format_number
from digital_compare.app.i18n import label, t

__all__ = [
    "FONT_FAMILY",
    "PALETTE",
    "chart_template",
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


def break_line(text: str, width: int) -> str:
    """Break a long title at the last space before ``width`` characters (Plotly titles never wrap)."""
    if len(text) <= width or "<br>" in text:
        return text
    cut = text.rfind(" ", 0, width)
    return text if cut <= 0 else f"{text[:cut]}<br>{break_line(text[cut + 1:], width)}"


def finish(fig: go.Figure, title: str, subtitle: str, source: str, *, height: int = 460,
           legend: bool = True, bottom: int = 104) -> go.Figure:
    """Shared look: explicit template and fonts, title + subtitle, source line, margins."""
    title, subtitle = break_line(title, 44), break_line(subtitle, 70)
    extra_lines = title.count("<br>") + subtitle.count("<br>")
    # a long outlet name would run off a half-width chart; the source arrives escaped
    source = "<br>".join(_wrap_words(html.unescape(part), 90) for part in source.split("<br>"))
    bottom += 15 * max(0, source.count("<br>") - 1)
    fig.update_layout(
        template=chart_template(),
        font=dict(family=FONT_FAMILY, size=14, color="#222222"),
        title=dict(text=f"<b>{title}</b>", subtitle=dict(text=subtitle, font=dict(size=13, color="#555555")),
                   x=0.01, xanchor="left", y=0.97, yanchor="top", font=dict(size=19)),
        paper_bgcolor="white",
        plot_bgcolor="white",
        height=height,
        margin=dict(l=60, r=24, t=96 + 24 * extra_lines, b=bottom),
        showlegend=legend,
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0, font=dict(size=12)),
        hoverlabel=dict(font=dict(family=FONT_FAMILY, size=13), align="left"),
    )
    fig.add_annotation(
        text=source, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        yshift=-(bottom - 40), showarrow=False, font=dict(size=11, color="#666666"), align="left",
    )
    return fig


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
    """Hover text broken into lines and escaped (:func:`plain`); Thai has no spaces, so break by characters."""
    text = str(text or "")
    return "<br>".join(plain(text[i : i + width]) for i in range(0, len(text), width))


def _visible_length(text: str) -> int:
    """Characters that take width: Thai vowel and tone marks above or below a letter do not."""
    return sum(1 for ch in text if unicodedata.category(ch) != "Mn")


def _wrap_words(text: str, width: int) -> str:
    """Escaped text broken into lines of about ``width`` visible characters, never inside a word.

    Thai writes no spaces between words, so lines break between nlpo3's tokens.
    """
    from digital_compare.text.thai_text import word_tokenize_fast

    lines, line = [], ""
    for token in word_tokenize_fast(str(text)):
        punctuation = all(unicodedata.category(ch).startswith("P") for ch in token)
        if line and token.strip() and not punctuation and _visible_length(line) + _visible_length(token) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    lines.append(line.rstrip())
    return "<br>".join(plain(part) for part in lines if part)


#: a stretch of the date axis longer than this with no event is drawn as a marked gap
TIMELINE_GAP_YEARS = 5


def timeline_figure(df: pd.DataFrame, lang: str, source: str, *, title: str | None = None,
                    subtitle: str | None = None) -> go.Figure:
    """One row per event, oldest on top: its full name and date on the axis, its marker on the date axis.

    Naming each event on its own row means events of one day or one category never
    overprint, however close they are. A stretch of more than :data:`TIMELINE_GAP_YEARS`
    years without an event is cut out: the axis breaks there (two panels) with the
    gap's years written across it. No range slider: it does not survive a static export.

    ``df``: date_plot (datetime), category, category_label, label, date, quote, gloss_en.
    """
    df = df.sort_values("date_plot", kind="stable").reset_index(drop=True)
    df = df.assign(row=[f"{_wrap_words(r.label, 34)}<br><b>{plain(r.date)}</b>" for r in df.itertuples()])
    dates = list(df["date_plot"])
    split = None
    for before, after in zip(dates, dates[1:]):
        if (after - before).days > 365 * TIMELINE_GAP_YEARS:
            split = (before, after)
            break
    panels = [df] if split is None else [df[df["date_plot"] <= split[0]], df[df["date_plot"] >= split[1]]]
    widths = [1.0] if split is None else [0.2, 0.8]
    fig = make_subplots(rows=1, cols=len(panels), shared_yaxes=True, column_widths=widths, horizontal_spacing=0.03)
    categories = list(dict.fromkeys(df["category"]))
    for col, part in enumerate(panels, start=1):
        for category, group in part.groupby("category", sort=False):
            i = categories.index(category)
            hover = [
                f"<b>{_wrap(row.label, 50)}</b><br>{plain(row.date)}<br><br>{_wrap(row.quote)}"
                # the English gloss only on an English page: a Thai page reads the Thai quote
                + (f"<br><i>{_wrap(row.gloss_en)}</i>" if lang == "en" and isinstance(row.gloss_en, str) and row.gloss_en else "")
                for row in group.itertuples()
            ]
            fig.add_trace(go.Scatter(
                x=group["date_plot"], y=group["row"], mode="markers", name=plain(group["category_label"].iloc[0]),
                legendgroup=category, showlegend=col == 1 or category not in set(panels[0]["category"]),
                marker=dict(size=18, color=PALETTE[i % len(PALETTE)], symbol=SYMBOLS[i % len(SYMBOLS)],
                            line=dict(width=1, color="white")),
                hovertext=hover, hoverinfo="text", cliponaxis=False,
            ), row=1, col=col)
        if len(part):
            pad = pd.DateOffset(months=8)
            fig.update_xaxes(range=[part["date_plot"].min() - pad, part["date_plot"].max() + pad], row=1, col=col)
        fig.update_xaxes(type="date", showgrid=True, gridcolor="#EEEEEE", dtick="M12", tickformat="%Y", row=1, col=col)
    fig.update_yaxes(type="category", automargin=True, categoryorder="array", categoryarray=list(df["row"])[::-1],
                     showgrid=True, gridcolor="#F4F4F4", tickfont=dict(size=13))
    fig.update_xaxes(title_text=t("axis_date", lang), row=1, col=len(panels))
    if split is not None:
        gap = f"{split[0].year + 1}–{split[1].year - 1}"
        fig.add_annotation(text=f"// {t('timeline_gap', lang, years=gap)} //", xref="x domain", yref="paper",
                           x=1.0, xanchor="left", y=-0.09, yanchor="top", showarrow=False,
                           font=dict(size=12, color="#555555"))
    fig = finish(fig, title or t("timeline_title", lang), subtitle or t("timeline_subtitle", lang), source,
                 height=max(460, 200 + 62 * len(df)), legend=True, bottom=130)
    return fig


def statements_figure(df: pd.DataFrame, lang: str, source: str, *, title: str, subtitle: str,
                      color: str = PALETTE[0]) -> go.Figure:
    """Figures that are better read than plotted: each row a short figure and what the text says of it.

    ``df``: figure (e.g. "≈ 2,500", "528 and 1,086"), label, and optionally note.
    """
    fig = go.Figure()
    rows = len(df)
    for i, row in enumerate(df.itertuples()):
        y = 1 - (i + 0.5) / max(rows, 1)
        fig.add_annotation(text=f"<b>{plain(row.figure)}</b>", x=0.0, y=y, xref="paper", yref="paper", xanchor="left",
                           yanchor="middle", showarrow=False, font=dict(size=22, color=color))
        note = getattr(row, "note", None)
        text = _wrap_words(row.label, 64) + (f"<br><i>{_wrap_words(note, 80)}</i>" if isinstance(note, str) and note else "")
        fig.add_annotation(text=text, x=0.27, y=y, xref="paper", yref="paper", xanchor="left", yanchor="middle",
                           showarrow=False, align="left", font=dict(size=14))
        if i:
            fig.add_shape(type="line", x0=0, x1=1, y0=1 - i / rows, y1=1 - i / rows, xref="paper", yref="paper",
                          line=dict(color="#DDDDDD", width=1))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return finish(fig, title, subtitle, source, height=max(300, 170 + 84 * rows), legend=False)


def fujian_economy_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Three headline indicators. ``df``: label, display_value, prefix, suffix."""
    fig = go.Figure()
    n = max(len(df), 1)
    for i, row in enumerate(df.itertuples()):
        fig.add_trace(go.Indicator(
            mode="number", value=row.display_value,
            # no fixed number size: Plotly fits each number to its third of the width, which
            # at 54 px overlapped its neighbours on a 390 px phone
            number=dict(prefix=row.prefix, suffix=row.suffix, font=dict(color=COUNTRY_COLORS["CN"]),
                        valueformat=",.1f" if not float(row.display_value).is_integer() else ",d"),
            title=dict(text=break_line(row.label, 12), font=dict(size=14)),
            domain=dict(x=[i / n + 0.02, (i + 1) / n - 0.02], y=[0.05, 0.72]),
        ))
    return finish(fig, t("fujian_title", lang), t("fujian_subtitle", lang), source, height=360, legend=False)


def count_bar_figure(df: pd.DataFrame, lang: str, source: str, *, title: str, subtitle: str,
                     axis_title: str, color: str = PALETTE[0], hover_col: str | None = None) -> go.Figure:
    """Horizontal bars. ``df``: label, value, text (shown on the bar)."""
    hover = df[hover_col].map(lambda s: _wrap_words(s, 70)) if hover_col else None  # never inside a word
    fig = go.Figure(go.Bar(
        x=df["value"], y=_plain_column(df["label"]), orientation="h", marker_color=color, text=_plain_column(df["text"]),
        textposition="outside", cliponaxis=False, hovertext=hover, hoverinfo="text" if hover_col else "x+y",
    ))
    fig.update_xaxes(title_text=axis_title, rangemode="tozero", showgrid=True, gridcolor="#EEEEEE",
                     range=[0, float(df["value"].max()) * 1.2 if len(df) else 1])
    fig.update_yaxes(autorange="reversed", automargin=True)
    return finish(fig, title, subtitle, source, height=max(300, 150 + 56 * len(df)), legend=False)


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
    fig = go.Figure(go.Pie(
        labels=df["label"], values=df["count"], hole=0.55, sort=False, direction="clockwise",
        marker=dict(colors=[STATUS_COLORS.get(s, PALETTE[0]) for s in df["status"]], line=dict(color="white", width=2)),
        text=text, textinfo="text", textfont=dict(size=15), hovertext=hover, hoverinfo="text",
    ))
    fig.add_annotation(text=f"<b>{total}</b><br>{t('targets_center', lang)}", x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font=dict(size=18))
    fig = finish(fig, t("targets_title", lang), t("targets_subtitle", lang), source, height=480)
    # below the ring, so the legend never meets the subtitle at any size
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="center", x=0.5))
    return fig


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
    fig.update_xaxes(title_text=t("axis_tasks", lang), range=[0, float(df["total"].max())], showgrid=True, gridcolor="#EEEEEE")
    fig.update_yaxes(showticklabels=False)
    return finish(fig, t("tasks_title", lang), t("tasks_subtitle", lang), source, height=280)


def rankings_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """GII rank (reversed axis) and UPU level by year. ``df``: series, year, value, label, derived."""
    fig = make_subplots(rows=1, cols=2, subplot_titles=(t("label_gii", lang), t("label_upu", lang)),
                        horizontal_spacing=0.14)
    for col, series, color in ((1, "gii", PALETTE[0]), (2, "upu", PALETTE[2])):
        part = df[df["series"] == series].sort_values("year")
        text = [("#" if series == "gii" else "") + format_number(v) + ("/10" if series == "upu" else "") for v in part["value"]]
        fig.add_trace(go.Scatter(
            x=part["year"].astype(str), y=part["value"], mode="lines+markers+text", text=text,
            textposition="top center", marker=dict(size=13, color=color,
                                                   symbol=["circle-open" if d else "circle" for d in part["derived"]]),
            line=dict(color=color, width=3), name=t("label_gii" if series == "gii" else "label_upu", lang),
            hovertext=_plain_column(part["label"]), hoverinfo="text+y", cliponaxis=False,
        ), row=1, col=col)
    fig.update_yaxes(title_text=t("axis_rank", lang), autorange=False, range=[56, 38], row=1, col=1)
    fig.update_yaxes(title_text=t("axis_level", lang), range=[0, 10.8], row=1, col=2)
    fig.update_xaxes(title_text=t("axis_year", lang), type="category")
    return finish(fig, t("rankings_title", lang), t("rankings_subtitle", lang), source, height=440, legend=False)


def growth_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Yearly growth bars and the stated average. ``df``: series (yearly|annual), year, value, note."""
    yearly = df[df["series"] == "yearly"].sort_values("year")
    fig = go.Figure(go.Bar(
        x=yearly["year"].astype(str), y=yearly["value"], marker_color=COUNTRY_COLORS["VN"],
        text=[f"{format_number(v)} %" for v in yearly["value"]], textposition="inside", insidetextanchor="end",
        textfont=dict(color="white", size=16), hovertext=_plain_column(yearly["note"]), hoverinfo="text+y", name=t("label_vietnam", lang),
    ))
    annual = df[df["series"] == "annual"]
    if not annual.empty:
        row = annual.iloc[0]
        fig.add_hline(y=float(row["value"]), line_dash="dash", line_color="#555555",
                      annotation_text=f"{t('label_about_20', lang)} · {row['note']}", annotation_position="top right",
                      annotation_font_size=12, annotation_bgcolor="rgba(255,255,255,0.9)")
    fig.update_yaxes(title_text=t("axis_percent", lang), rangemode="tozero", range=[0, float(df["value"].max()) * 1.25])
    fig.update_xaxes(title_text=t("axis_year", lang), type="category")
    return finish(fig, t("growth_title", lang), t("growth_subtitle", lang), source, height=420, legend=False)


def compare_growth_figure(df: pd.DataFrame, lang: str, source: str, *, title: str | None = None,
                          subtitle: str | None = None, axis_title: str | None = None) -> go.Figure:
    """Percentages side by side, one colour per place. ``df``: country, place, label, value, scope_label."""
    fig = go.Figure()
    for i, (place, group) in enumerate(df.groupby("place", sort=False)):
        country = group["country"].iloc[0]
        shade = COUNTRY_COLORS.get(country, PALETTE[4]) if i < 2 else PALETTE[(i + 2) % len(PALETTE)]
        fig.add_trace(go.Bar(
            x=_plain_column(group["label"]), y=group["value"], name=plain(place), marker_color=shade,
            # the figure as the text gives it ("more than 45 %"), and the whole claim on hover
            text=_plain_column(group["text"]) if "text" in group else [f"{format_number(v)} %" for v in group["value"]],
            textposition="outside", cliponaxis=False,
            hovertext=[_wrap_words(h, 70) for h in (group["statement"] if "statement" in group else group["scope_label"])],
            hoverinfo="text",
        ))
    fig.update_yaxes(title_text=axis_title or t("axis_percent", lang), rangemode="tozero",
                     range=[0, float(df["value"].max()) * 1.25])
    fig.update_xaxes(title_text=t("axis_place", lang), type="category")
    return finish(fig, title or t("compare_growth_title", lang), subtitle or t("compare_growth_subtitle", lang),
                  source, height=420)


def explorer_figure(df: pd.DataFrame, lang: str, source: str, *, title: str, subtitle: str,
                    axis_title: str | None = None) -> go.Figure:
    """One indicator, subject by year: actual figures filled and joined, targets and forecasts hollow,
    automatic labels smaller and paler than curated ones. ``df``: subject_label, year, value, status,
    source, confidence, figure, quote."""
    fig = go.Figure()
    for i, (name, group) in enumerate(df.groupby("subject_label", sort=True)):
        color = PALETTE[i % len(PALETTE)]
        group = group.sort_values("year")
        actual = group[group["status"] == "actual"]
        if len(actual) > 1:
            fig.add_trace(go.Scatter(x=actual["year"], y=actual["value"], mode="lines", line=dict(color=color, width=2),
                                     legendgroup=name, showlegend=False, hoverinfo="skip"))
        hover = [
            f"<b>{plain(r.subject_label)} · {r.year}</b><br>{plain(r.figure)} · {plain(label('status', r.status, lang))}<br>"
            f"{plain(label('source', r.source, lang))} ({r.confidence:.2f})<br><br>{_wrap(r.quote)}"
            for r in group.itertuples()
        ]
        fig.add_trace(go.Scatter(
            x=group["year"], y=group["value"], mode="markers", name=plain(name), legendgroup=name,
            marker=dict(color=color, size=[15 if s != "auto" else 11 for s in group["source"]],
                        opacity=[1.0 if s != "auto" else 0.7 for s in group["source"]],
                        symbol=["circle" if s == "actual" else "circle-open" for s in group["status"]],
                        line=dict(width=2, color=color)),
            hovertext=hover, hoverinfo="text", cliponaxis=False,
        ))
    fig.update_xaxes(title_text=t("axis_year", lang), dtick=1, tickformat="d", showgrid=True, gridcolor="#EEEEEE")
    fig.update_yaxes(title_text=axis_title or t("axis_value", lang), rangemode="tozero", showgrid=True, gridcolor="#EEEEEE")
    return finish(fig, title, subtitle, source, height=460, legend=True)


def theme_matrix_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Whether each article addresses each theme, with the quote on hover. ``df``: theme_label, country_label, quotes, quote."""
    pivot = df.pivot_table(index="theme_label", columns="country_label", values="quotes", aggfunc="sum", fill_value=0, sort=False)
    quotes = df.set_index(["theme_label", "country_label"])["quote"]
    present = (pivot.values > 0).astype(int)
    text = [["✓" if v else "—" for v in row] for row in present]
    hover = [[_wrap(quotes.get((theme, country), ""), 60) for country in pivot.columns] for theme in pivot.index]
    fig = go.Figure(go.Heatmap(
        z=present, x=_plain_column(pivot.columns), y=_plain_column(pivot.index), text=text, texttemplate="%{text}",
        customdata=hover, colorscale=[[0, "#F2F2F2"], [1, "#9CC7E4"]], zmin=0, zmax=1, showscale=False, xgap=3, ygap=3,
        hovertemplate="<b>%{y} · %{x}</b><br>%{customdata}<extra></extra>", textfont=dict(size=18),
    ))
    fig.update_yaxes(autorange="reversed", automargin=True, title_text=t("axis_theme", lang))
    fig.update_xaxes(side="top", title_text="")
    return finish(fig, t("theme_matrix", lang), t("theme_matrix_subtitle", lang), source, height=420, legend=False)


def keywords_compare_figure(df: pd.DataFrame, lang: str, source: str) -> go.Figure:
    """Top terms of each article side by side. ``df``: country, term, per_1000_tokens, count."""
    countries = list(dict.fromkeys(df["country"]))
    fig = make_subplots(rows=1, cols=max(len(countries), 1), subplot_titles=[label("country", c, lang) for c in countries],
                        horizontal_spacing=0.22)
    for col, country in enumerate(countries, start=1):
        part = df[df["country"] == country].sort_values("rank")
        fig.add_trace(go.Bar(
            x=part["per_1000_tokens"], y=_plain_column(part["term"]), orientation="h", marker_color=COUNTRY_COLORS.get(country, PALETTE[col]),
            hovertemplate="%{y}: %{x} / 1,000<extra></extra>", name=country,
        ), row=1, col=col)
        fig.update_yaxes(autorange="reversed", automargin=True, row=1, col=col)
        fig.update_xaxes(title_text=t("axis_per_1000", lang), row=1, col=col)
    rows = int(df.groupby("country").size().max()) if len(df) else 1
    return finish(fig, t("keywords_title", lang), t("keywords_subtitle", lang), source,
                  height=max(380, 170 + 24 * rows), legend=False)
