"""Command-line tools: the CLI, export, deck, screenshots, serve, bench."""
