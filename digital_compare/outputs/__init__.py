"""What the dashboard and the command line both make of the charts: exported pictures and decks.

Below ``app/`` in the layering (it draws with the app's pure chart registry) and above
nothing that imports Streamlit; ``tools/`` holds only the command lines that call it.
"""
