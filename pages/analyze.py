"""Analyze: paste or upload a Thai article; get its traced mentions, timeline, keywords and downloads."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.ui import current_lang, md_escape
from digital_compare.app.ui_analyze import analyse_cached, read_input, show_analysis
from digital_compare.app import ui_auth
from digital_compare.text.decode import MAX_INPUT_MB

lang = current_lang()
st.title(t("analyze_title", lang))
st.markdown(md_escape(t("analyze_intro", lang, mb=MAX_INPUT_MB)))
if writing_off := ui_auth.writing_off_message(ui_auth.current_actor(), lang):
    st.info(writing_off, icon=":material/lock:")

# Streamlit draws its own English around two widgets ("Press Ctrl+Enter to apply", "Drag and drop file here",
# "Upload") and has no setting for them: hidden, and the button relabelled, our words are in the help and placeholder
button = t("upload_button", lang).replace("\\", "").replace('"', "")
st.html(
    "<style>[data-testid=InputInstructions],[data-testid=stFileUploaderDropzoneInstructions]{display:none !important}"
    # its word drawn at no size, not removed: a screen reader still names the button by it
    # only the browse button: once a file is chosen the zone also holds its remove and "+" buttons
    "[data-testid=stFileUploaderDropzone] button[kind=secondary] [data-testid=stMarkdownContainer],"
    "[data-testid=stFileUploaderDropzone] button[kind=secondary] [data-testid=stMarkdownContainer] *{font-size:0 !important}"
    f'[data-testid=stFileUploaderDropzone] button[kind=secondary]::after{{content:"{button}";font-size:0.875rem}}</style>'
)
text = read_input(lang)
if text is not None:
    show_analysis(analyse_cached(text, lang), lang)
