"""``digital-compare screenshots``: a PNG of each dashboard page, as a reader sees it."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["PAGE_PATHS", "PICTURE_DRAWN_JS", "SETTLED", "add_subcommand", "take_screenshots", "wait_for_page"]

PAGE_PATHS = {
    "overview": "/", "china": "/china", "vietnam": "/vietnam", "compare": "/compare", "explore": "/explore",
    "sources": "/sources?m=004_448656d886171038:1299", "data": "/data?table=metrics", "analyze": "/analyze",
    "review": "/review",
}
#: a phone's viewport (CSS pixels): the width the layout is checked at besides 1440
PHONE = (390, 844)
CHART_PAGES = {"china", "vietnam", "compare", "explore"}


#: a chart shown as a picture (:mod:`digital_compare.outputs.pictures`) is drawn once the browser has fetched the
#: picture its card's width chose (the element's background image)
PICTURE_DRAWN_JS = """(el) => {
  const url = (getComputedStyle(el).backgroundImage.match(/url\\("?([^")]+)"?\\)/) || [])[1];
  return !!url && el.getBoundingClientRect().height > 0
    && performance.getEntriesByName(url).some(entry => entry.responseEnd > 0);
}"""


def wait_for_page(page, name: str, timeout_ms: int = 60_000) -> None:
    """Until the page's script has run and every chart on it is drawn (state, not time).

    The heading may be hidden (presentation mode shows the slide alone), so it only has to exist.
    """
    page.wait_for_selector('[data-testid="stApp"] h1', state="attached", timeout=timeout_ms)
    if name in CHART_PAGES:
        # a chart drawn and shown: presentation mode keeps a hidden drawing for the other kind of screen, a card
        # of pictures one per width; a picture is drawn once loaded
        page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot .main-svg')]"
                               ".some(svg => svg.getClientRects().length > 0)"
                               f" || [...document.querySelectorAll('.dc-picture')].some({PICTURE_DRAWN_JS})",
                               timeout=timeout_ms)
    page.wait_for_function(SETTLED, timeout=timeout_ms)


#: the script has finished its run, nothing on the page is left from an earlier run, and every
#: element's code has loaded: Streamlit draws elements of the run before faded (``data-stale``) until
#: the new run replaces them, and an element whose code is still loading as a placeholder
#: (``stSkeleton``): the page-wide style is such an element, and until it loads captions are drawn
#: in Streamlit's light grey. Either fails a contrast check or spoils a screenshot.
SETTLED = (
    "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    " && !document.querySelector('[data-stale=\"true\"]')"
    " && !document.querySelector('[data-testid=\"stSkeleton\"]')"
    " && [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')].every("
    "c => c.querySelector('.js-plotly-plot .main-svg'))"
    f" && [...document.querySelectorAll('.dc-picture')].every({PICTURE_DRAWN_JS})"
)


def take_screenshots(out_dir: Path, langs=("en", "th"), width: int = 1440, height: int = 900,
                     pages: tuple[str, ...] = tuple(PAGE_PATHS), suffix: str = "") -> list[Path]:
    """``<page>_<lang><suffix>.png`` for each page and language, the viewport ``width`` × ``height``."""
    from playwright.sync_api import sync_playwright

    from digital_compare.tools.serve import launch_chromium, running_app

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with running_app() as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": width, "height": height})
        for name in pages:
            path = PAGE_PATHS[name]
            for lang in langs:
                page.goto(f"{url}{path}{'&' if '?' in path else '?'}lang={lang}")
                wait_for_page(page, name)
                target = out_dir / f"{name}_{lang}{suffix}.png"
                page.screenshot(path=str(target), full_page=False)
                written.append(target)
                print(f"  {target}", file=sys.stderr, flush=True)
        browser.close()
    return written


def cmd_screenshots(args) -> int:
    from digital_compare.tools.serve import BrowserMissing

    try:
        paths = take_screenshots(Path(args.out))
        if args.phone:
            paths += take_screenshots(Path(args.out), width=PHONE[0], height=PHONE[1], pages=tuple(args.phone),
                                      suffix=f"_{PHONE[0]}")
    except BrowserMissing as err:
        print(f"digital-compare: error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {len(paths)} screenshots to {args.out}", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("screenshots", help="save a PNG of each dashboard page (headless Chromium)")
    p.add_argument("--out", default="docs/screenshots")
    p.add_argument("--phone", nargs="*", choices=tuple(PAGE_PATHS), default=("china", "vietnam", "compare", "explore"),
                   help=f"pages also taken at a phone's {PHONE[0]}×{PHONE[1]} px (none: --phone with no names)")
    p.set_defaults(func=cmd_screenshots)
